package cn.suiji.directory.service;

import static cn.suiji.directory.InspectorFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.InspectorFixtures;
import cn.suiji.directory.domain.Gender;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.HeaderMapping;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorImporterTest {
  @TempDir
  Path dir;
  private Services services;
  private TableImporter importer;

  @BeforeEach
  void open() {
    services = InspectorFixtures.county(dir.resolve("county"));
    importer = services.importer(ImportKind.INSPECTORS);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private Path file(List<?>... rows) throws Exception {
    return TargetFiles.xlsx(dir.resolve("i-" + UUID.randomUUID() + ".xlsx"), Arrays.asList(rows));
  }

  private ImportSummary commit(Path file) {
    return importer.commit(request(file), Progress.NONE);
  }

  /** Rows without 所属部门 join SCJGJ. */
  private static ImportRequest request(Path file) {
    return new ImportRequest(file, "SCJGJ", null, null);
  }

  private Inspector stored(String certNo) {
    return services.inspectors().list(InspectorFilter.all()).stream().filter(i -> i.certNo().equals(certNo))
        .findFirst().orElseThrow();
  }

  private int count() {
    return services.inspectors().list(InspectorFilter.all()).size();
  }

  @Test
  void titleRowsSynonymsSerialAndTextDatesAndANumericPhoneAreRead() throws Exception {
    Path f = file(
        row("青岚县执法检查人员名录"),
        row("填报日期：2026年6月"),
        row("序号", "执法人员姓名", "公民身份号码", "执法部门", "职务", "执法领域", "执法证件号码", "有效期至", "状态", "可检查事项",
            "负责区域", "联系电话"),
        row(1, "李明", idNumber(1, true), "县市场监督管理局", "科员", "市场监管", "62082301001", 46752, "在岗",
            "SX-SCJGJ-01、SX-SCJGJ-02", "城关", 13993312345L),
        row(2, "赵丽", idNumber(2, false), "WJJ", "副科长", "卫生监督", "62082302001", "2027年3月5日", "休假", "SX-WJJ-01",
            "全县", "0931-8123456"),
        row(3, "孙强", " " + idNumber(3, true).toLowerCase(), "SCJGJ", null, null, "６２０８２３０１００２", LocalDate.of(2026, 7, 10),
            null, null, null, null));
    ImportSummary s = commit(f);
    assertThat(s.rejectedRows()).isEmpty();
    assertThat(List.of(s.read(), s.created(), s.updated(), s.duplicates(), s.rejected())).containsExactly(3, 3, 0, 0, 0);

    Inspector li = stored("62082301001");
    assertThat(li.name()).isEqualTo("李明");
    assertThat(li.departmentCode()).isEqualTo("SCJGJ");
    assertThat(li.key()).as("assigned").isEqualTo("SCJGJ-001");
    assertThat(li.certExpiry()).as("serial 46752").isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(li.phone()).as("a number cell kept in full").isEqualTo("13993312345");
    assertThat(li.itemCodes()).containsExactly("SX-SCJGJ-01", "SX-SCJGJ-02");
    assertThat(li.gender()).isEqualTo(Gender.MALE);
    assertThat(li.post()).isEqualTo("科员");
    assertThat(li.enforcementField()).isEqualTo("市场监管");
    assertThat(li.area()).isEqualTo("城关");

    Inspector zhao = stored("62082302001");
    assertThat(zhao.departmentCode()).isEqualTo("WJJ");
    assertThat(zhao.key()).isEqualTo("WJJ-001");
    assertThat(zhao.certExpiry()).isEqualTo(LocalDate.of(2027, 3, 5));
    assertThat(zhao.status()).isEqualTo(InspectorStatus.ON_LEAVE);
    assertThat(zhao.phone()).isEqualTo("0931-8123456");

    Inspector sun = stored("62082301002");
    assertThat(sun.idNumber()).isEqualTo(idNumber(3, true));
    assertThat(sun.certExpiry()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(sun.key()).isEqualTo("SCJGJ-002");
  }

  @Test
  void repeatsAreDuplicatesAndBadRowsAreRejectedWithTheirRowNumberAndColumn() throws Exception {
    Path report = dir.resolve("report.xlsx");
    Path f = file(
        row("姓名", "人员编号", "身份证号码", "执法证号", "证件有效期"),
        row("甲", "SCJGJ-010", idNumber(1, true), "62082301010", "2028-01-01"),
        row("乙", "", "110105194912310021", "62082301011", "2028-01-01"),
        null,
        row("丙", "", idNumber(3, true), "62082301010", "2028-01-01"),
        row("丁", "SCJGJ-010", idNumber(4, true), "62082301012", "2028-01-01"),
        row("", "", idNumber(5, true), "62082301013", "2028-01-01"),
        row("戊", "", idNumber(6, true), "62082301014", "下个月"),
        row("己", "", idNumber(7, true), "62082301015", "2028-01-01", "多余"));
    ImportSummary s = importer.commit(request(f).withReport(report), Progress.NONE);
    assertThat(List.of(s.read(), s.created(), s.updated(), s.duplicates(), s.rejected())).containsExactly(7, 2, 0, 2, 3);
    assertThat(s.rejectedRows()).extracting(RowProblem::row).containsExactly(3, 7, 8);
    assertThat(s.rejectedRows()).extracting(RowProblem::column).containsExactly("身份证号", "姓名", "证件有效期");
    assertThat(s.rejectedRows().get(0).reason()).contains("身份证号码", "**************0021").doesNotContain("110105194912310021");
    assertThat(s.rejectedRows().get(2).reason()).contains("证件有效期", "下个月");
    assertThat(count()).isEqualTo(2);

    List<List<String>> lines = new ArrayList<>();
    try (TableReader t = TableReader.open(report)) {
      t.read(t.sheetNames().get(0), (Row r) -> lines.add(r.cells()), Progress.NONE);
    }
    assertThat(lines).hasSize(8);
    assertThat(lines.subList(1, 8)).extracting(l -> l.get(0)).containsExactly("2", "3", "5", "6", "7", "8", "9");
    assertThat(lines.get(3).get(1)).isEqualTo("重复");
    assertThat(lines.get(3).get(2)).contains("第2行");
    assertThat(lines.get(4).get(2)).as("same 人员编号 as row 2").contains("第2行");
  }

  @Test
  void aRowUpdatesTheInspectorWithItsCertificateNumberElseItsKey() throws Exception {
    commit(file(row("人员编号", "姓名", "执法证号", "证件有效期", "联系电话", "可检查事项"),
        row("SCJGJ-001", "李明", "62082301001", "2027-01-01", "139", "SX-SCJGJ-01"),
        row("SCJGJ-002", "赵丽", "62082301002", "2027-01-01", "138", "")));
    Inspector li = stored("62082301001");

    ImportSummary s = commit(file(row("姓名", "执法证号", "人员编号", "证件有效期"),
        row("李明", "62082301001", "", "2029-01-01"),
        row("赵丽", "62082309999", "SCJGJ-002", "2030-01-01"),
        row("王五", "62082301001", "SCJGJ-002", "2030-01-01")));
    assertThat(List.of(s.created(), s.updated(), s.duplicates(), s.rejected())).containsExactly(0, 2, 1, 0);
    Inspector again = stored("62082301001");
    assertThat(again.id()).isEqualTo(li.id());
    assertThat(again.certExpiry()).isEqualTo(LocalDate.of(2029, 1, 1));
    assertThat(again.phone()).as("no phone column: kept").isEqualTo("139");
    assertThat(again.itemCodes()).as("no items column: kept").containsExactly("SX-SCJGJ-01");
    assertThat(stored("62082309999").key()).as("a new certificate for SCJGJ-002").isEqualTo("SCJGJ-002");
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void aCertificateNumberOfOneInspectorWithTheKeyOfAnotherIsRefused() throws Exception {
    commit(file(row("人员编号", "姓名", "执法证号", "证件有效期"),
        row("SCJGJ-001", "李明", "62082301001", "2027-01-01"),
        row("SCJGJ-002", "赵丽", "62082301002", "2027-01-01")));
    ImportSummary s = commit(file(row("人员编号", "姓名", "执法证号", "证件有效期"),
        row("SCJGJ-002", "李明", "62082301001", "2027-01-01")));
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.rejectedRows().get(0).column()).isEqualTo("人员编号");
    assertThat(s.rejectedRows().get(0).reason()).contains("62082301001", "SCJGJ-001", "SCJGJ-002");
    assertThat(stored("62082301001").key()).isEqualTo("SCJGJ-001");
  }

  @Test
  void aPreviewCountsTheSameAndWritesNothing() throws Exception {
    Path f = file(row("姓名", "执法证号", "证件有效期"), row("李明", "62082301001", "2027-01-01"),
        row("赵丽", "62082301002", "2027-01-01"));
    ImportSummary preview = importer.preview(request(f), Progress.NONE);
    assertThat(preview.dryRun()).isTrue();
    assertThat(preview.created()).isEqualTo(2);
    assertThat(count()).isZero();
    assertThat(commit(f).created()).isEqualTo(2);
  }

  @Test
  void aRowWithAnotherInspectorsIdNumberIsRefusedNamingTheFieldAndARepeatInTheFileIsDuplicate() throws Exception {
    commit(file(row("姓名", "身份证号", "执法证号", "证件有效期"), row("李明", idNumber(1, true), "62082301001", "2028-01-01")));
    Path f = file(row("姓名", "身份证号", "执法证号", "证件有效期"),
        row("王五", idNumber(1, true).toLowerCase(), "62082301005", "2028-01-01"),
        row("赵丽", idNumber(2, false), "62082301006", "2028-01-01"),
        row("赵丽（另一证）", idNumber(2, false), "62082301007", "2028-01-01"),
        row("李明", idNumber(1, true), "62082301001", "2029-01-01"));
    ImportSummary s = commit(f);
    assertThat(List.of(s.read(), s.created(), s.updated(), s.duplicates(), s.rejected())).containsExactly(4, 1, 1, 1, 1);
    RowProblem p = s.rejectedRows().get(0);
    assertThat(p.row()).isEqualTo(2);
    assertThat(p.column()).isEqualTo("身份证号");
    assertThat(p.reason()).contains("身份证号码", Inspector.mask(idNumber(1, true)), "李明").doesNotContain(idNumber(1, true));
    assertThat(count()).isEqualTo(2);
    assertThat(stored("62082301001").certExpiry()).isEqualTo(LocalDate.of(2029, 1, 1));
  }

  @Test
  void findingTheHeaderListsAMissingRequiredColumnAndPreviewRefusesItNamingTheColumn() throws Exception {
    Path f = file(row("姓名", "证件编码", "证件有效期"), row("李明", "62001", "2030-01-01"));
    HeaderMapping found = importer.findHeader(f);
    assertThat(found.missingRequired()).containsExactly(InspectorField.CERT_NO.name());
    assertThatThrownBy(() -> importer.preview(request(f).withMapping(found), Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("directory.inspector.import.missingColumns");
          assertThat(e.getMessage()).contains("执法证号");
        });
    ImportSummary s = importer.preview(request(f).withMapping(found.with(InspectorField.CERT_NO.name(), 1)), Progress.NONE);
    assertThat(s.created()).isEqualTo(1);
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws Exception {
    Path f = file(row("姓名", "身份证号"), row("李明", idNumber(1, true)));
    assertThatThrownBy(() -> commit(f)).isInstanceOf(SuijiException.class)
        .satisfies(e -> assertThat(((SuijiException) e).key()).isEqualTo("directory.inspector.import.missingColumns"))
        .satisfies(e -> assertThat(Arrays.toString(((SuijiException) e).args())).contains("执法证号", "证件有效期"));
  }

  @Test
  void theTemplateImportsAsItsExampleRow() throws Exception {
    Path template = dir.resolve("template.xlsx");
    importer.writeTemplate(template);
    ImportSummary s = commit(template);
    assertThat(s.rejectedRows()).isEmpty();
    assertThat(s.created()).isEqualTo(1);
    assertThat(stored("62082301001").name()).isEqualTo("王芳");
  }

  /**
   * Export then import gives the same inspectors, except the ID numbers: the export shows only
   * their last four characters, so a fresh directory gets none, while the same directory keeps
   * the stored numbers (their last four agree).
   */
  @Test
  void anExportImportsBackToTheSameDirectoryIdNumbersAside() throws Exception {
    commit(file(row("人员编号", "姓名", "身份证号", "所属部门", "岗位", "执法类别", "执法证号", "证件有效期", "状态", "可检查事项",
            "负责区域", "联系电话"),
        row("SCJGJ-001", "李明", idNumber(1, true), "SCJGJ", "科员", "市场监管", "62082301001", "2026-07-10", "在岗",
            "SX-SCJGJ-01、SX-SCJGJ-03", "城关", "13993312345"),
        row("SCJGJ-002", "=赵丽", idNumber(2, false), "SCJGJ", "", "", "62082301002", "2025-01-01", "停用", "", "", ""),
        row("WJJ-001", "孙强", "", "WJJ", "科长", "卫生监督", "62082302001", "2029-02-28", "借调", "SX-WJJ-01", "全县",
            "0931-8123456")));
    List<Inspector> before = services.inspectors().list(InspectorFilter.all());
    Path exported = dir.resolve("export.xlsx");
    assertThat(services.inspectors().export(InspectorFilter.all(), exported, cn.suiji.shared.l10n.Messages.current(),
        Progress.NONE)).isEqualTo(3);

    ImportSummary same = commit(exported);
    assertThat(List.of(same.updated(), same.unchanged())).as(same.changedRows().toString()).containsExactly(0, 3);
    assertThat(services.inspectors().list(InspectorFilter.all())).isEqualTo(before);

    try (Services fresh = InspectorFixtures.county(dir.resolve("fresh"))) {
      ImportSummary s = fresh.importer(ImportKind.INSPECTORS).commit(ImportRequest.of(exported), Progress.NONE);
      assertThat(s.rejectedRows()).isEmpty();
      assertThat(s.created()).isEqualTo(3);
      List<Inspector> after = fresh.inspectors().list(InspectorFilter.all());
      assertThat(after).extracting(Inspector::idNumber).containsOnlyNulls();
      assertThat(after).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "idNumber")
          .containsExactlyElementsOf(before);
    }
  }

  @Test
  void aMaskedIdNumberThatDoesNotMatchTheStoredOneIsRefused() throws Exception {
    commit(file(row("姓名", "执法证号", "证件有效期", "身份证号"), row("李明", "62082301001", "2027-01-01", idNumber(1, true))));
    String wrong = "*".repeat(14) + "000X";
    ImportSummary s = commit(file(row("姓名", "执法证号", "证件有效期", "身份证号"), row("李明", "62082301001", "2027-01-01", wrong)));
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.rejectedRows().get(0).column()).isEqualTo("身份证号");
    assertThat(stored("62082301001").idNumber()).isEqualTo(idNumber(1, true));
    assertThat(Map.of("k", InspectorField.ID_NUMBER.header())).containsValue("身份证号");
  }
}
