package cn.suiji.directory.service;

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
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.HeaderMapping;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The item import on messy files the tests write (title rows, synonyms, three ratio notations, serial dates …). */
class ItemImporterTest {
  private static final List<String> HEADER = List.of("事项编码", "抽查事项名称", "抽查依据", "检查对象", "检查方式", "抽查比例",
      "抽查频次", "事项类别", "生效日期", "失效日期");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir
  Path dir;
  private Services services;
  private TableImporter importer;

  @BeforeEach
  void open() {
    services = open("items");
    importer = services.importer(ImportKind.ITEMS);
  }

  private Services open(String name) {
    Services s = new Services(Database.openFile(dir.resolve(name)), CLOCK);
    s.departments().save(new Department(null, "SCJGJ", "县市场监督管理局", "崇市监", 1));
    return s;
  }

  @AfterEach
  void close() {
    services.close();
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private Path file(List<?>... rows) throws Exception {
    List<List<?>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(Arrays.asList(rows));
    return TargetFiles.xlsx(dir.resolve("i-" + UUID.randomUUID() + ".xlsx"), all);
  }

  private ImportSummary commit(Path file) {
    return importer.commit(ImportRequest.of(file), Progress.NONE);
  }

  private List<InspectionItem> stored(String code) {
    return services.items().list(ItemQuery.all().withText(code)).stream().map(ItemEntry::item)
        .filter(i -> i.code().equals(code)).toList();
  }

  @Test
  void titleRowsSynonymsThreeRatioNotationsAndSerialOrTextDatesAreUnderstood() throws Exception {
    Path f = TargetFiles.xlsx(dir.resolve("title.xlsx"), List.of(
        row("崇信县市场监督管理局随机抽查事项清单（2025年版）"),
        row("单位：崇信县市场监督管理局"),
        row("序号", "抽查事项编码", "抽查事项", "法律依据", "事项类别（一般/重点）", "抽查对象类型", "抽查方式", "抽查比例",
            "抽查频次", "执法人员要求", "施行日期", "失效日期"),
        row(1, "sx-01", "企业公示信息情况的检查", "《企业信息公示暂行条例》第十四条", "一般", "企业", "书面检查", "3%", "1次/年",
            "执法人员2名以上", "2025-01-01", null),
        row(2, "SX-02", "食品生产者生产活动的检查", "《中华人民共和国食品安全法》第三十三条", "重点", "食品生产企业", "实地检查", 20,
            2, null, 45658, "2026年12月31日"),
        row(3, "SX-03", "个体工商户年度报告公示情况的检查", "《市场主体登记管理条例》第三十五条", "一般检查事项", "个体户", "网络监测",
            0.03, "每年1次", null, LocalDate.of(2025, 3, 1), null)));
    ImportSummary s = commit(f);
    assertThat(s.rejectedRows()).isEmpty();
    assertThat(s.created()).isEqualTo(3);
    InspectionItem a = stored("SX-01").get(0);
    assertThat(a.ratioPercent()).isEqualByComparingTo("3");
    assertThat(a.frequencyPerYear()).isEqualTo(1);
    assertThat(a.inspectorRequirement()).isEqualTo("执法人员2名以上");
    assertThat(a.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    InspectionItem b = stored("SX-02").get(0);
    assertThat(b.itemClass()).isEqualTo(ItemClass.KEY);
    assertThat(b.ratioPercent()).isEqualByComparingTo("20");
    assertThat(b.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(b.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
    InspectionItem c = stored("SX-03").get(0);
    assertThat(c.targetKind()).isEqualTo(TargetKind.INDIVIDUAL);
    assertThat(c.ratioPercent()).isEqualByComparingTo("3");
    assertThat(c.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void duplicatesAndRejectionsAreListedWithTheirRowAndColumn() throws Exception {
    Path f = file(
        row("A-1", "甲检查", "某法第一条", "企业", "实地检查", "3%", 1, "一般", "2025-01-01", null),
        row("a-1", "甲检查（重复）", "某法第一条", "企业", "实地检查", "3%", 1, "一般", "2025/1/1", null),
        row("A-2", "乙检查", "某法第二条", "企业", "实地检查", "300%", 1, "一般", "2025-01-01", null),
        row("A-3", "丙检查", null, "企业", "实地检查", "3%", 1, "一般", "2025-01-01", null),
        row("A-4", "丁检查", "某法第四条", "企业", "实地检查", "3%", 1, "一般", "2025-02-30", null),
        row("A-5", "戊检查", "某法第五条", "企业", "实地检查", "3%", 1, "特别", "2025-01-01", null),
        row("A-6", "己检查", "某法第六条", "企业", "实地检查", "3%", 0, "一般", "2025-01-01", null),
        row("A-7", "庚检查", "某法第七条", "企业", "实地检查", "3%", 1, "一般", "2025-06-01", "2025-05-31"));
    Path report = dir.resolve("report.xlsx");
    ImportSummary s = importer.commit(ImportRequest.of(f).withReport(report), Progress.NONE);
    assertThat(s.read()).isEqualTo(8);
    assertThat(s.created()).isEqualTo(1);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(6);
    assertThat(s.rejectedRows()).extracting(p -> p.row()).containsExactly(4, 5, 6, 7, 8, 9);
    assertThat(s.rejectedRows()).extracting(p -> p.column())
        .containsExactly("抽查比例", "抽查依据", "生效日期", "事项类别", "抽查频次", "失效日期");
    assertThat(s.rejectedRows().get(0).reason()).contains("抽查比例").contains("300%");
    assertThat(s.rejectedRows().get(1).reason()).isEqualTo("“抽查依据”不能为空。");
    assertThat(stored("A-1")).hasSize(1);
    List<List<String>> lines = read(report);
    assertThat(lines.get(2)).startsWith("3", "重复").anySatisfy(c -> assertThat(c).contains("第2行"));
    assertThat(lines.get(3)).startsWith("4", "拒绝");
  }

  @Test
  void theSameKeyUpdatesAndALaterValidFromMakesANewVersion() throws Exception {
    commit(file(row("B-1", "检查", "旧法第一条", "企业", "实地检查", "3", 1, "一般", "2025-01-01", null)));
    ImportSummary again = commit(file(row("B-1", "检查（改名）", "旧法第一条", "企业", "实地检查", "5", 1, "一般", "2025-01-01", null)));
    assertThat(again.updated()).isEqualTo(1);
    assertThat(stored("B-1")).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo("检查（改名）");
      assertThat(i.ratioPercent()).isEqualByComparingTo("5");
    });
    ImportSummary law = commit(file(row("B-1", "检查（改名）", "新法第三条", "企业", "实地检查", "5", 1, "一般", "2026-07-01", null)));
    assertThat(law.created()).isEqualTo(1);
    List<InspectionItem> versions = stored("B-1");
    assertThat(versions).extracting(InspectionItem::validFrom).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 1));
    assertThat(versions.get(0).validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(versions.get(0).legalBasis()).isEqualTo("旧法第一条");
    assertThat(versions.get(1).legalBasis()).isEqualTo("新法第三条");
    // an earlier start that falls inside a version is refused
    ImportSummary inside = commit(file(row("B-1", "检查", "某法", "企业", "实地检查", "5", 1, "一般", "2025-06-01", null)));
    assertThat(inside.rejectedRows()).singleElement().satisfies(p -> {
      assertThat(p.column()).isEqualTo("生效日期");
      assertThat(p.reason()).contains("B-1").contains("重叠");
    });
  }

  @Test
  void aVersionATaskUsesIsNotChangedByAnImportButMayGetANewVersion() throws Exception {
    commit(file(row("U-1", "检查", "旧法", "企业", "实地检查", "3%", 1, "一般", "2025-01-01", null)));
    InspectionItem used = stored("U-1").get(0);
    cn.suiji.directory.TestTasks.use(services.database().dsl(), used.departmentId(), used.id());
    assertThat(commit(file(row("U-1", "检查", "旧法", "企业", "实地检查", "3%", 1, "一般", "2025-01-01", null))).unchanged())
        .isEqualTo(1);
    ImportSummary changed = commit(file(row("U-1", "检查", "新法", "企业", "实地检查", "3%", 1, "一般", "2025-01-01", null)));
    assertThat(changed.rejectedRows()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(2);
      assertThat(p.column()).isEqualTo("生效日期");
      assertThat(p.reason()).contains("U-1").contains("新的生效日期");
    });
    assertThat(stored("U-1").get(0).legalBasis()).isEqualTo("旧法");
    assertThat(commit(file(row("U-1", "检查", "新法", "企业", "实地检查", "3%", 1, "一般", "2026-07-01", null))).created())
        .isEqualTo(1);
    assertThat(stored("U-1")).extracting(InspectionItem::id).startsWith(used.id()).hasSize(2);
  }

  @Test
  void thePreviewCountsAsTheCommitButWritesNothing() throws Exception {
    Path f = file(row("C-1", "检查", "某法", "企业", "实地检查", "3%", 1, "一般", "2025-01-01", null),
        row("C-1", "检查", "某法", "企业", "实地检查", "3%", 1, "一般", "2026-01-01", null),
        row("C-2", "检查", "某法", "企业", "实地检查", "x", 1, "一般", "2025-01-01", null));
    ImportSummary preview = importer.preview(ImportRequest.of(f), Progress.NONE);
    assertThat(preview.dryRun()).isTrue();
    assertThat(stored("C-1")).isEmpty();
    ImportSummary done = commit(f);
    assertThat(List.of(preview.read(), preview.created(), preview.updated(), preview.duplicates(), preview.rejected()))
        .isEqualTo(List.of(done.read(), done.created(), done.updated(), done.duplicates(), done.rejected()));
    assertThat(done.created()).isEqualTo(2);
    assertThat(stored("C-1")).hasSize(2);
  }

  @Test
  void findingTheHeaderListsAMissingRequiredColumnAndPreviewRefusesItNamingTheColumn() throws Exception {
    Path f = TargetFiles.xlsx(dir.resolve("nobasis.xlsx"), List.of(
        row("事项编码", "抽查事项名称", "法规", "检查对象", "检查方式", "事项类别", "生效日期"),
        row("D-1", "检查", "《食品安全法》", "企业", "实地核查", "一般", "2026-01-01")));
    HeaderMapping found = importer.findHeader(f);
    assertThat(found.missingRequired()).containsExactly("LEGAL_BASIS");
    assertThatThrownBy(() -> importer.preview(ImportRequest.of(f).withMapping(found), Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("directory.item.import.missingColumns");
          assertThat(String.valueOf(e.args()[1])).isEqualTo("抽查依据");
        });
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() throws Exception {
    Path f = TargetFiles.xlsx(dir.resolve("few.xlsx"), List.of(row("事项编码", "抽查事项名称", "检查方式"), row("D-1", "检查", "实地")));
    assertThatThrownBy(() -> commit(f)).isInstanceOfSatisfying(SuijiException.class, e -> {
      assertThat(e.key()).isEqualTo("directory.item.import.missingColumns");
      assertThat(String.valueOf(e.args()[1])).contains("抽查依据").contains("生效日期").contains("事项类别");
    });
  }

  @Test
  void withSeveralDepartmentsTheDepartmentMustBeNamed() throws Exception {
    services.departments().save(new Department(null, "WJJ", "县卫生健康局", "崇卫健", 2));
    Path f = file(row("E-1", "检查", "某法", "企业", "实地检查", "3%", 1, "一般", "2025-01-01", null));
    assertThatThrownBy(() -> commit(f)).isInstanceOfSatisfying(SuijiException.class,
        e -> assertThat(e.key()).isEqualTo("directory.item.import.chooseDepartment"));
    ImportSummary s = importer.commit(new ImportRequest(f, "wjj", null, null), Progress.NONE);
    assertThat(s.created()).isEqualTo(1);
    assertThat(stored("E-1")).singleElement().satisfies(i -> assertThat(i.departmentId())
        .isEqualTo(services.departments().all().get(1).id()));
  }

  @Test
  void anExportImportsBackAsTheSameItems() throws Exception {
    long scj = services.departments().all().get(0).id();
    services.items().save(new InspectionItem(null, scj, "R-1", "甲检查", "子项", "某法第一条", "县级", TargetKind.COOPERATIVE,
        "检查内容", "书面检查、实地检查", new BigDecimal("0.5"), 2, "执法人员2名以上", ItemClass.KEY, LocalDate.of(2024, 12, 16),
        LocalDate.of(2024, 12, 27), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    services.items().save(new InspectionItem(null, scj, "R-1", "甲检查", null, "某法第二条", null, TargetKind.PRODUCT, null,
        "检验检测", new BigDecimal("100"), null, null, ItemClass.GENERAL, null, null, LocalDate.of(2026, 1, 1), null));
    Path out = dir.resolve("export.xlsx");
    assertThat(services.items().export(ItemQuery.all(), out, Progress.NONE)).isEqualTo(2);

    ImportSummary back = commit(out);
    assertThat(List.of(back.updated(), back.unchanged())).as(back.changedRows().toString()).containsExactly(0, 2);
    try (Services other = open("other")) {
      ImportSummary s = other.importer(ImportKind.ITEMS).commit(ImportRequest.of(out), Progress.NONE);
      assertThat(s.created()).as(s.rejectedRows().toString()).isEqualTo(2);
      List<InspectionItem> mine = stored("R-1");
      List<InspectionItem> theirs = other.items().list(ItemQuery.all()).stream().map(ItemEntry::item).toList();
      long otherId = other.departments().all().get(0).id();
      for (int i = 0; i < 2; i++) {
        InspectionItem expected = new InspectionItem(theirs.get(i).id(), otherId, mine.get(i).code(), mine.get(i).name(),
            mine.get(i).subItem(), mine.get(i).legalBasis(), mine.get(i).implementingBody(), mine.get(i).targetKind(),
            mine.get(i).content(), mine.get(i).method(), mine.get(i).ratioPercent(), mine.get(i).frequencyPerYear(),
            mine.get(i).inspectorRequirement(), mine.get(i).itemClass(), mine.get(i).legalReviewDate(),
            mine.get(i).publicisedDate(), mine.get(i).validFrom(), mine.get(i).validTo());
        assertThat(theirs.get(i).sameContentAs(expected)).as(theirs.get(i) + " vs " + expected).isTrue();
      }
    }
  }

  private static List<List<String>> read(Path file) {
    List<List<String>> rows = new ArrayList<>();
    try (TableReader table = TableReader.open(file)) {
      table.read(table.sheetNames().get(0), r -> rows.add(r.cells()), Progress.NONE);
    }
    return rows;
  }
}
