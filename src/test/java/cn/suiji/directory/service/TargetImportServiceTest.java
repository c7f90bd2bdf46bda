package cn.suiji.directory.service;

import static cn.suiji.directory.service.TargetFiles.regNo;
import static cn.suiji.directory.service.TargetFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Target;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

class TargetImportServiceTest {
  private static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "法定代表人", "登记状态", "成立日期", "联系电话");

  @TempDir
  Path dir;
  private Services services;
  private final TargetRepository repository = new TargetRepository();

  @BeforeEach
  void open() {
    services = new Services(Database.inMemory("import-" + UUID.randomUUID()),
        Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
        List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1))));
  }

  @AfterEach
  void close() {
    services.close();
  }

  private TargetImportSummary commit(Path file) {
    return services.targetImport().commit(new TargetImportService.Request(file, null, null), Progress.NONE);
  }

  private Target stored(String code) {
    return repository.findByCode(services.database().dsl(), code).orElseThrow();
  }

  private int count() {
    return repository.count(services.database().dsl());
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private Path file(List<?>... rows) throws Exception {
    List<List<?>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(Arrays.asList(rows));
    return TargetFiles.xlsx(dir.resolve("t-" + UUID.randomUUID() + ".xlsx"), all);
  }

  @Test
  void findingTheHeaderListsAMissingRequiredColumnForTheScreenButPreviewRefusesIt() throws Exception {
    Path f = TargetFiles.xlsx(dir.resolve("noname.xlsx"), List.of(row("统一社会信用代码", "商号"), row(uscc(40), "甲")));
    HeaderMapping found = services.targetImport().findHeader(f);
    assertThat(found.missingRequired()).containsExactly(TargetField.NAME.name());
    assertThat(found.headerTexts()).containsExactly("统一社会信用代码", "商号");
    assertThatThrownBy(() -> services.targetImport().preview(new TargetImportService.Request(f, null, null, found),
        Progress.NONE)).isInstanceOf(SuijiException.class)
        .extracting(e -> ((SuijiException) e).key()).isEqualTo("directory.target.import.missingColumns");
    TargetImportSummary s = services.targetImport().preview(
        new TargetImportService.Request(f, null, null, found.with(TargetField.NAME.name(), 1)), Progress.NONE);
    assertThat(s.created()).isEqualTo(1);
  }

  @Test
  void titleRowsAndHeaderSynonymsAreUnderstood() throws Exception {
    Path f = TargetFiles.xlsx(dir.resolve("title.xlsx"), List.of(
        row("某某县市场主体名录（双随机抽查对象库）"),
        row("导出时间：2026-03-01"),
        row("序号", "市场主体名称", "统一社会信用代码/注册号", "负责人", "经营场所", "所属乡镇", "经营状态", "主体类型"),
        row(1, "城关镇老王面馆", uscc(1), "王五", "城关镇东街1号", "城关镇", "在营", "个体工商户"),
        row(2, "马营乡合作社", regNo(2), "赵六", "马营乡", "马营乡", "存续", "农民专业合作社")));
    TargetImportSummary s = commit(f);
    assertThat(s.created()).isEqualTo(2);
    Target a = stored(uscc(1));
    assertThat(a.name()).isEqualTo("城关镇老王面馆");
    assertThat(a.legalRep()).isEqualTo("王五");
    assertThat(a.address()).isEqualTo("城关镇东街1号");
    assertThat(a.township()).isEqualTo("城关镇");
    assertThat(a.status()).isEqualTo(TargetStatus.OPERATING);
    assertThat(a.kind().name()).isEqualTo("INDIVIDUAL");
    Target b = stored(regNo(2));
    assertThat(b.uscc()).isNull();
    assertThat(b.objectKey()).isEqualTo(regNo(2));
    assertThat(b.kind().name()).isEqualTo("COOPERATIVE");
    assertThat(repository.countInDepartment(services.database().dsl(), services.departments().all().get(0).id())).isEqualTo(2);
  }

  @Test
  void codesInLowerCaseFullWidthOrWithSpacesAreNormalised() throws Exception {
    String code = uscc(3);
    String messy = " " + code.substring(0, 9).toLowerCase() + "-" + toFullWidth(code.substring(9)) + "\u3000";
    TargetImportSummary s = commit(file(row(messy, "甲公司")));
    assertThat(s.created()).as(s.rejectedRows().toString()).isEqualTo(1);
    assertThat(stored(code).uscc()).isEqualTo(code);
  }

  @Test
  void aNumericPhoneIsStoredAsWritten() throws Exception {
    commit(file(row(uscc(4), "甲公司", null, null, null, 13993312345L)));
    assertThat(stored(uscc(4)).phone()).isEqualTo("13993312345");
  }

  @Test
  void datesAsSerialsTextAndDateCellsAreRead() throws Exception {
    commit(file(row(uscc(5), "甲", null, null, 43529), row(uscc(6), "乙", null, null, "2019年3月5日"),
        row(uscc(7), "丙", null, null, LocalDate.of(2019, 3, 5))));
    for (int n = 5; n <= 7; n++) {
      assertThat(stored(uscc(n)).foundedDate()).isEqualTo(LocalDate.of(2019, 3, 5));
    }
  }

  @Test
  void blankRowsAreSkippedAndRowNumbersStayExcels() throws Exception {
    TargetImportSummary s = commit(file(row(uscc(8), "甲"), null, row("\u3000", " "), row("bad", "乙")));
    assertThat(s.read()).isEqualTo(2);
    assertThat(s.created()).isEqualTo(1);
    assertThat(s.rejectedRows()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(5));
  }

  @Test
  void aRepeatedRowIsADuplicate() throws Exception {
    TargetImportSummary s = commit(file(row(uscc(9), "甲"), row(uscc(9).toLowerCase(), "甲（重复）")));
    assertThat(s.created()).isEqualTo(1);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(stored(uscc(9)).name()).isEqualTo("甲");
  }

  @Test
  void intoAnEmptyDirectoryRepeatsAcrossBatchesAreStillDuplicatesAndAReimportChangesNothing() throws Exception {
    // an empty directory skips the per-batch look-up: only the file's own repeats can match,
    // including one 1,500 rows later, in another batch of ImportPass.BATCH rows
    List<List<?>> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      rows.add(row(uscc(1000 + i), "企业" + i));
    }
    rows.add(row(uscc(1000), "企业0（重复）"));
    rows.add(row(uscc(2999).toLowerCase(), "企业1999（重复）"));
    Path path = file(rows.toArray(List<?>[]::new));
    TargetImportSummary first = commit(path);
    assertThat(List.of(first.read(), first.created(), first.updated(), first.duplicates(), first.rejected()))
        .containsExactly(2002, 2000, 0, 2, 0);
    assertThat(stored(uscc(1000)).name()).isEqualTo("企业0");
    TargetImportSummary again = commit(path);
    assertThat(List.of(again.read(), again.created(), again.updated(), again.unchanged(), again.duplicates(),
        again.rejected())).as("the same file into the now full directory").containsExactly(2002, 0, 0, 2000, 2, 0);
    assertThat(count()).isEqualTo(2000);
  }

  @Test
  void anExistingUsccIsUpdatedKeepingItsId() throws Exception {
    commit(file(row(uscc(10), "旧名称", "张三", "存续", null, "0931-1234567")));
    long id = stored(uscc(10)).id();
    Path second = TargetFiles.xlsx(dir.resolve("second.xlsx"), List.of(
        List.of("统一社会信用代码", "企业名称", "登记状态"), row(uscc(10), "新名称", "吊销")));
    TargetImportSummary s = commit(second);
    assertThat(s.updated()).isEqualTo(1);
    assertThat(s.created()).isZero();
    Target t = stored(uscc(10));
    assertThat(t.id()).isEqualTo(id);
    assertThat(t.name()).isEqualTo("新名称");
    assertThat(t.status()).isEqualTo(TargetStatus.REVOKED);
    assertThat(t.legalRep()).as("a column the file does not have is kept").isEqualTo("张三");
    assertThat(t.phone()).isEqualTo("0931-1234567");
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void rejectedRowsCarryReasonsAndTheRestIsImported() throws Exception {
    TargetImportSummary s = commit(file(row(uscc(11), "甲"), row(uscc(12).substring(0, 17) + "0", "乙"),
        row(uscc(13), ""), row(uscc(14), "丁", null, "歇业")));
    assertThat(s.created()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(3);
    assertThat(s.rejectedRows()).extracting(p -> p.row()).containsExactly(3, 4, 5);
    assertThat(s.rejectedRows()).extracting(p -> p.field()).containsExactly(TargetField.USCC, TargetField.NAME, TargetField.STATUS);
    assertThat(TargetImportService.describe(s.rejectedRows().get(2))).contains("歇业");
  }

  @Test
  void aNameStartingWithEqualsIsStoredAsText() throws Exception {
    commit(file(row(uscc(15), "=HYPERLINK(\"http://x\")公司")));
    assertThat(stored(uscc(15)).name()).isEqualTo("=HYPERLINK(\"http://x\")公司");
  }

  @Test
  void charactersOutsideTheBmpSurvive() throws Exception {
    commit(file(row(uscc(16), "𠀀𡃁记商行", "𠮷野家")));
    assertThat(stored(uscc(16)).name()).isEqualTo("𠀀𡃁记商行");
    assertThat(stored(uscc(16)).legalRep()).isEqualTo("𠮷野家");
  }

  @Test
  void csvInUtf8AndGbkIsAccepted() throws Exception {
    String text = "统一社会信用代码,企业名称,联系电话\n" + uscc(17) + ",甲商行,13993312345\n";
    Path utf8 = Files.writeString(dir.resolve("u.csv"), "\uFEFF" + text, StandardCharsets.UTF_8);
    Path gbk = Files.writeString(dir.resolve("g.csv"), text.replace(uscc(17), uscc(18)).replace("甲", "乙"), Charset.forName("GBK"));
    assertThat(commit(utf8).created()).isEqualTo(1);
    assertThat(commit(gbk).created()).isEqualTo(1);
    assertThat(stored(uscc(17)).name()).isEqualTo("甲商行");
    assertThat(stored(uscc(18)).name()).isEqualTo("乙商行");
  }

  @Test
  void previewCountsEqualCommitCountsAndPreviewWritesNothing() throws Exception {
    commit(file(row(uscc(20), "已有")));
    int auditBefore = services.auditor().latest(services.database().dsl(), 1000).size();
    Path f = file(row(uscc(20), "更新"), row(uscc(21), "新"), row(uscc(21), "重复"), row("x", "拒绝"));
    TargetImportSummary preview = services.targetImport().preview(new TargetImportService.Request(f, null, null), Progress.NONE);
    assertThat(preview.dryRun()).isTrue();
    assertThat(count()).isEqualTo(1);
    assertThat(stored(uscc(20)).name()).isEqualTo("已有");
    assertThat(services.auditor().latest(services.database().dsl(), 1000)).hasSize(auditBefore);
    TargetImportSummary done = commit(f);
    assertThat(List.of(done.read(), done.created(), done.updated(), done.duplicates(), done.rejected()))
        .isEqualTo(List.of(preview.read(), preview.created(), preview.updated(), preview.duplicates(), preview.rejected()))
        .isEqualTo(List.of(4, 1, 1, 1, 1));
  }

  @Test
  void cancelAfterTheFirstBatchLeavesTheDatabaseUnchanged() throws Exception {
    List<List<?>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (int n = 0; n < ImportPass.BATCH * 2 + 10; n++) {
      rows.add(row(uscc(1000 + n), "企业" + n));
    }
    Path f = TargetFiles.xlsx(dir.resolve("many.xlsx"), rows);
    int auditBefore = services.auditor().latest(services.database().dsl(), 1000).size();
    Progress cancelAfterFirstBatch = new Progress() {
      private int batches;

      @Override
      public void update(long done, long total) {}

      @Override
      public boolean isCancelled() {
        boolean fromBatch = StackWalker.getInstance().walk(s -> s.anyMatch(fr -> fr.getClassName().equals(ImportPass.class.getName())));
        return fromBatch && ++batches >= 1;
      }
    };
    assertThatThrownBy(() -> services.targetImport().commit(new TargetImportService.Request(f, null, null), cancelAfterFirstBatch))
        .isInstanceOf(Progress.CancelledException.class);
    assertThat(count()).isZero();
    assertThat(services.auditor().latest(services.database().dsl(), 1000)).hasSize(auditBefore);
    assertThat(commit(f).created()).isEqualTo(ImportPass.BATCH * 2 + 10);
  }

  @Test
  void oneAuditEntryPerImportAndTheChainVerifies() throws Exception {
    int before = services.auditor().latest(services.database().dsl(), 1000).size();
    commit(file(row(uscc(30), "甲"), row(uscc(31), "乙")));
    var latest = services.auditor().latest(services.database().dsl(), 1000);
    assertThat(latest).hasSize(before + 1);
    assertThat(latest.get(0).action()).isEqualTo("target.import");
    assertThat(latest.get(0).detail()).contains("created=2");
    assertThat(services.auditor().verify(services.database().dsl()).isIntact()).isTrue();
  }

  @Test
  void theReportListsEveryNonBlankRowWithItsExcelRowNumber() throws Exception {
    commit(file(row(uscc(40), "已有")));
    Path f = file(row(uscc(40), "更新"), null, row(uscc(41), "新"), row(uscc(41), "重复"), row("x", "=拒绝"));
    Path report = dir.resolve("report.xlsx");
    services.targetImport().commit(new TargetImportService.Request(f, null, report), Progress.NONE);
    List<Row> rows = new ArrayList<>();
    try (TableReader table = TableReader.open(report)) {
      HeaderMapping h = table.findHeader(List.of(cn.suiji.shared.xlsx.ColumnSpec.required("row", "行号"),
          cn.suiji.shared.xlsx.ColumnSpec.required("outcome", "结果")));
      table.readData(h, rows::add, Progress.NONE);
    }
    assertThat(rows).extracting(r -> r.cell(0)).containsExactly("2", "4", "5", "6");
    assertThat(rows).extracting(r -> r.cell(1)).containsExactly("更新", "新增", "重复", "拒绝");
    assertThat(rows.get(2).cell(2)).contains("第4行");
    assertThat(rows.get(3).cell(2)).contains("统一社会信用代码");
    assertThat(rows.get(3).cell(4)).isEqualTo("=拒绝");
  }

  @Test
  void theTemplateImportsItsOwnExample() throws Exception {
    Path template = dir.resolve("template.xlsx");
    services.targetImport().writeTemplate(template);
    TargetImportSummary s = commit(template);
    assertThat(s.created()).as(s.rejectedRows().toString()).isEqualTo(1);
    Target t = stored("91350100M000100Y43");
    assertThat(t.phone()).isEqualTo("13993312345");
    assertThat(t.foundedDate()).isEqualTo(LocalDate.of(2019, 3, 5));
    assertThat(t.industryCode()).isEqualTo("F5211");
  }

  @Test
  void aDepartmentMustBeChosenWhenThereAreSeveral() throws Exception {
    services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
        List.of(Department.draft("NYJ", "县农业农村局", "崇农", 2))));
    Path f = file(row(uscc(50), "甲"));
    assertThatThrownBy(() -> commit(f)).isInstanceOfSatisfying(SuijiException.class,
        e -> assertThat(e.key()).isEqualTo("directory.target.import.chooseDepartment"));
    TargetImportSummary s = services.targetImport().commit(new TargetImportService.Request(f, "nyj", null), Progress.NONE);
    assertThat(s.departmentCode()).isEqualTo("NYJ");
  }

  private static String toFullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append((char) (c + 0xFEE0));
    }
    return b.toString();
  }
}
