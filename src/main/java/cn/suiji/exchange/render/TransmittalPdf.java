package cn.suiji.exchange.render;

import cn.suiji.exchange.domain.Transmittal;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.docx.QrPng;
import cn.suiji.shared.pdf.CjkFontLocator;
import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The 交接单 as one A4 page of PDF (for the print preview and the paper file): the title, the
 * lines of {@link TransmittalLines} in a ruled two-column table (hashes in the monospaced face),
 * the QR code of the batch and its manifest's SHA-256 as vector squares, and the signature lines.
 * Only the Chinese font found by {@link CjkFontLocator} is used, embedded as a subset.
 */
public final class TransmittalPdf {
  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 25 * MM;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 25 * MM;
  private static final float LABEL = 55 * MM;
  private static final float ROW = 9 * MM;
  private static final float QR = 32 * MM;

  private final CjkFontLocator fonts;

  public TransmittalPdf(CjkFontLocator fonts) {
    this.fonts = fonts;
  }

  public TransmittalPdf() {
    this(CjkFontLocator.standard(null));
  }

  /** The page as PDF bytes. */
  public byte[] bytes(Transmittal t) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(t, out);
    return out.toByteArray();
  }

  /** Writes {@code file}, replacing it. */
  public void write(Transmittal t, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(t, out);
    } catch (IOException e) {
      throw new SuijiException(e, "exchange.transmittal.unwritable", file, e.getMessage());
    }
  }

  /** Writes the page to {@code out} (left open). */
  public void write(Transmittal t, OutputStream out) {
    try (PDDocument doc = new PDDocument(); CjkFontLocator.Fonts loaded = fonts.load(doc)) {
      doc.getDocumentInformation().setTitle(TransmittalLines.title() + " " + t.batchKey());
      doc.getDocumentInformation().setSubject(t.manifestSha256() == null ? "" : t.manifestSha256());
      doc.getDocumentInformation().setCreator("suiji");
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y = PDRectangle.A4.getHeight() - 30 * MM;
        String title = TransmittalLines.title();
        float tw = loaded.text().getStringWidth(title) / 1000 * 18;
        text(s, loaded.text(), 18, (PDRectangle.A4.getWidth() - tw) / 2, y, title);
        y -= 14 * MM;
        s.setLineWidth(0.6f);
        float top = y;
        for (TransmittalLines.Line line : TransmittalLines.of(t)) {
          boolean hash = line.value().matches("[0-9a-f]{64}");
          text(s, loaded.text(), 10.5f, LEFT + 2 * MM, y - 6 * MM, line.label());
          text(s, hash ? loaded.mono() : loaded.text(), hash ? 7.5f : 11, LEFT + LABEL + 2 * MM, y - 6 * MM,
              line.value());
          y -= ROW;
          s.moveTo(LEFT, y);
          s.lineTo(RIGHT, y);
        }
        s.addRect(LEFT, y, RIGHT - LEFT, top - y);
        s.moveTo(LEFT + LABEL, y);
        s.lineTo(LEFT + LABEL, top);
        s.stroke();
        y -= 6 * MM + QR;
        qr(s, TransmittalLines.qr(t), (PDRectangle.A4.getWidth() - QR) / 2, y);
        y -= 8 * MM;
        text(s, loaded.text(), 9, LEFT, y, cn.suiji.shared.l10n.Messages.msg("exchange.transmittal.qrCaption"));
        for (String who : TransmittalLines.signatures()) {
          y -= 16 * MM;
          text(s, loaded.text(), 12, LEFT, y, who);
        }
      }
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  /** The QR code as filled squares, quiet zone included in its side. */
  private static void qr(PDPageContentStream s, String content, float x, float bottom) throws IOException {
    BitMatrix matrix = QrPng.matrix(content);
    int n = matrix.getWidth();
    float module = QR / (n + 2 * QrPng.QUIET);
    s.setNonStrokingColor(0f);
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        if (matrix.get(col, row)) {
          s.addRect(x + (QrPng.QUIET + col) * module, bottom + QR - (QrPng.QUIET + row + 1) * module, module, module);
        }
      }
    }
    s.fill();
  }
}
