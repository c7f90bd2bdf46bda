package cn.suiji.shared.print;

import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document ready for the print preview: its PDF in memory, the title of the window and of
 * the print job, the file name suggested when saving, and, where the document also exists as
 * Word, how to write it.
 *
 * @param fileName suggested file name without extension
 * @param word writes the .docx of the same document to a file, or null when there is none
 */
public record PrintableDocument(String title, String fileName, byte[] pdf, @Nullable WordWriter word) {
  public PrintableDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(pdf, "pdf");
  }

  /** Writes the document as .docx; runs off the FX thread and may check for cancel. */
  @FunctionalInterface
  public interface WordWriter {
    void write(Path file, Progress progress) throws Exception;
  }
}
