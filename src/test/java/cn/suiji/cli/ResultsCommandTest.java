package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.shared.time.CalendarFile;
import cn.suiji.shared.time.Deadline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji results template|import} and {@code suiji publish due} on one demo county file:
 * 2026-WJJ-01 drawn, the notices of its first three targets delivered, the template filled in
 * for them (one row wrong) and imported, then the deadlines listed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultsCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.now();
  @TempDir
  static Path dir;
  static String db;
  static long drawId;
  static Path template;

  @BeforeAll
  static void drawAndDeliver() {
    db = dir.resolve("county").toString();
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    Result draw = SuijiCommand.run("draw", "run", "--task", "2026-WJJ-01", "--entropy", "07 21 33", "--witness", "王监督",
        "--late-reason", "测试：按演示数据补抽", "--db", db);
    assertThat(draw.exitCode()).as(draw.err()).isZero();
    try (Services s = Services.open(DataFileCheck.existing(db))) {
      drawId = s.draw().list().stream().filter(d -> d.taskCode().equals("2026-WJJ-01")).findFirst().orElseThrow().id();
      s.results().drawSheet(drawId).stream().limit(3)
          .forEach(r -> s.inspections().move(r.inspectionId(), InspectionStatus.NOTIFIED, LocalDate.of(2026, 3, 20), null));
    }
    template = dir.resolve("results.xlsx");
  }

  @Test
  @Order(1)
  void templateWritesTheDrawsTargetsAndInspectors() throws IOException {
    Result r = SuijiCommand.run("results", "template", "--draw", Long.toString(drawId), "--out", template.toString(),
        "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("抽取记录 " + drawId).contains(template.toString());
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Row first = wb.getSheetAt(0).getRow(1);
      assertThat((long) first.getCell(0).getNumericCellValue()).isEqualTo(drawId);
      assertThat(first.getCell(1).getStringCellValue()).isNotBlank();
      assertThat(first.getCell(4).getStringCellValue()).contains("、");
    }
    Result unknown = SuijiCommand.run("results", "template", "--draw", "999", "--out", dir.resolve("x.xlsx").toString(),
        "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(unknown.err()).contains("没有编号为 999 的抽取记录");
  }

  @Test
  @Order(2)
  void importFillsTheTemplateRowsAndNamesTheRejectedOnesColumn() throws IOException {
    Path filled = dir.resolve("filled.xlsx");
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      // the command draws on the system clock's day, after the task's window: results of that day, with a note
      fill(sheet.getRow(1), TODAY.toString(), "1");
      fill(sheet.getRow(2), TODAY.toString(), "E");
      fill(sheet.getRow(3), TODAY.toString(), "1、C");
      for (int i = sheet.getLastRowNum(); i > 3; i--) {
        sheet.removeRow(sheet.getRow(i));
      }
      try (OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
    Result dry = SuijiCommand.run("results", "import", filled.toString(), "--dry-run", "--json", "--db", db);
    assertThat(dry.exitCode()).as(dry.err()).isZero();
    assertThat(MAPPER.readTree(dry.out()).get("created").asInt()).isEqualTo(2);

    Result r = SuijiCommand.run("results", "import", filled.toString(), "--json", "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = MAPPER.readTree(r.out());
    assertThat(json.get("read").asInt()).isEqualTo(3);
    assertThat(json.get("created").asInt()).isEqualTo(2);
    assertThat(json.get("rejected").asInt()).isEqualTo(1);
    assertThat(json.get("rejectedRows").get(0).get("row").asInt()).isEqualTo(4);
    assertThat(json.get("rejectedRows").get(0).get("reason").asText()).startsWith("“检查结果代码”列：");

    Result again = SuijiCommand.run("results", "import", filled.toString(), "--db", db);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("已录入检查结果");
  }

  private static void fill(Row row, String date, String codes) {
    row.createCell(3).setCellValue(date);
    row.createCell(6).setCellValue("实地检查");
    row.createCell(7).setCellValue(codes);
    row.createCell(12).setCellValue("按演示数据补查");
  }

  @Test
  @Order(3)
  void publishDuePrintsTheIssuesJson() throws IOException {
    Deadline due = CalendarFile.builtIn().deadline(TODAY, 20);
    Result r = SuijiCommand.run("publish", "due", "--as-of", TODAY.toString(), "--json", "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = MAPPER.readTree(r.out());
    assertThat(json.get("asOf").asText()).isEqualTo(TODAY.toString());
    assertThat(json.get("items")).hasSize(2);
    JsonNode first = json.get("items").get(0);
    List<String> names = fieldNames(first);
    assertThat(names).containsExactly("task", "target", "resultDate", "dueDate", "workdaysLeft", "state", "provisional");
    assertThat(first.get("task").asText()).isEqualTo("2026-WJJ-01");
    assertThat(first.get("resultDate").asText()).isEqualTo(TODAY.toString());
    assertThat(first.get("dueDate").asText()).isEqualTo(due.date().toString());
    assertThat(first.get("workdaysLeft").asInt()).isEqualTo(20);
    assertThat(first.get("state").asText()).isEqualTo("ok");
    assertThat(first.get("provisional").asBoolean()).isEqualTo(due.provisional());

    Result text = SuijiCommand.run("publish", "due", "--as-of", due.date().plusDays(1).toString(), "--db", db);
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("待公示 2 条").contains("已逾期").contains("超过检查期限未录入结果");

    Result bad = SuijiCommand.run("publish", "due", "--as-of", "2026-02-30", "--db", db);
    assertThat(bad.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
  }

  @Test
  @Order(4)
  void publishMarkPublishesTheTasksResultsWithTheReceipt() throws IOException {
    Result unreviewed = SuijiCommand.run("publish", "mark", "--task", "2026-WJJ-01", "--date", TODAY.toString(), "--db", db);
    assertThat(unreviewed.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(unreviewed.err()).contains("--reviewer");
    Result reviewedLater = SuijiCommand.run("publish", "mark", "--task", "2026-WJJ-01", "--date", TODAY.minusDays(1).toString(),
        "--reviewer", "张科长", "--reviewed-on", TODAY.toString(), "--db", db);
    assertThat(reviewedLater.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(reviewedLater.err()).contains("须先审核、后公示");
    Result future = SuijiCommand.run("publish", "mark", "--task", "2026-WJJ-01", "--date", TODAY.plusDays(1).toString(),
        "--reviewer", "张科长", "--db", db);
    assertThat(future.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(future.err()).contains("晚于今天");
    Result unknown = SuijiCommand.run("publish", "mark", "--task", "2026-XX-99", "--date", TODAY.toString(),
        "--reviewer", "张科长", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(unknown.err()).contains("没有已录入、尚未公示的检查结果");

    Path receipt = dir.resolve("receipt.pdf");
    Files.writeString(receipt, "公示系统确认页");
    Result r = SuijiCommand.run("publish", "mark", "--task", "2026-WJJ-01", "--date", TODAY.toString(), "--receipt",
        receipt.toString(), "--reviewer", "张科长", "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 条检查结果已标记为 " + TODAY + " 公示").contains("SHA-256")
        .contains("按期公示率：2/2（100.0%）").contains("发布前审核：张科长，" + TODAY);
    try (java.util.stream.Stream<Path> kept = Files.list(dir.resolve("county.receipts"))) {
      assertThat(kept.filter(p -> p.toString().endsWith(".pdf"))).singleElement()
          .satisfies(p -> assertThat(p).hasContent("公示系统确认页"));
    }
    try (Services s = Services.open(DataFileCheck.existing(db))) {
      assertThat(s.results().drawSheet(drawId).stream().filter(row -> row.status() == InspectionStatus.PUBLISHED))
          .hasSize(2);
    }
    Result due = SuijiCommand.run("publish", "due", "--as-of", TODAY.toString(), "--json", "--db", db);
    assertThat(MAPPER.readTree(due.out()).get("items")).isEmpty();
    Result again = SuijiCommand.run("publish", "mark", "--task", "2026-WJJ-01", "--date", TODAY.toString(),
        "--reviewer", "张科长", "--db", db);
    assertThat(again.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
