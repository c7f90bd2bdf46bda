package cn.suiji.shared.print;

import cn.suiji.shared.SuijiException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as images for the print preview, one page at a time so a long record
 * opens at once. Call from a background thread; calls are serialised (PDFBox's renderer is not
 * thread-safe). Close it when the preview closes.
 */
public final class PdfPages implements AutoCloseable {
  private final PDDocument document;
  private final PDFRenderer renderer;
  private final int count;
  private boolean closed;

  private PdfPages(PDDocument document) {
    this.document = document;
    this.renderer = new PDFRenderer(document);
    this.count = document.getNumberOfPages();
  }

  /**
   * Opens a PDF held in memory.
   *
   * @throws SuijiException {@code print.error.notPdf} when the bytes are not a readable PDF
   */
  public static PdfPages open(byte[] pdf) {
    try {
      return new PdfPages(Loader.loadPDF(pdf));
    } catch (IOException e) {
      throw new SuijiException(e, "print.error.notPdf", String.valueOf(e.getMessage()));
    }
  }

  public int count() {
    return count;
  }

  /** Page {@code index} (0-based) at {@code dpi} dots per inch, as a JavaFX image. */
  public synchronized Image render(int index, float dpi) {
    if (closed) {
      throw new IllegalStateException("pages closed");
    }
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("page " + index + " of " + count);
    }
    try {
      BufferedImage page = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
      return SwingFXUtils.toFXImage(page, null);
    } catch (IOException e) {
      throw new SuijiException(e, "print.error.render", index + 1, String.valueOf(e.getMessage()));
    }
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        document.close();
      } catch (IOException e) {
        // an in-memory document has nothing left to release
      }
    }
  }
}
