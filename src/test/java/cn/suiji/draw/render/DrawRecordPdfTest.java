package cn.suiji.draw.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.pdf.CjkFontLocator;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed draw record as PDF, written and read back with PDFBox. */
class DrawRecordPdfTest {
  private static PrintedDraws draws;
  private static DrawRecordSheet large;
  private static DrawRecordSheet small;

  @TempDir
  Path dir;

  @BeforeAll
  static void draw() {
    draws = new PrintedDraws();
    large = draws.services.draw().sheet(draws.largeDraw);
    small = draws.services.draw().sheet(draws.smallDraw);
  }

  @AfterAll
  static void close() {
    draws.close();
  }

  @Test
  void theRecordCarriesEverythingAVerifierAndAFilingClerkNeed() throws IOException {
    Path file = dir.resolve("large.pdf");
    new DrawRecordPdf().write(large, file);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      String flat = flat(text);
      assertThat(text).contains("随机抽取记录");
      assertThat(flat).contains(flat(large.taskCode())).contains(large.verificationCode())
          .contains(flat(large.taskName())).contains(flat(large.record().entropy()))
          .contains(large.record().commitment()).contains(large.record().nonce()).contains(large.record().seed());
      for (String witness : PrintedDraws.WITNESSES) {
        assertThat(text).contains("监督人：" + witness);
      }
      assertThat(text).contains("操作人：张操作");
      assertThat(large.rows()).hasSize(large.record().selected().size());
      for (DrawRecordSheet.TargetRow row : large.rows()) {
        assertThat(row.name()).isNotEqualTo(row.objectKey());
        assertThat(flat).contains(flat(row.name())).contains(row.uscc());
        for (DrawRecordSheet.Person p : row.inspectors()) {
          assertThat(flat).contains(flat(p.name() + p.certNo()));
        }
      }
      for (DrawRecordSheet.StratumLine s : large.strata()) {
        assertThat(flat).contains(s.poolHash());
      }
      assertThat(flat).contains("suijidrawverify").contains("docs/verify/verify_draw.py").contains("suiji-draw-v1");
    }
  }

  @Test
  void aLargeDrawRunsOverPagesWithTheTableHeaderRepeatedAndNumberedPages() throws IOException {
    Path file = dir.resolve("large.pdf");
    new DrawRecordPdf().write(large, file);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      int withHeader = 0;
      for (int p = 1; p <= pages; p++) {
        String page = pageText(pdf, p);
        assertThat(page).contains("第 " + p + " 页 共 " + pages + " 页");
        if (page.contains("检查对象名称")) {
          withHeader++;
        }
      }
      assertThat(withHeader).as("pages showing the target table's header").isGreaterThan(1);
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    Path file = dir.resolve("small.pdf");
    new DrawRecordPdf().write(small, file);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          fonts.add(resources.getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
      assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(small.qrText())
          .contains(small.taskCode()).contains(small.verificationCode());
    }
  }

  @Test
  void withoutAnEmbeddableFontTheClerkIsToldWhatToInstall() {
    DrawRecordPdf pdf = new DrawRecordPdf(new CjkFontLocator(List.of(
        new CjkFontLocator.Candidate(dir.resolve("missing.ttc"), List.of()))));
    assertThatThrownBy(() -> pdf.write(small, dir.resolve("x.pdf")))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("draw.print.noFont");
          assertThat(new Messages(java.util.Locale.SIMPLIFIED_CHINESE).describe(e))
              .contains("中文字体").contains("fonts-wqy-microhei");
        });
  }

  @Test
  void aVoidedOrUndrawnAttemptIsNotPrintedAsAResult() {
    var session = draws.services.draw().open(draws.services.draw().undrawnTasks().get(0).code(), null);
    assertThatThrownBy(() -> draws.services.draw().sheet(session.drawId()))
        .isInstanceOfSatisfying(SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("draw.service.notExportable"));
    draws.services.draw().voidDraw(session.drawId(), "测试");
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  /** Without whitespace, so a wrapped cell compares with the value. */
  static String flat(String s) {
    return s.replaceAll("[\\s\u3000]+", "");
  }
}
