package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's "done": from the demo county, one command after a draw prints every notice,
 * numbered, in GB/T 9704 form; printing again keeps the numbers; the announcement numbers once.
 */
class NoticePrintCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir
  static Path dir;
  static String db;
  static String drawId;

  @BeforeAll
  static void demoWithADraw() {
    db = dir.resolve("county").toString();
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    Result run = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--late-reason", "测试：按演示数据补抽", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher id = Pattern.compile("抽取记录编号 (\\d+)").matcher(run.out());
    assertThat(id.find()).as(run.out()).isTrue();
    drawId = id.group(1);
  }

  /** The PDF's text without white space: the grid's letter spacing and the line breaks split words. */
  private static String pdfText(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  @Test
  void printNumbersEveryNoticeOnceAndAgainKeepsTheNumbers() throws Exception {
    Path pdf = dir.resolve("notices.pdf");
    Result first = SuijiCommand.run("notice", "print", "--draw", drawId, "--out", pdf.toString(), "--sheets", "--db", db);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("本次签发并编号");
    JsonNode rows = MAPPER.readTree(SuijiCommand.run("notice", "list", "--draw", drawId, "--json", "--db", db).out());
    assertThat(rows.size()).isPositive();
    String firstNumber = rows.get(0).get("number").asText();
    String lastNumber = rows.get(rows.size() - 1).get("number").asText();
    assertThat(firstNumber).matches(".+〔\\d{4}〕1号");
    assertThat(lastNumber).endsWith("〔" + firstNumber.replaceAll(".*〔(\\d{4})〕.*", "$1") + "〕" + rows.size() + "号");
    String text = pdfText(pdf);
    assertThat(text).contains(firstNumber).contains(lastNumber).contains(rows.get(0).get("target").asText());
    // GB/T 9704: the issuer and the date never stand on a page without text of the notice
    java.time.LocalDate issued = java.time.LocalDate.parse(rows.get(0).get("issued").asText());
    String date = issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日";
    int signed = 0;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper page = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        page.setStartPage(i);
        page.setEndPage(i);
        String onPage = page.getText(doc).replaceAll("\\s+", "");
        if (onPage.contains(date) && !onPage.contains("检查记录表")) {
          signed++;
          assertThat(onPage).as("page %d", i).contains("联系电话");
        }
      }
    }
    assertThat(signed).isEqualTo(rows.size());

    Path docx = dir.resolve("again.docx");
    Result again = SuijiCommand.run("notice", "print", "--draw", drawId, "--out", docx.toString(), "--db", db);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("沿用已有文号");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText()).contains(firstNumber).contains(lastNumber).doesNotContain("{{");
    }
  }

  @Test
  void theAnnouncementIsNumberedOnceAndListsTheTask() throws Exception {
    Path one = dir.resolve("announce-1.pdf");
    Result first = SuijiCommand.run("notice", "announce", "--task", "2026-SCJGJ-04", "--out", one.toString(), "--db", db);
    assertThat(first.exitCode()).as(first.err()).isZero();
    String number = first.out().replaceAll("(?s).*抽查任务公告 (\\S+)（.*", "$1");
    assertThat(number).contains("〔");
    Path two = dir.resolve("announce-2.docx");
    Result second = SuijiCommand.run("notice", "announce", "--task", "2026-SCJGJ-04", "--out", two.toString(), "--db", db);
    assertThat(second.out()).contains(number);
    assertThat(pdfText(one)).contains(number).contains("2026-SCJGJ-04");
  }

  @Test
  void aFileThatIsNeitherDocxNorPdfIsRefused() {
    Result r = SuijiCommand.run("notice", "print", "--draw", drawId, "--out", dir.resolve("n.txt").toString(), "--db", db);
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains(".docx").contains(".pdf");
  }
}
