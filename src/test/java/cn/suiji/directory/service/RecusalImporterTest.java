package cn.suiji.directory.service;

import static cn.suiji.directory.service.RecusalFixtures.uscc;
import static cn.suiji.directory.service.RecusalFixtures.regNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Recusal;
import cn.suiji.directory.domain.RecusalFilter;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.HeaderMapping;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recusal import on an H2 file with {@link RecusalFixtures}' directory; every messy case its own file. */
class RecusalImporterTest {
  private static final List<String> HEADER = List.of("执法证号", "执法人员姓名", "统一社会信用代码", "检查对象名称", "回避原因", "来源", "备注");

  @TempDir
  Path dir;
  private Services services;
  private TableImporter importer;

  @BeforeEach
  void open() {
    services = Services.open(dir.resolve("db"));
    RecusalFixtures.seed(services);
    importer = services.importer(ImportKind.RECUSALS);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private Path file(List<?>... rows) throws Exception {
    List<List<?>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(Arrays.asList(rows));
    return RecusalFixtures.xlsx(dir.resolve("r-" + UUID.randomUUID() + ".xlsx"), all);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private ImportSummary commit(Path file) {
    return importer.commit(ImportRequest.of(file), Progress.NONE);
  }

  private List<Recusal> stored() {
    return services.recusals().list(RecusalFilter.all());
  }

  private static RowProblem problem(ImportSummary s, int row) {
    return s.rejectedRows().stream().filter(p -> p.row() == row).findFirst().orElseThrow();
  }

  @Test
  void importsByCertificateAndCodeWithReasonAndSource() throws Exception {
    ImportSummary s = commit(file(row("62001", "张三", uscc(1), "甲商行", "亲属", "本人申报", "配偶任监事"),
        row("62002", "", regNo(2), "", "曾任职", "系统发现", "")));
    assertThat(s.created()).isEqualTo(2);
    assertThat(s.rejected()).isZero();
    List<Recusal> all = stored();
    assertThat(all).hasSize(2);
    Recusal zhang = all.stream().filter(r -> r.inspectorName().equals("张三")).findFirst().orElseThrow();
    assertThat(zhang.reason()).isEqualTo(RecusalReason.KIN);
    assertThat(zhang.source()).isEqualTo(RecusalSource.DECLARED);
    assertThat(zhang.note()).isEqualTo("配偶任监事");
    Recusal li = all.stream().filter(r -> r.inspectorName().equals("李四")).findFirst().orElseThrow();
    assertThat(li.targetCode()).isEqualTo(regNo(2));
    assertThat(li.source()).isEqualTo(RecusalSource.FOUND);
    assertThat(li.reason()).isEqualTo(RecusalReason.FORMER_EMPLOYMENT);
  }

  @Test
  void aTitleRowAboveAndSynonymHeadersAreFound() throws Exception {
    Path f = RecusalFixtures.xlsx(dir.resolve("title.xlsx"), List.of(
        List.of("崇信县市场监管局执法人员回避情况登记表"),
        List.of("序号", "姓名", "社会信用代码", "回避事由", "说明"),
        List.of(1, "张三", uscc(1), "近亲属", "　表弟为股东　")));
    ImportSummary s = commit(f);
    assertThat(s.created()).isEqualTo(1);
    assertThat(stored().get(0).note()).isEqualTo("表弟为股东");
    assertThat(stored().get(0).reason()).isEqualTo(RecusalReason.KIN);
  }

  @Test
  void theSamePairAgainIsUnchangedAndAChangedReasonShowsOldAndNew() throws Exception {
    commit(file(row("62001", "张三", uscc(1), "", "亲属", "", "表弟为股东")));
    ImportSummary same = commit(file(row("62001", "张三", uscc(1), "", " 近亲属 ", "本人申报", "表弟为股东")));
    assertThat(List.of(same.updated(), same.unchanged())).as(same.changedRows().toString()).containsExactly(0, 1);
    ImportSummary changed = commit(file(row("62001", "张三", uscc(1), "", "利害关系", "本人申报", "表弟为股东")));
    assertThat(changed.updated()).isEqualTo(1);
    assertThat(changed.changedRows()).singleElement().satisfies(c -> assertThat(c.changes()).isEqualTo("回避原因：亲属 → 利害关系"));
  }

  @Test
  void anExistingPairIsUpdatedNotDoubled() throws Exception {
    commit(file(row("62001", "张三", uscc(1), "", "亲属", "", "")));
    ImportSummary s = commit(file(row("62001", "张三", uscc(1), "", "利害关系", "系统发现", "持股")));
    assertThat(s.updated()).isEqualTo(1);
    assertThat(s.created()).isZero();
    assertThat(stored()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(RecusalReason.INTEREST);
      assertThat(r.source()).isEqualTo(RecusalSource.FOUND);
      assertThat(r.note()).isEqualTo("持股");
    });
  }

  @Test
  void aRepeatedPairInTheFileIsADuplicateNamingTheEarlierRow() throws Exception {
    ImportSummary s = commit(file(row("62001", "张三", uscc(1), "", "亲属", "", ""),
        row("", "张三", "", "甲商行", "其他", "", "")));
    assertThat(s.created()).isEqualTo(1);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(stored()).hasSize(1);
  }

  @Test
  void aNameThatIsTwoInspectorsIsRefusedNamingIt() throws Exception {
    // 王五 and 王 五 are the same name once the space is gone
    ImportSummary s = commit(file(row("", "王五", uscc(1), "", "亲属", "", "")));
    assertThat(s.rejected()).isEqualTo(1);
    RowProblem p = problem(s, 2);
    assertThat(p.column()).isEqualTo("执法人员姓名");
    assertThat(p.reason()).contains("王五").contains("2").contains("执法证号");
  }

  @Test
  void unknownCodesAndNamesAreRefusedNamingTheColumnAndRow() throws Exception {
    ImportSummary s = commit(file(
        row("99999", "", uscc(1), "", "亲属", "", ""),
        row("62001", "", uscc(77), "", "亲属", "", ""),
        row("", "赵六", uscc(1), "", "亲属", "", ""),
        row("62001", "", "", "不存在的店", "亲属", "", ""),
        row("62001", "", "", "同名商店", "亲属", "", "")));
    assertThat(s.rejected()).isEqualTo(5);
    assertThat(problem(s, 2).column()).isEqualTo("执法证号");
    assertThat(problem(s, 2).reason()).contains("99999");
    assertThat(problem(s, 3).column()).isEqualTo("统一社会信用代码");
    assertThat(problem(s, 3).reason()).contains(uscc(77));
    assertThat(problem(s, 4).column()).isEqualTo("执法人员姓名");
    assertThat(problem(s, 4).reason()).contains("赵六");
    assertThat(problem(s, 5).column()).isEqualTo("检查对象名称");
    assertThat(problem(s, 6).reason()).contains("同名商店").contains("多个");
    assertThat(stored()).isEmpty();
  }

  @Test
  void badReasonsAndSourcesAndANameThatIsNotTheCertificatesAreRefused() throws Exception {
    ImportSummary s = commit(file(
        row("62001", "", uscc(1), "", "朋友", "", ""),
        row("62001", "", uscc(1), "", "", "", ""),
        row("62001", "", uscc(1), "", "亲属", "群众举报", ""),
        row("62001", "李四", uscc(1), "", "亲属", "", "")));
    assertThat(s.rejected()).isEqualTo(4);
    assertThat(problem(s, 2).column()).isEqualTo("回避原因");
    assertThat(problem(s, 2).reason()).contains("朋友");
    assertThat(problem(s, 3).column()).isEqualTo("回避原因");
    assertThat(problem(s, 4).column()).isEqualTo("来源");
    assertThat(problem(s, 5).reason()).contains("李四").contains("张三");
  }

  @Test
  void aPreviewCountsButWritesNothing() throws Exception {
    ImportSummary s = importer.preview(ImportRequest.of(file(row("62001", "张三", uscc(1), "", "亲属", "", ""))), Progress.NONE);
    assertThat(s.dryRun()).isTrue();
    assertThat(s.created()).isEqualTo(1);
    assertThat(stored()).isEmpty();
  }

  @Test
  void aGbkCsvWithFullWidthCodesAndTheReportListsEveryRow() throws Exception {
    Path csv = dir.resolve("r.csv");
    String fullWidth = uscc(1).chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
    Files.writeString(csv, "人员编号,统一社会信用代码/注册号,回避原因\nSCJGJ-001," + fullWidth + ",亲属\nSCJGJ-002," + regNo(2)
        + ",利害关系\nSCJGJ-404," + uscc(1) + ",亲属\n", Charset.forName("GBK"));
    Path report = dir.resolve("report.xlsx");
    ImportSummary s = importer.commit(ImportRequest.of(csv).withReport(report), Progress.NONE);
    assertThat(s.created()).isEqualTo(2);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(problem(s, 4).column()).isEqualTo("人员编号");
    List<List<String>> lines = new ArrayList<>();
    try (TableReader r = TableReader.open(report)) {
      r.read(r.sheetNames().get(0), row -> lines.add(row.cells()), Progress.NONE);
    }
    assertThat(lines).hasSize(4);
    assertThat(lines.get(3).get(0)).isEqualTo("4");
    assertThat(lines.get(3).get(1)).isEqualTo("拒绝");
  }

  @Test
  void findingTheHeaderListsAMissingReasonColumnAndPreviewRefusesItNamingTheColumn() throws Exception {
    Path f = RecusalFixtures.xlsx(dir.resolve("noreason.xlsx"), List.of(List.of("执法证号", "检查对象名称", "关系"),
        List.of("62001", "某某商贸有限公司", "亲属")));
    HeaderMapping found = importer.findHeader(f);
    assertThat(found.missingRequired()).containsExactly("reason");
    assertThatThrownBy(() -> importer.preview(ImportRequest.of(f).withMapping(found), Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("directory.recusal.import.missingColumns");
          assertThat(String.valueOf(e.args()[1])).isEqualTo("回避原因");
        });
  }

  @Test
  void aFileWithoutInspectorOrTargetColumnsIsRefusedAsAWhole() throws Exception {
    Path f = RecusalFixtures.xlsx(dir.resolve("bad.xlsx"), List.of(List.of("执法证号", "回避原因"), List.of("62001", "亲属")));
    assertThatThrownBy(() -> commit(f)).isInstanceOf(SuijiException.class)
        .extracting(e -> ((SuijiException) e).key()).isEqualTo("directory.recusal.import.missingColumns");
  }

  @Test
  void theTemplateReadsBackWithEveryColumn() throws Exception {
    Path t = dir.resolve("template.xlsx");
    importer.writeTemplate(t);
    assertThat(importer.findHeader(t).columns()).hasSize(importer.columns().size());
  }
}
