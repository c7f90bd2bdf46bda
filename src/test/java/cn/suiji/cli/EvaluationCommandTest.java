package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.report.domain.OtherInspectionKind;
import cn.suiji.shared.Progress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji report evaluation} on the demo county (its plans of 2026, no draw made): at the
 * year's end every task is past its window undrawn, and indicator 10 names each; the scorecard
 * (.docx) and the rows (.xlsx) read back; refusals exit 2.
 */
class EvaluationCommandTest {
  private static final String AS_OF = "2026-12-31";
  @TempDir
  static Path dir;
  static String db;
  /** department code → tasks it leads in 2026, not cancelled, ended before AS_OF, without a confirmed draw. */
  static final Map<String, Integer> undrawn = new HashMap<>();
  static String firstDepartment;

  @BeforeAll
  static void demoCounty() throws Exception {
    Path file = dir.resolve("demo");
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      firstDepartment = s.evaluation().departments().keySet().iterator().next();
      Path scan = dir.resolve("领导小组文件.pdf");
      Files.writeString(scan, "成立双随机一公开工作领导小组", StandardCharsets.UTF_8);
      s.evaluation().addEvidence(firstDepartment, 2026, 1, scan, LocalDate.of(2026, 2, 3), "县政府办通知");
      s.evaluation().addOtherInspection(firstDepartment, OtherInspectionKind.COMPLAINT, LocalDate.of(2026, 5, 6),
          "崇信县某超市", null, "责令整改", "12315 投诉");
      s.database().dsl().fetch("SELECT d.code, COUNT(*) FROM task t JOIN annual_plan p ON p.id = t.plan_id"
          + " JOIN department d ON d.id = t.lead_department_id WHERE p.plan_year = 2026 AND t.status <> 'CANCELLED'"
          + " AND t.end_date < DATE '" + AS_OF + "' AND NOT EXISTS (SELECT 1 FROM draw w WHERE w.confirmed_task_id = t.id)"
          + " GROUP BY d.code").forEach(r -> undrawn.put(r.get(0, String.class), r.get(1, Integer.class)));
    }
    db = file.toString();
    assertThat(undrawn).as("the demo county has tasks").isNotEmpty();
  }

  @Test
  void indicatorTenOfTheDemoCountyNamesEveryUndrawnTaskPastItsWindow() throws Exception {
    Result r = SuijiCommand.run("report", "evaluation", "--year", "2026", "--as-of", AS_OF, "--json", "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("asOf").asText()).isEqualTo(AS_OF);
    int checked = 0;
    for (JsonNode d : json.get("departments")) {
      assertThat(d.get("rows")).hasSize(14);
      JsonNode ten = d.get("rows").get(9);
      assertThat(ten.get("indicator").asInt()).isEqualTo(10);
      int expected = undrawn.getOrDefault(d.get("code").asText(), 0);
      List<String> problems = new ArrayList<>();
      ten.get("problems").forEach(p -> problems.add(p.asText()));
      assertThat(problems.stream().filter(p -> p.contains("仍未抽取"))).as(d.get("code").asText()).hasSize(expected);
      assertThat(ten.get("figures").get(2).asText()).startsWith("逾期未抽取 " + expected + " 个");
      if (expected > 0) {
        assertThat(ten.get("score").asDouble()).isZero();
        checked++;
      }
    }
    assertThat(checked).isPositive();
    JsonNode first = json.get("departments").get(0);
    assertThat(first.get("code").asText()).isEqualTo(firstDepartment);
    assertThat(first.get("rows").get(0).get("score").asDouble()).isEqualTo(1.0);
    assertThat(first.get("rows").get(13).get("score").asDouble()).isEqualTo(1.0);
    assertThat(first.get("evidence").get(0).get("state").asText()).isEqualTo("INTACT");
  }

  @Test
  void theScorecardDocxHasTheFourteenRowsAndTheEvidenceIndex() throws Exception {
    Path out = dir.resolve("考评表.docx");
    Result r = SuijiCommand.run("report", "evaluation", "--year", "2026", "--department", firstDepartment,
        "--as-of", AS_OF, "--out", out.toString(), "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("2026 年度考评", "10. 双随机抽查", "考评表已写入");
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(2);
      assertThat(tables.get(0).getRows()).hasSize(15);
      assertThat(tables.get(0).getRow(10).getCell(1).getText()).isEqualTo("双随机抽查");
      assertThat(tables.get(0).getRow(10).getCell(4).getText()).contains("逾期未抽取", "仍未抽取");
      assertThat(tables.get(1).getRow(1).getCell(1).getText()).isEqualTo("领导小组文件.pdf");
      assertThat(tables.get(1).getRow(1).getCell(5).getText()).isEqualTo("完好");
      assertThat(doc.getParagraphs().get(0).getText()).contains("2026年度“双随机、一公开”监管工作考评表");
    }
  }

  @Test
  void theSelfEvaluationReportIsTextInTheCountysFormatFromTheSameRows() throws Exception {
    Path out = dir.resolve("自评报告.docx");
    Result r = SuijiCommand.run("report", "evaluation", "--year", "2026", "--department", firstDepartment,
        "--as-of", AS_OF, "--self-report", "--out", out.toString(), "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().split("\\R")).as("the file named as what it is, not as the scorecard")
        .contains("自评报告已写入 " + out + "。").noneMatch(l -> l.contains("考评表已写入"));
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables()).as("paragraphs, not the scorecard's table").isEmpty();
      List<String> lines = doc.getParagraphs().stream().map(p -> p.getText()).toList();
      assertThat(lines.get(0)).endsWith("2026年度“双随机、一公开”监管工作自评报告");
      assertThat(lines).contains("一、总体情况", "二、各项指标完成情况", "三、存在的问题和改进措施", "四、证明材料目录",
          "2026年12月31日");
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("按考评标准 14 项指标自评，总分"));
      // indicator 10 with its figures and what cost points (the undrawn tasks past their window)
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("（十）双随机抽查。").contains("自评", "扣分原因", "逾期未抽取"));
      assertThat(lines).filteredOn(l -> l.matches("^（[一二三四五六七八九十]+）.*")).hasSize(14);
      assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1. 指标 1：领导小组文件.pdf（2026-02-03，县政府办通知")
          .endsWith("完好）"));
      assertThat(doc.getParagraphs().get(2).getRuns().get(0).getFontSizeAsDouble()).as("仿宋 3号").isEqualTo(16.0);
      assertThat(doc.getParagraphs().get(2).getIndentationFirstLine()).as("two characters").isEqualTo(640);
    }
    Result xlsx = SuijiCommand.run("report", "evaluation", "--year", "2026", "--self-report", "--out",
        dir.resolve("自评.xlsx").toString(), "--db", db);
    assertThat(xlsx.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(xlsx.err()).contains("自评报告的文件名须以 .docx 结尾");
  }

  @Test
  void theWorkbookHoldsTheSameRows() throws Exception {
    Path out = dir.resolve("考评.xlsx");
    Result r = SuijiCommand.run("report", "evaluation", "--year", "2026", "--as-of", AS_OF, "--out", out.toString(),
        "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("考评得分", "考评明细", "证明材料目录", "问题线索转办", "其他检查");
      int departments = wb.getSheet("考评得分").getLastRowNum();
      assertThat(wb.getSheet("考评明细").getLastRowNum()).isEqualTo(departments * 14);
      DataFormatter f = new DataFormatter();
      Row rowTen = wb.getSheet("考评明细").getRow(10);
      assertThat(f.formatCellValue(rowTen.getCell(2))).isEqualTo("双随机抽查");
      assertThat(f.formatCellValue(wb.getSheet("其他检查").getRow(1).getCell(1))).isEqualTo("投诉举报");
    }
  }

  @Test
  void aWrongFileKindOrDepartmentIsRefusedWithExitTwo() {
    Result wrong = SuijiCommand.run("report", "evaluation", "--year", "2026", "--out", dir.resolve("x.pdf").toString(),
        "--db", db);
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains(".docx 或 .xlsx");
    Result unknown = SuijiCommand.run("report", "evaluation", "--year", "2026", "--department", "NOPE", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("NOPE");
  }

  @Test
  void theRegistersAreKeptFromTheCommandLine() throws Exception {
    Path photo = dir.resolve("宣传栏.jpg");
    Files.writeString(photo, "照片", StandardCharsets.UTF_8);
    Result added = SuijiCommand.run("report", "evidence", "add", "--department", firstDepartment, "--year", "2026",
        "--indicator", "2", "--file", photo.toString(), "--date", "2026-03-15", "--db", db);
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("宣传栏.jpg", "demo.evidence/");
    Result listed = SuijiCommand.run("report", "evidence", "list", "--year", "2026", "--db", db);
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("宣传栏.jpg", "领导小组文件.pdf", "完好");
    Result other = SuijiCommand.run("report", "other", "add", "--department", firstDepartment, "--kind", "ASSIGNED",
        "--date", "2026-08-01", "--target", "某加油站", "--result", "未发现问题", "--source", "市局交办", "--db", db);
    assertThat(other.exitCode()).as(other.err()).isZero();
    assertThat(SuijiCommand.run("report", "other", "list", "--year", "2026", "--db", db).out())
        .contains("转办交办", "某加油站", "投诉举报");
    Result noResult = SuijiCommand.run("report", "other", "add", "--department", firstDepartment, "--kind", "SPECIAL",
        "--date", "2026-08-01", "--target", "某店", "--result", " ", "--db", db);
    assertThat(noResult.exitCode()).isEqualTo(2);
    assertThat(noResult.err()).contains("请填写检查结果");
  }

  @Test
  void theCountyEditsTheWeightsAndGrades() {
    try {
      Result set = SuijiCommand.run("report", "weights", "--weight", "14=0", "--weight", "10=2.5", "--grade", "好=80",
          "--grade", "差=0", "--db", db);
      assertThat(set.exitCode()).as(set.err()).isZero();
      assertThat(set.out()).contains("10. 双随机抽查　权重 2.5", "14. 其他检查　权重 0", "等次 好：80 分起");
      Result bad = SuijiCommand.run("report", "weights", "--weight", "十=2", "--db", db);
      assertThat(bad.exitCode()).isEqualTo(2);
      assertThat(bad.err()).contains("十=2", "指标序号=权重");
      Result noFloor = SuijiCommand.run("report", "weights", "--grade", "好=80", "--db", db);
      assertThat(noFloor.exitCode()).isEqualTo(2);
      assertThat(SuijiCommand.run("report", "weights", "--db", db).out()).contains("等次 差：0 分起");
    } finally {
      SuijiCommand.run("report", "weights", "--weight", "14=1", "--weight", "10=1", "--grade", "优秀=90", "--grade",
          "良好=75", "--grade", "合格=60", "--grade", "不合格=0", "--db", db);
    }
  }
}
