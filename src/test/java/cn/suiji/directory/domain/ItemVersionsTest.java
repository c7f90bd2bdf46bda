package cn.suiji.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ItemVersionsTest {
  private static InspectionItem item(long id, String basis, LocalDate from, @Nullable LocalDate to) {
    return new InspectionItem(id, 1, "SX-01", "某检查", null, basis, null, TargetKind.ENTERPRISE, null, "实地检查",
        new BigDecimal("3"), 1, null, ItemClass.GENERAL, null, null, from, to);
  }

  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

  @Test
  void aNewVersionClosesTheCurrentOneTheDayBefore() {
    InspectionItem current = item(5, "旧法第十条", JAN_2025, null);
    InspectionItem draft = item(5, "新法第十二条", LocalDate.of(2030, 1, 1), null);
    ItemVersions.Change c = ItemVersions.newVersion(current, draft, LocalDate.of(2026, 7, 1));
    assertThat(c.closed().id()).isEqualTo(5);
    assertThat(c.closed().validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(c.closed().legalBasis()).isEqualTo("旧法第十条");
    assertThat(c.created().id()).isNull();
    assertThat(c.created().code()).isEqualTo("SX-01");
    assertThat(c.created().legalBasis()).isEqualTo("新法第十二条");
    assertThat(c.created().validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(c.created().validTo()).isNull();
  }

  @Test
  void aVersionAlreadyEndedEarlierStaysAsItIs() {
    InspectionItem current = item(5, "旧法", JAN_2025, LocalDate.of(2025, 6, 30));
    ItemVersions.Change c = ItemVersions.newVersion(current, current, LocalDate.of(2026, 1, 1));
    assertThat(c.closed()).isEqualTo(current);
  }

  @Test
  void theNewVersionKeepsAnEndDateOnlyIfItIsNotBeforeItsStart() {
    InspectionItem current = item(5, "旧法", JAN_2025, null);
    InspectionItem ends = item(5, "新法", JAN_2025, LocalDate.of(2027, 12, 31));
    assertThat(ItemVersions.newVersion(current, ends, LocalDate.of(2026, 1, 1)).created().validTo())
        .isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(ItemVersions.newVersion(current, ends, LocalDate.of(2028, 1, 1)).created().validTo()).isNull();
  }

  @Test
  void aNewVersionMustStartAfterTheCurrentOne() {
    InspectionItem current = item(5, "旧法", JAN_2025, null);
    assertThatThrownBy(() -> ItemVersions.newVersion(current, current, JAN_2025))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("directory.item.version.tooEarly");
          assertThat(e.args()).containsExactly("SX-01", "2025-01-01", "2025-01-01");
        });
    assertThatThrownBy(() -> ItemVersions.newVersion(current, current, LocalDate.of(2024, 5, 1)))
        .isInstanceOf(SuijiException.class);
  }

  @Test
  void overlappingValidityIsFoundAndTheVersionItselfIgnored() {
    InspectionItem a = item(1, "a", JAN_2025, LocalDate.of(2025, 12, 31));
    InspectionItem b = item(2, "b", LocalDate.of(2026, 1, 1), null);
    List<InspectionItem> versions = List.of(a, b);
    assertThat(ItemVersions.overlapping(versions, item(3, "c", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))).isNull();
    assertThat(ItemVersions.overlapping(versions, item(3, "c", LocalDate.of(2024, 1, 1), JAN_2025))).isEqualTo(a);
    assertThat(ItemVersions.overlapping(versions, item(3, "c", LocalDate.of(2027, 1, 1), null))).isEqualTo(b);
    assertThat(ItemVersions.overlapping(versions, a.withValidity(JAN_2025, LocalDate.of(2025, 6, 30)))).isNull();
    assertThat(ItemVersions.overlapping(versions, a.withValidity(JAN_2025, null))).isEqualTo(b);
    assertThat(ItemVersions.latest(versions)).isEqualTo(b);
    assertThat(ItemVersions.latest(List.of())).isNull();
  }

  @Test
  void aVersionATaskUsesCannotBeEdited() {
    InspectionItem a = item(1, "a", JAN_2025, null);
    ItemVersions.requireUnused(a, 0);
    assertThatThrownBy(() -> ItemVersions.requireUnused(a, 2)).isInstanceOfSatisfying(SuijiException.class,
        e -> assertThat(e.args()).containsExactly("SX-01", "2025-01-01", 2));
  }

  @Test
  void validOnCountsBothEnds() {
    InspectionItem a = item(1, "a", JAN_2025, LocalDate.of(2025, 12, 31));
    assertThat(a.validOn(JAN_2025)).isTrue();
    assertThat(a.validOn(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(a.validOn(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(a.validOn(LocalDate.of(2026, 1, 1))).isFalse();
  }
}
