package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji draw print} on a demo county drawn once for 2026-SCJGJ-04. */
class DrawPrintCommandTest {
  @TempDir
  static Path dir;
  static String db;
  static String drawId;

  @BeforeAll
  static void drawOnce() {
    db = dir.resolve("county").toString();
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    Result run = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--witness", "李监督", "--operator", "张操作",
        "--late-reason", "演示数据的期限已过", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Result list = SuijiCommand.run("draw", "list", "--db", db);
    drawId = list.out().lines().filter(l -> l.contains("2026-SCJGJ-04")).findFirst().orElseThrow().split("\t")[0];
  }

  @Test
  void printWritesThePdfAndTheDocx() throws IOException {
    Path pdf = dir.resolve("record.pdf");
    Path docx = dir.resolve("record.docx");
    Result r = SuijiCommand.run("draw", "print", "--draw", drawId, "--pdf", pdf.toString(), "--docx", docx.toString(),
        "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains(pdf.toString()).contains(docx.toString());
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document)).contains("随机抽取记录").contains("2026-SCJGJ-04")
          .contains("逾期理由").contains("演示数据的期限已过");
    }
    try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
      assertThat(document.getTables()).isNotEmpty();
      assertThat(document.getTables().get(0).getText()).contains("逾期理由").contains("演示数据的期限已过");
      assertThat(document.getParagraphs().get(0).getText()).isEqualTo("随机抽取记录");
    }
  }

  @Test
  void anUnknownDrawIsBadInput() {
    Result r = SuijiCommand.run("draw", "print", "--draw", "9999", "--pdf", dir.resolve("x.pdf").toString(),
        "--db", db);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("没有编号为 9999 的抽取记录");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void withoutAnOutputFileItSaysWhatToGive() {
    Result r = SuijiCommand.run("draw", "print", "--draw", drawId, "--db", db);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--pdf");
  }
}
