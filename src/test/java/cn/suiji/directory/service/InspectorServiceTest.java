package cn.suiji.directory.service;

import static cn.suiji.directory.InspectorFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.InspectorFixtures;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector directory's save refusing numbers another inspector already holds, on a real H2 file. */
class InspectorServiceTest {
  @TempDir
  Path dir;
  private Services services;
  private InspectorService service;
  private Inspector li;

  @BeforeEach
  void open() {
    services = InspectorFixtures.county(dir.resolve("county"));
    service = services.inspectors();
    li = service.save(null, form("李明", idNumber(1, true), "62082301001"));
  }

  @AfterEach
  void close() {
    services.close();
  }

  private static java.util.function.Function<InspectorField, String> form(String name, String id, String certNo) {
    Map<InspectorField, String> f = new EnumMap<>(InspectorField.class);
    f.put(InspectorField.NAME, name);
    f.put(InspectorField.ID_NUMBER, id);
    f.put(InspectorField.DEPARTMENT, "SCJGJ");
    f.put(InspectorField.CERT_NO, certNo);
    f.put(InspectorField.CERT_EXPIRY, "2028-12-31");
    return x -> f.getOrDefault(x, "");
  }

  @Test
  void aSecondInspectorWithTheSameIdNumberIsRefusedMaskedAndNamingTheOther() {
    String written = " " + idNumber(1, true).toLowerCase(Locale.ROOT).replace("6208", "６２０８") + " ";
    assertThatThrownBy(() -> service.save(null, form("王五", written, "62082301009")))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("quality.inspector.idNumberTaken");
          String text = new Messages(Locale.SIMPLIFIED_CHINESE).describe(e);
          assertThat(text).isEqualTo("身份证号码" + Inspector.mask(idNumber(1, true)) + "已属于李明（人员编号SCJGJ-001）。")
              .doesNotContain(idNumber(1, true).substring(0, 14));
        });
    assertThat(service.list(InspectorFilter.all())).hasSize(1);
  }

  @Test
  void anEditCannotTakeAnotherInspectorsIdNumberButKeepsItsOwn() {
    Inspector wang = service.save(null, form("王五", idNumber(2, true), "62082301002"));
    assertThatThrownBy(() -> service.save(wang.id(), form("王五", idNumber(1, true), "62082301002")))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("quality.inspector.idNumberTaken"));
    assertThat(service.save(li.id(), form("李明", idNumber(1, true), "62082301001")).idNumber()).isEqualTo(idNumber(1, true));
  }

  @Test
  void theClashesTheEditorAsksForNameEachTakenFieldExceptTheInspectorsOwn() {
    Map<InspectorField, SuijiException> both = service.clashes(null, "62082301001", idNumber(1, true));
    assertThat(both).containsOnlyKeys(InspectorField.CERT_NO, InspectorField.ID_NUMBER);
    assertThat(both.get(InspectorField.CERT_NO).key()).isEqualTo("directory.inspector.certNoTaken");
    assertThat(service.clashes(li.id(), "62082301001", idNumber(1, true))).isEmpty();
    assertThat(service.clashes(null, "62082301009", null)).isEmpty();
  }
}
