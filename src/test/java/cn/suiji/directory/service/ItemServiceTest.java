package cn.suiji.directory.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.ItemEntry;
import cn.suiji.directory.domain.ItemQuery;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The item service on a real H2 file holding the demo county (items valid from 2025-01-01, tasks using some). */
class ItemServiceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
  @TempDir
  static Path dir;
  private static Services services;
  private static ItemService items;
  private static DSLContext dsl;
  private static Department scj;

  @BeforeAll
  static void demoCounty() {
    services = new Services(Database.openFile(dir.resolve("demo")),
        Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    services.demo().create(false, Progress.NONE);
    items = services.items();
    dsl = services.database().dsl();
    scj = services.departments().all().stream().filter(d -> d.code().equals("SCJGJ")).findFirst().orElseThrow();
  }

  @AfterAll
  static void close() {
    services.close();
  }

  private static ItemEntry entry(String code) {
    return items.list(ItemQuery.all().withText(code)).stream().filter(e -> e.item().code().equals(code)).findFirst()
        .orElseThrow();
  }

  private static int audited(String action) {
    return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action));
  }

  @Test
  void theListFiltersByDepartmentClassKindTextAndDay() {
    List<ItemEntry> all = items.list(ItemQuery.all().validOn(TODAY));
    assertThat(all).hasSizeBetween(75, 90);
    List<ItemEntry> mine = items.list(ItemQuery.all().inDepartment(scj.id()).validOn(TODAY));
    assertThat(mine).isNotEmpty().allSatisfy(e -> assertThat(e.item().departmentId()).isEqualTo(scj.id()));
    assertThat(mine.size()).isLessThan(all.size());
    assertThat(items.list(ItemQuery.all().withClass(ItemClass.KEY)))
        .isNotEmpty().allSatisfy(e -> assertThat(e.item().itemClass()).isEqualTo(ItemClass.KEY));
    assertThat(items.list(ItemQuery.all().withKind(TargetKind.COOPERATIVE)))
        .isNotEmpty().allSatisfy(e -> assertThat(e.item().targetKind()).isEqualTo(TargetKind.COOPERATIVE));
    assertThat(items.list(ItemQuery.all().withText("食品安全法"))).isNotEmpty()
        .allSatisfy(e -> assertThat(e.item().legalBasis() + e.item().name()).contains("食品安全法"));
    assertThat(items.list(ItemQuery.all().validOn(LocalDate.of(2024, 12, 31)))).isEmpty();
    assertThat(all).anySatisfy(e -> assertThat(e.used()).isTrue());
    assertThat(all).anySatisfy(e -> assertThat(e.used()).isFalse());
  }

  @Test
  void aNewVersionLeavesTheOldTaskWithTheVersionItWasPlannedWith() {
    ItemEntry used = entry("SX-SCJGJ-01");
    assertThat(used.tasks()).isPositive();
    long oldId = used.item().id();
    List<Long> tasksBefore = dsl.select(TASK_ITEM.TASK_ID).from(TASK_ITEM).where(TASK_ITEM.ITEM_ID.eq(oldId)).fetch(TASK_ITEM.TASK_ID);
    InspectionItem draft = new InspectionItem(null, scj.id(), "IGNORED", used.item().name(), null,
        "《企业信息公示暂行条例》（2024年修订）第十四条", null, TargetKind.ENTERPRISE, null, "书面检查", used.item().ratioPercent(),
        1, null, ItemClass.GENERAL, null, null, TODAY, null);
    int auditsBefore = audited("item.newVersion");

    InspectionItem created = items.newVersion(oldId, draft, LocalDate.of(2026, 7, 1));

    assertThat(created.id()).isNotEqualTo(oldId);
    assertThat(created.code()).isEqualTo("SX-SCJGJ-01");
    assertThat(created.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    List<ItemEntry> versions = items.list(ItemQuery.all().withText("SX-SCJGJ-01"));
    assertThat(versions).extracting(e -> e.item().validFrom())
        .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 1));
    assertThat(versions.get(0).item().validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(versions.get(0).item().legalBasis()).isEqualTo(used.item().legalBasis());
    assertThat(versions.get(0).tasks()).isEqualTo(used.tasks());
    assertThat(versions.get(1).tasks()).isZero();
    assertThat(dsl.select(TASK_ITEM.TASK_ID).from(TASK_ITEM).where(TASK_ITEM.ITEM_ID.eq(oldId)).fetch(TASK_ITEM.TASK_ID))
        .isEqualTo(tasksBefore);
    assertThat(items.list(ItemQuery.all().withText("SX-SCJGJ-01").validOn(LocalDate.of(2026, 7, 2))))
        .singleElement().satisfies(e -> assertThat(e.item().id()).isEqualTo(created.id()));
    assertThat(audited("item.newVersion")).isEqualTo(auditsBefore + 1);

    // only the latest version can get a new one, and only from a later day
    assertThatThrownBy(() -> items.newVersion(oldId, draft, LocalDate.of(2026, 9, 1)))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("directory.item.version.notLatest"));
    assertThatThrownBy(() -> items.newVersion(created.id(), draft, LocalDate.of(2026, 7, 1)))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("directory.item.version.tooEarly"));
  }

  @Test
  void editingAVersionATaskUsesIsRefusedButItsMarksMayBeSet() {
    ItemEntry used = entry("SX-SCJGJ-02");
    assertThat(used.used()).isTrue();
    InspectionItem changed = new InspectionItem(used.item().id(), scj.id(), used.item().code(), used.item().name(),
        used.item().subItem(), "改动的依据", used.item().implementingBody(), used.item().targetKind(), used.item().content(),
        used.item().method(), used.item().ratioPercent(), used.item().frequencyPerYear(), used.item().inspectorRequirement(),
        used.item().itemClass(), used.item().legalReviewDate(), used.item().publicisedDate(), used.item().validFrom(),
        used.item().validTo());
    assertThatThrownBy(() -> items.save(changed)).isInstanceOfSatisfying(SuijiException.class, e -> {
      assertThat(e.key()).isEqualTo("directory.item.version.used");
      assertThat(e.args()).contains("SX-SCJGJ-02", "2025-01-01");
    });
    assertThat(entry("SX-SCJGJ-02").item().legalBasis()).isEqualTo(used.item().legalBasis());

    InspectionItem marked = items.mark(used.item().id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
    assertThat(marked.legalReviewDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(entry("SX-SCJGJ-02").item().publicisedDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    // saving the same fields with other marks is a mark, not an edit
    InspectionItem remarked = items.save(marked.withMarks(LocalDate.of(2026, 3, 2), null));
    assertThat(remarked.legalReviewDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(entry("SX-SCJGJ-02").item().publicisedDate()).isNull();
  }

  @Test
  void aNewItemIsSavedAndEditedWhileNoTaskUsesItAndVersionsNeverOverlap() {
    InspectionItem draft = new InspectionItem(null, scj.id(), "T-NEW-01", "测试事项", null, "某法第一条", null,
        TargetKind.PRODUCT, null, "检验检测", new java.math.BigDecimal("5"), 2, null, ItemClass.KEY, null, null,
        LocalDate.of(2026, 1, 1), null);
    int creates = audited("item.create");
    InspectionItem saved = items.save(draft);
    assertThat(saved.id()).isNotNull();
    assertThat(audited("item.create")).isEqualTo(creates + 1);
    InspectionItem edited = items.save(saved.withValidity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(entry("T-NEW-01").item().validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(audited("item.update")).isPositive();

    assertThatThrownBy(() -> items.save(draft.withValidity(LocalDate.of(2026, 6, 1), null)))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("directory.item.version.overlap"));
    InspectionItem next = items.save(draft.withValidity(LocalDate.of(2027, 1, 1), null));
    assertThat(items.list(ItemQuery.all().withText("T-NEW-01"))).extracting(e -> e.item().id())
        .containsExactly(edited.id(), next.id());
  }
}
