package cn.suiji.shared.print;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sends a PDF to a printer, for the print preview. {@link #system()} asks the operating system;
 * tests pass a fake. Where no printer is installed {@link #printerAvailable()} is false and the
 * clerk is told to save the PDF and print it elsewhere.
 */
public interface PdfPrinting {
  /** The printers the system knows, default first; empty when there is none. */
  List<String> printers();

  default boolean printerAvailable() {
    return !printers().isEmpty();
  }

  /**
   * Prints every page of {@code pdf} at its own size (no scaling) on {@code printer}, or on the
   * default printer when null; blocks until the job is spooled.
   *
   * @throws SuijiException {@code print.error.noPrinter} when there is no printer,
   *     {@code print.error.failed} when the job fails
   */
  void print(byte[] pdf, String jobName, @Nullable String printer);

  /** Prints a PDF file; see {@link #print(byte[], String, String)}. */
  default void print(Path pdf, String jobName, @Nullable String printer) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(pdf);
    } catch (IOException e) {
      throw new SuijiException(e, "print.error.unreadable", pdf, e.getMessage());
    }
    print(bytes, jobName, printer);
  }

  /** The printers of this computer, through {@code java.awt.print.PrinterJob}. */
  static PdfPrinting system() {
    return new SystemPdfPrinting();
  }
}
