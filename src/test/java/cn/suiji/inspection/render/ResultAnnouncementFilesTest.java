package cn.suiji.inspection.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.domain.ResultAnnouncement;
import cn.suiji.inspection.domain.TaskResults;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.inspection.service.PublishedResultsFixture;
import cn.suiji.shared.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 检查结果公告 of the demo task with four results, written as .docx and PDF from the default
 * template and read back: the title with its 第N号, the plan, task and departments, one table
 * row per result (with the labels and the remarks), how many are still without a result, no
 * placeholder left, no inspector; the signature kept with the last text; and a long list breaking
 * over pages with the header row repeated.
 */
class ResultAnnouncementFilesTest {
  @TempDir
  static Path dir;
  static PublishedResultsFixture p;
  static ResultAnnouncement announcement;
  static Path docx;
  static Path pdf;

  @BeforeAll
  static void write() {
    p = new PublishedResultsFixture();
    announcement = p.announcements.announce(PublishedResultsFixture.TASK, LocalDate.of(2026, 5, 6));
    docx = dir.resolve("结果公告.docx");
    pdf = dir.resolve("结果公告.pdf");
    new NoticeFiles().resultAnnouncement(announcement, docx, Progress.NONE);
    new NoticeFiles().resultAnnouncement(announcement, pdf, Progress.NONE);
  }

  @AfterAll
  static void close() {
    p.close();
  }

  @Test
  void theDocxSaysWhatTheAnnouncementPublishes() throws IOException {
    String text = docxText(docx);
    TaskResults r = announcement.results();
    assertThat(text).doesNotContain("{{").doesNotContain("}}")
        .contains(r.issuer() + "2026年度第1号").contains("抽查任务检查结果公告").contains(announcement.number())
        .contains(r.taskName()).contains(r.taskNumber()).contains(r.planName()).contains(r.departmentNames())
        .contains(r.type() + "抽查").contains("另有" + r.withoutResult() + "户检查对象尚未形成检查结果")
        .contains("2026年5月6日");
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
      XWPFTable table = doc.getTables().get(0);
      List<String> first = cells(table.getRow(0));
      assertThat(first).containsExactly("序号", "市场主体名称", "统一社会信用代码（注册号）", "检查完成日期", "检查结果", "备注");
      assertThat(table.getRows()).hasSize(1 + 4);
      for (int i = 0; i < 4; i++) {
        TaskResults.Row row = r.rows().get(i);
        assertThat(cells(table.getRow(i + 1))).containsExactly(String.valueOf(i + 1), row.name(), row.code(),
            "2026-04-15", row.resultText(), row.remark());
      }
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
    }
  }

  @Test
  void theSignatureIsKeptWithTheLastLinesOfText() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      int closing = -1;
      for (int i = 0; i < ps.size(); i++) {
        if (ps.get(i).getText().equals("特此公告。")) {
          closing = i;
        }
      }
      assertThat(closing).isPositive();
      // 特此公告。, two blank lines for the seal and the issuer keep with next; the date ends the chain
      for (int i = closing; i < closing + 4; i++) {
        assertThat(ps.get(i).getCTP().getPPr().isSetKeepNext()).as("paragraph %d", i).isTrue();
      }
      assertThat(ps.get(closing + 3).getText()).isEqualTo(announcement.results().issuer());
      assertThat(ps.get(closing + 4).getText()).isEqualTo("2026年5月6日");
    }
  }

  @Test
  void thePdfSaysTheSame() throws IOException {
    String text = pdfText(pdf);
    TaskResults r = announcement.results();
    assertThat(text).contains(strip(r.issuer() + "2026年度第1号")).contains("抽查任务检查结果公告")
        .contains(strip(announcement.number())).contains(strip(r.taskName()))
        .contains("另有" + r.withoutResult() + "户检查对象尚未形成检查结果").doesNotContain("{{");
    for (TaskResults.Row row : r.rows()) {
      assertThat(text).contains(strip(row.code())).contains(strip(row.resultText()));
    }
    assertThat(text).contains("已当场责令改正");
  }

  @Test
  void noInspectorIsPrintedInEitherFile() throws IOException {
    String words = docxText(docx);
    String printed = pdfText(pdf);
    assertThat(p.inspectorParticulars()).isNotEmpty().allSatisfy(s -> {
      assertThat(words).doesNotContain(s);
      assertThat(printed).doesNotContain(strip(s));
    });
  }

  @Test
  void aLongListBreaksOverPagesWithItsHeaderRowRepeated() throws IOException {
    TaskResults r = announcement.results();
    List<TaskResults.Row> rows = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      rows.add(new TaskResults.Row("青岚县第" + (i + 1) + "号测试商店", "91620000MA7" + String.format("%07d", i),
          LocalDate.of(2026, 4, 15), List.of("未发现问题"), ""));
    }
    ResultAnnouncement big = new ResultAnnouncement(announcement.number(), 2026, 1, new TaskResults(r.issuer(),
        r.planCode(), r.planName(), r.taskNumber(), r.taskName(), r.directed(), r.departments(), rows, 0),
        announcement.date());
    Path file = dir.resolve("long.pdf");
    new NoticeFiles().resultAnnouncement(big, file, Progress.NONE);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 2; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(strip(stripper.getText(doc))).as("page %d", page).contains("市场主体名称");
      }
      assertThat(strip(stripper.getText(doc))).contains("特此公告。").contains("2026年5月6日");
      assertThat(strip(new PDFTextStripper().getText(doc))).contains("青岚县第120号测试商店")
          .contains("本次抽查的检查对象均已形成检查结果");
    }
  }

  @Test
  void theDefaultTemplateIsOfferedForEditingLikeTheOthers() {
    assertThat(NoticeFiles.check(TemplateKind.RESULTS, NoticeFiles.defaultTemplate(TemplateKind.RESULTS))).isEmpty();
  }

  static String docxText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
      return ex.getText();
    }
  }

  /** The PDF's text without whitespace: PDFTextStripper puts spaces where the character grid spaces the text. */
  static String pdfText(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return strip(new PDFTextStripper().getText(doc));
    }
  }

  static String strip(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
  }
}
