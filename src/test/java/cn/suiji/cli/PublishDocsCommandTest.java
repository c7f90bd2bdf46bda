package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji publish announce|export|columns} on one demo county file, brought there by the
 * commands a clerk runs: 2026-WJJ-01 drawn, its notices printed and delivered, two results
 * imported from the filled template.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishDocsCommandTest {
  private static final LocalDate TODAY = LocalDate.now();
  private static final String TASK = "2026-WJJ-01";
  @TempDir
  static Path dir;
  static String db;

  @BeforeAll
  static void drawDeliverAndRecord() throws IOException {
    db = dir.resolve("county").toString();
    ok(SuijiCommand.run("demo", "--db", db));
    ok(SuijiCommand.run("draw", "run", "--task", TASK, "--entropy", "07 21 33", "--witness", "王监督",
        "--late-reason", "测试：按演示数据补抽", "--db", db));
    long drawId;
    try (Services s = Services.open(DataFileCheck.existing(db))) {
      drawId = s.draw().list().stream().filter(d -> d.taskCode().equals(TASK)).findFirst().orElseThrow().id();
    }
    String draw = Long.toString(drawId);
    ok(SuijiCommand.run("notice", "print", "--draw", draw, "--out", dir.resolve("n.docx").toString(), "--db", db));
    ok(SuijiCommand.run("notice", "deliver", "--draw", draw, "--date", TODAY.toString(), "--method", "DIRECT",
        "--db", db));
    Path template = dir.resolve("results.xlsx");
    ok(SuijiCommand.run("results", "template", "--draw", draw, "--out", template.toString(), "--db", db));
    Path filled = dir.resolve("filled.xlsx");
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      fill(sheet.getRow(1), "1");
      fill(sheet.getRow(2), "E");
      for (int i = sheet.getLastRowNum(); i > 2; i--) {
        sheet.removeRow(sheet.getRow(i));
      }
      try (OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
    ok(SuijiCommand.run("results", "import", filled.toString(), "--db", db));
  }

  private static void fill(Row row, String codes) {
    row.createCell(3).setCellValue(TODAY.toString());
    row.createCell(6).setCellValue("实地检查");
    row.createCell(7).setCellValue(codes);
    row.createCell(12).setCellValue("按演示数据补查");
  }

  private static Result ok(Result r) {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r;
  }

  @Test
  @Order(1)
  void announceWritesTheNumberedDocxAndPdfWithTheSameNumber() throws IOException {
    Path docx = dir.resolve("公告.docx");
    Result first = ok(SuijiCommand.run("publish", "announce", "--task", TASK, "--out", docx.toString(),
        "--date", TODAY.toString(), "--db", db));
    assertThat(first.out()).contains("抽结〔" + TODAY.getYear() + "〕1号").contains("年度第1号抽查任务检查结果公告")
        .contains("列出 2 户").contains("尚未形成检查结果");
    String words;
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
      words = ex.getText();
    }
    assertThat(words).doesNotContain("{{").contains(TODAY.getYear() + "年度第1号").contains("发现问题经责令已改正");
    Path pdf = dir.resolve("公告.pdf");
    Result again = ok(SuijiCommand.run("publish", "announce", "--task", TASK, "--out", pdf.toString(), "--db", db));
    assertThat(again.out()).contains("抽结〔" + TODAY.getYear() + "〕1号");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("年度第1号")
          .contains("未发现问题").contains("发现问题经责令已改正");
    }
    Result bad = SuijiCommand.run("publish", "announce", "--task", "2026-SCJGJ-04", "--out",
        dir.resolve("x.docx").toString(), "--db", db);
    assertThat(bad.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
  }

  @Test
  @Order(2)
  void exportWritesTheDefaultColumnsAsXlsxAndCsv() throws IOException {
    Path xlsx = dir.resolve("公示.xlsx");
    Result r = ok(SuijiCommand.run("publish", "export", "--task", TASK, "--out", xlsx.toString(), "--db", db));
    assertThat(r.out()).contains("已导出 2 条检查结果").contains("尚未形成检查结果");
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("抽查计划编号");
      assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("备注");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("发现问题经责令已改正");
    }
    Path csv = dir.resolve("公示.csv");
    ok(SuijiCommand.run("publish", "export", "--task", TASK, "--out", csv.toString(), "--db", db));
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("未发现问题").contains(TODAY.toString());
    Result bad = SuijiCommand.run("publish", "export", "--task", TASK, "--out", dir.resolve("x.txt").toString(),
        "--db", db);
    assertThat(bad.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(bad.err()).contains(".xlsx 或 .csv");
  }

  @Test
  @Order(3)
  void columnsShowsLoadsAndResetsTheMapping() throws IOException {
    assertThat(ok(SuijiCommand.run("publish", "columns", "--db", db)).out()).contains("抽查计划编号").contains("备注");
    Path mapping = dir.resolve("列.txt");
    Files.writeString(mapping, "\uFEFF企业名称=市场主体名称\n统一社会信用代码/注册号\n检查结果\n", StandardCharsets.UTF_8);
    assertThat(ok(SuijiCommand.run("publish", "columns", "--load", mapping.toString(), "--db", db)).out())
        .contains("3 列");
    Path csv = dir.resolve("本县.csv");
    ok(SuijiCommand.run("publish", "export", "--task", TASK, "--out", csv.toString(), "--db", db));
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF企业名称,统一社会信用代码/注册号,检查结果\r\n");
    Files.writeString(mapping, "企业名称=市场主体名称\n身份证号=检查人员身份证号\n", StandardCharsets.UTF_8);
    Result refused = SuijiCommand.run("publish", "columns", "--load", mapping.toString(), "--db", db);
    assertThat(refused.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(refused.err()).contains("第 2 行").contains("检查人员身份证号");
    ok(SuijiCommand.run("publish", "columns", "--reset", "--db", db));
    assertThat(ok(SuijiCommand.run("publish", "columns", "--db", db)).out()).startsWith("抽查计划编号");
  }

  @Test
  @Order(4)
  void theCountyCanExportAndLoadBackTheResultAnnouncementsTemplate() throws IOException {
    Path template = dir.resolve("结果公告模板.docx");
    ok(SuijiCommand.run("notice", "template", "export", "--kind", "RESULTS", "--out", template.toString(), "--db", db));
    assertThat(template).isNotEmptyFile();
    ok(SuijiCommand.run("notice", "template", "load", "--kind", "RESULTS", template.toString(), "--db", db));
    Path docx = dir.resolve("再次.docx");
    ok(SuijiCommand.run("publish", "announce", "--task", TASK, "--out", docx.toString(), "--db", db));
    ok(SuijiCommand.run("notice", "template", "reset", "--kind", "RESULTS", "--db", db));
  }
}
