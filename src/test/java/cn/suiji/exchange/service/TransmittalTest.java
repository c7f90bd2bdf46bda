package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.exchange.domain.Transmittal;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.outbox.OutboxKind;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 交接单 of a package (issue 14), written as .docx and PDF and read back: the batch, the
 * counts per kind, the department and the manifest's SHA-256 the package printed.
 */
class TransmittalTest {
  @TempDir
  Path dir;
  private ExchangeFixture f;
  private PackageWriter.Written pkg;

  @BeforeEach
  void packaged() {
    f = ExchangeFixture.drawn(dir);
    f.result(1, LocalDate.of(2026, 5, 20));
    f.result(2, LocalDate.of(2026, 5, 21));
    pkg = f.services.exchange().makePackage(dir.resolve("前置机"), Progress.NONE);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theTransmittalNamesTheBatchItsCountsAndTheManifestsHashInWordAndPdf() throws Exception {
    String batch = pkg.file().getFileName().toString().replace(".zip", "");
    Transmittal t = f.services.transmittals().of(batch);
    assertThat(t.counts()).containsEntry(OutboxKind.DRAW, 1).containsEntry(OutboxKind.RESULT, 2);
    assertThat(t.entries()).isEqualTo(3);
    assertThat(t.manifestSha256()).isEqualTo(pkg.manifestSha256());
    assertThat(t.departments()).singleElement().asString().contains("WJJ");

    Path docx = dir.resolve("交接单.docx");
    f.services.transmittals().write(batch, docx);
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("双随机抽查数据交接单", batch, pkg.manifestSha256(), "3 条", "抽查名单", "移交人");
      assertThat(doc.getAllPictures()).hasSize(1);
    }
    Path pdf = dir.resolve("交接单.pdf");
    f.services.transmittals().write(batch, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(doc)).contains(batch, pkg.manifestSha256(), "2 条");
    }
    assertThat(f.services.transmittals().last()).map(Transmittal::batchKey).contains(batch);
    assertThatThrownBy(() -> f.services.transmittals().write(batch, dir.resolve("交接单.txt")))
        .isInstanceOf(SuijiException.class).hasFieldOrPropertyWithValue("key", "exchange.transmittal.extension");
    assertThatThrownBy(() -> f.services.transmittals().of("SJ-19990101-000000-9"))
        .isInstanceOf(SuijiException.class).hasFieldOrPropertyWithValue("key", "exchange.sent.unknownBatch");
  }
}
