package cn.suiji.draw.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.draw.domain.Exclusion;
import cn.suiji.draw.domain.PoolExclusions;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool exclusion counts frozen at open, printed per reason on the PDF and the .docx record. */
class DrawRecordExclusionsPrintTest {
  private static PrintedDraws draws;
  private static DrawRecordSheet sheet;

  @TempDir
  Path dir;

  @BeforeAll
  static void draw() {
    draws = new PrintedDraws();
    sheet = draws.services.draw().sheet(draws.largeDraw);
  }

  @AfterAll
  static void close() {
    draws.close();
  }

  @Test
  void theSheetCarriesTheFunnelAndSomeRuleLeftTargetsOut() {
    PoolExclusions funnel = sheet.poolExclusions();
    assertThat(funnel).isNotNull();
    assertThat(funnel.exclusions()).extracting(Exclusion::reason).containsExactly(Exclusion.Reason.values());
    int left = funnel.exclusions().stream().mapToInt(Exclusion::count).sum();
    assertThat(left).isPositive();
    assertThat(funnel.directorySize() - left).isEqualTo(funnel.poolSize());
    assertThat(funnel.poolSize()).isEqualTo(sheet.strata().stream().mapToInt(DrawRecordSheet.StratumLine::n).sum());
  }

  @Test
  void pdfPrintsEachReasonWithItsCount() throws IOException {
    Path file = dir.resolve("record.pdf");
    new DrawRecordPdf().write(sheet, file);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      assertPrinted(DrawRecordPdfTest.flat(new PDFTextStripper().getText(pdf)));
    }
  }

  @Test
  void docxPrintsEachReasonWithItsCount() throws IOException {
    Path file = dir.resolve("record.docx");
    new DrawRecordDocx().write(sheet, file);
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      StringBuilder text = new StringBuilder();
      doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
      doc.getTables().forEach(t -> text.append(t.getText()).append('\n'));
      assertPrinted(DrawRecordPdfTest.flat(text.toString()));
    }
  }

  private static void assertPrinted(String flat) {
    PoolExclusions funnel = sheet.poolExclusions();
    assertThat(flat).contains(DrawRecordPdfTest.flat(Messages.msg("draw.poolExclusions")))
        .contains(DrawRecordPdfTest.flat(Messages.msg("draw.poolExclusions.funnel", funnel.directorySize(),
            funnel.poolSize())));
    for (Exclusion e : funnel.exclusions()) {
      assertThat(flat).contains(DrawRecordPdfTest.flat(Messages.msg("draw.poolExclusions.line",
          Formats.reason(e.reason()), e.count())));
    }
  }
}
