package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.report.service.ScriptedYear;
import cn.suiji.shared.db.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji report stats} on a data file holding the scripted year of the statistics' tests
 * (its figures known by construction): the workbook read back sheet by sheet, the JSON, refusals.
 */
class ReportCommandTest {
  @TempDir
  static Path dir;
  static String db;

  @BeforeAll
  static void scriptedYearOnFile() {
    Path file = dir.resolve("county");
    new ScriptedYear(Database.openFile(file)).close();
    db = file.toString();
  }

  private static List<List<String>> rows(Sheet sheet) {
    DataFormatter f = new DataFormatter();
    List<List<String>> out = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getLastCellNum(); i++) {
        Cell c = row.getCell(i);
        cells.add(c == null ? "" : f.formatCellValue(c));
      }
      out.add(cells);
    }
    return out;
  }

  @Test
  void writesOneSheetPerGroupingWithTheFiguresAndTheWarnings() throws Exception {
    Path out = dir.resolve("stats.xlsx");
    Result r = SuijiCommand.run("report", "stats", "--year", "2026", "--out", out.toString(), "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("已抽查 19 户", "名录库在册 25 户", "SCJGJ 县市场监督管理局", "统计表已写入");
    try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("概况", "按部门", "按事项", "按乡镇", "按行业", "按任务", "按月份", "检查结果代码",
          "预警-多次发现问题", "预警-乡镇问题发现率", "预警-行业问题发现率", "预警-逾期未完结处置", "预警-转办未反馈");
      List<List<String>> departments = rows(wb.getSheet("按部门"));
      assertThat(departments.get(0)).startsWith("代码", "名称", "计划抽查数", "未定数任务", "已抽取");
      assertThat(departments.get(1)).containsExactly("SCJGJ", "县市场监督管理局", "16", "1", "16", "14", "12", "4", "6",
          "5", "3", "1", "75", "33.3", "33.3", "83.3");
      assertThat(departments.get(2)).startsWith("WJJ", "县卫生健康局", "5", "0", "4", "2", "2", "1", "1", "1", "1", "1",
          "50", "50", "100", "100");
      assertThat(departments.get(3)).startsWith("", "合计", "21", "1", "20", "16", "14", "5", "7", "6", "4", "2", "70");
      List<List<String>> months = rows(wb.getSheet("按月份"));
      assertThat(months).extracting(row -> row.get(0)).containsExactly("代码", "", "2026-04", "2026-05", "2026-06", "");
      assertThat(months.get(1)).startsWith("", "（尚未录入结果）", "", "", "6");
      assertThat(rows(wb.getSheet("检查结果代码")).get(1)).containsExactly("1", "未发现问题", "无问题", "8", "57.1");
      List<List<String>> summary = rows(wb.getSheet("概况"));
      assertThat(summary).contains(List.of("覆盖率（%）", "76"));
      assertThat(rows(wb.getSheet("预警-多次发现问题"))).extracting(row -> row.get(0)).containsExactly(
          "信用代码/注册号", "K1", "K2");
      assertThat(rows(wb.getSheet("预警-转办未反馈"))).hasSize(2);
      assertThat(rows(wb.getSheet("预警-乡镇问题发现率"))).as("no township has 30 inspected").hasSize(1);
    }
  }

  @Test
  void jsonHoldsEveryGroupingAndTheRates() throws Exception {
    Result r = SuijiCommand.run("report", "stats", "--year", "2026", "--department", "WJJ", "--json", "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("year").asInt()).isEqualTo(2026);
    assertThat(json.path("department").asText()).isEqualTo("WJJ");
    assertThat(json.path("coverage").path("covered").asInt()).isEqualTo(4);
    assertThat(json.path("coverage").path("directory").asInt()).isEqualTo(6);
    JsonNode wjj = json.path("views").path("department").get(0);
    assertThat(wjj.path("key").asText()).isEqualTo("WJJ");
    assertThat(wjj.path("planned").asInt()).isEqualTo(5);
    assertThat(wjj.path("completion").asDouble()).isEqualTo(0.5);
    assertThat(json.path("views").path("township").get(0).has("planned")).as("a township has no plan").isFalse();
    assertThat(json.path("views").path("task")).hasSize(1);
    assertThat(json.path("total").path("onTimeRate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void refusesAnUnknownDepartmentAndAFileThatIsNotAWorkbook() {
    Result unknown = SuijiCommand.run("report", "stats", "--year", "2026", "--department", "XYZ", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(unknown.err()).contains("没有代码为“XYZ”的执法部门");
    Result csv = SuijiCommand.run("report", "stats", "--year", "2026", "--out", dir.resolve("s.csv").toString(),
        "--db", db);
    assertThat(csv.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(csv.err()).contains(".xlsx");
    assertThat(dir.resolve("s.csv")).doesNotExist();
    Result badYear = SuijiCommand.run("report", "stats", "--year", "二〇二六", "--db", db);
    assertThat(badYear.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
  }

  @Test
  void printsAPeriodToPdfWithEachGroupingsTableAndChart() throws Exception {
    Path out = dir.resolve("period.pdf");
    Result r = SuijiCommand.run("report", "stats", "--from", "2026-05-01", "--to", "2026-06-10", "--out",
        out.toString(), "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    String text;
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(6);
      text = new PDFTextStripper().getText(pdf);
    }
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat).contains("2026-05-01 至 2026-06-10 期间统计分析（全部部门） 按部门", " 按月份 ", " 按乡镇 ",
        "图表：抽取、检查、发现问题", "按结果代码", "第1页 共6页");
    // to 10 June: 15 drawn (6 without a result, 8 in May, 1 on 1 June), 9 inspected; planned the tasks' whole
    assertThat(flat).contains("SCJGJ 县市场监督管理局 16 12 10 8 0 1/2 0/0 66.7%", "合计 21 15 11 9 1 2/3 1/1 60.0%",
        "2026-06 2026-06 — 1 1 1 1");
    Result json = SuijiCommand.run("report", "stats", "--from", "2026-05-01", "--to", "2026-06-10", "--json", "--db", db);
    assertThat(new ObjectMapper().readTree(json.out()).path("total").path("drawn").asInt()).isEqualTo(15);
  }

  @Test
  void refusesAYearAndAPeriodTogetherOrHalfAPeriod() {
    Result both = SuijiCommand.run("report", "stats", "--year", "2026", "--from", "2026-05-01", "--to", "2026-06-10",
        "--db", db);
    assertThat(both.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(both.err()).contains("二者选一");
    Result half = SuijiCommand.run("report", "stats", "--from", "2026-05-01", "--db", db);
    assertThat(half.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    Result backwards = SuijiCommand.run("report", "stats", "--from", "2026-06-01", "--to", "2026-05-01", "--db", db);
    assertThat(backwards.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(backwards.err()).contains("开始日期不能晚于结束日期");
  }
}
