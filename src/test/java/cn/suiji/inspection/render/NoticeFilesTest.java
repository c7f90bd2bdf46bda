package cn.suiji.inspection.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.cli.bench.SampleNotices;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.shared.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Three targets' notices and record sheets (one target with a joint task, every second notice
 * without materials) written as .docx and PDF: the .docx read back (A4, GB/T 9704 margins and
 * grid, fonts and sizes, every placeholder filled, one section per document with page numbers
 * from 1), the PDF's text (addressees, numbers, the inspectors' certificate numbers, a page per
 * document at least), a voided notice marked 作废, and a cancelled batch leaving no file.
 */
class NoticeFilesTest {
  @TempDir
  static Path dir;
  static SampleNotices.Batch batch;
  static Path docx;
  static Path pdf;

  @BeforeAll
  static void write() {
    batch = SampleNotices.generate(3);
    docx = dir.resolve("notices.docx");
    pdf = dir.resolve("notices.pdf");
    List<long[]> seen = new ArrayList<>();
    Progress watched = new Progress() {
      @Override
      public void update(long done, long total) {
        seen.add(new long[] {done, total});
      }

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
    new NoticeFiles().notices(batch.notices(), batch.sheets(), docx, watched);
    assertThat(seen).hasSize(6).last().satisfies(last -> assertThat(last).containsExactly(6, 6));
    new NoticeFiles().notices(batch.notices(), batch.sheets(), pdf, Progress.NONE);
  }

  @Test
  void theDocxIsA4WithTheGbMarginsAndGridAndOneSectionPerDocument() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
      List<CTSectPr> sections = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
          sections.add(p.getCTP().getPPr().getSectPr());
        }
      }
      sections.add(doc.getDocument().getBody().getSectPr());
      assertThat(sections).hasSize(6);
      CTSectPr notice = sections.get(0);
      assertThat(notice.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(notice.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      CTPageMar m = notice.getPgMar();
      // 37, 35, 28 and 26 mm in twips
      assertThat(List.of(m.getTop(), m.getBottom(), m.getLeft(), m.getRight()))
          .containsExactly(BigInteger.valueOf(2098), BigInteger.valueOf(1984), BigInteger.valueOf(1588),
              BigInteger.valueOf(1474));
      CTDocGrid grid = notice.getDocGrid();
      assertThat(grid.getLinePitch()).isEqualTo(BigInteger.valueOf(579));
      assertThat(grid.getCharSpace()).isEqualTo(BigInteger.valueOf(-849));
      // 22 lines of 579 twips fill the 225 mm text block; 28 characters of 16 pt less 0.25 pt fit 156 mm
      assertThat(22 * 579).isLessThanOrEqualTo(16838 - 2098 - 1984);
      assertThat(28 * (16 - 0.25) * 20).isLessThanOrEqualTo(11906 - 1588 - 1474);
      for (CTSectPr s : sections) {
        assertThat(s.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
      }
    }
  }

  @Test
  void bodyAndTitleHaveTheirFontsAndSizesAndEveryPlaceholderIsFilled() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      XWPFRun title = paragraphs.stream().filter(p -> p.getText().equals("检查通知书")).findFirst().orElseThrow()
          .getRuns().get(0);
      assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
      assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
      XWPFRun body = paragraphs.stream().filter(p -> p.getText().startsWith("根据《国务院办公厅")).findFirst()
          .orElseThrow().getRuns().get(0);
      assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
      assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
      String text = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
      InspectionNotice first = batch.notices().get(0);
      assertThat(text).contains(first.addressee() + "：").contains(first.number())
          .contains("不配合检查情节严重").contains("不收取任何费用").contains("申请其回避");
    }
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      String document = read(zip, "word/document.xml");
      assertThat(document).doesNotContain("{{").doesNotContain("}}").doesNotContain("｛｛");
      for (InspectionNotice n : batch.notices()) {
        for (InspectionNotice.Party party : n.departments()) {
          for (InspectionNotice.Officer o : party.inspectors()) {
            assertThat(document).contains(o.certNo());
          }
        }
      }
      // Word falls back from 仿宋_GB2312 to 仿宋, and from 方正小标宋简体 to 黑体
      String fonts = read(zip, "word/fontTable.xml");
      assertThat(fonts).contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
          .contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"黑体\"/>");
      // — 1 — at the outer edge: odd pages right, even pages left
      assertThat(read(zip, "word/settings.xml")).contains("<w:evenAndOddHeaders/>");
      String odd = read(zip, "word/footer1.xml") + read(zip, "word/footer2.xml");
      assertThat(odd).contains("<w:jc w:val=\"right\"/>").contains("<w:jc w:val=\"left\"/>").contains("PAGE")
          .contains("— ").contains("<w:sz w:val=\"28\"/>");
    }
  }

  @Test
  void thePdfSaysWhatTheNoticesSay() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String raw = new PDFTextStripper().getText(doc);
      // the extracted text shows the space set between Chinese and digits as a blank: compare without
      String text = squeezed(raw);
      for (InspectionNotice n : batch.notices()) {
        assertThat(text).contains(n.addressee()).contains(n.number());
        n.departments().forEach(p -> p.inspectors().forEach(o -> assertThat(text).contains(o.certNo())));
      }
      for (RecordSheet s : batch.sheets()) {
        assertThat(text).contains(s.targetCode());
      }
      assertThat(text).doesNotContain("{{");
      // each notice starts on a page numbered — 1 —, each sheet on a 第 1 页
      assertThat(count(raw, "— 1 —")).isEqualTo(batch.notices().size());
      assertThat(count(raw, "第 1 页")).isEqualTo(batch.sheets().size());
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(batch.notices().size() + batch.sheets().size());
      PDPage first = doc.getPage(0);
      assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.2f));
      assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.2f));
    }
  }

  @Test
  void aVoidedNoticeIsMarkedInBothFiles() throws IOException {
    List<InspectionNotice> notices = List.of(voided(batch.notices().get(0)));
    Path voidPdf = dir.resolve("void.pdf");
    Path voidDocx = dir.resolve("void.docx");
    new NoticeFiles().notices(notices, List.of(), voidPdf, Progress.NONE);
    new NoticeFiles().notices(notices, List.of(), voidDocx, Progress.NONE);
    try (PDDocument doc = Loader.loadPDF(voidPdf.toFile())) {
      assertThat(squeezed(new PDFTextStripper().getText(doc))).contains("作废").contains(notices.get(0).number());
    }
    try (ZipFile zip = new ZipFile(voidDocx.toFile())) {
      assertThat(read(zip, "word/document.xml")).contains("作废（本通知书已作废").contains("string=\"作废\"");
    }
  }

  @Test
  void theAnnouncementListsTheDrawnTargets() throws IOException {
    Path out = dir.resolve("announcement.pdf");
    new NoticeFiles().announcement(batch.announcement(), out, Progress.NONE);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      String text = squeezed(new PDFTextStripper().getText(doc));
      assertThat(text).contains("抽查任务公告").contains(batch.announcement().number()).contains("不定向抽查")
          .contains("抽查对象名单");
      batch.announcement().targets().forEach(t -> assertThat(text).contains(t.name()));
    }
  }

  @Test
  void aCancelledBatchLeavesNoFileAndTheOldOneUntouched() throws IOException {
    for (String name : List.of("cancelled.pdf", "cancelled.docx")) {
      Path out = dir.resolve(name);
      Files.writeString(out, "old");
      Progress cancelAfterTwo = new Progress() {
        private long done;

        @Override
        public void update(long d, long total) {
          done = d;
        }

        @Override
        public boolean isCancelled() {
          return done >= 2;
        }
      };
      assertThatThrownBy(() -> new NoticeFiles().notices(batch.notices(), batch.sheets(), out, cancelAfterTwo))
          .isInstanceOf(Progress.CancelledException.class);
      assertThat(Files.readString(out)).isEqualTo("old");
      try (var files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(f -> f.startsWith("." + name));
      }
    }
  }

  @Test
  void theCountysTemplateIsUsedWhenThereIsOne() throws IOException {
    byte[] own = NoticeFiles.defaultTemplate(TemplateKind.NOTICE);
    String marker = "本县补充说明：请提前预约。";
    byte[] edited = DocxEdit.appendParagraph(own, marker);
    NoticeFiles county = new NoticeFiles(kind -> kind == TemplateKind.NOTICE ? Optional.of(edited) : Optional.empty(),
        cn.suiji.shared.pdf.CjkFontLocator.standard(null));
    Path out = dir.resolve("county.pdf");
    county.notices(batch.notices().subList(0, 1), List.of(), out, Progress.NONE);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      assertThat(squeezed(new PDFTextStripper().getText(doc))).contains(marker);
    }
  }

  private static InspectionNotice voided(InspectionNotice n) {
    return new InspectionNotice(n.inspectionId(), n.number(), true, n.addressee(), n.addresseeCode(), n.taskNumber(),
        n.taskName(), n.items(), n.from(), n.to(), n.methods(), n.materials(), n.departments(), n.contactPerson(),
        n.contactPhone(), n.issuer(), n.date());
  }

  static String squeezed(String text) {
    return text.replace(" ", "").replace("\n", "");
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String read(ZipFile zip, String name) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
