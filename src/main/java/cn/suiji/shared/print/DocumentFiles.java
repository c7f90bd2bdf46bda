package cn.suiji.shared.print;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a document file whole or not at all: into a hidden file beside the target, moved over
 * it only when complete and not cancelled. A cancel or a failure leaves the old file, if any,
 * untouched and no half-written one behind.
 */
public final class DocumentFiles {
  private DocumentFiles() {}

  /** What writes the content into the temporary file. */
  @FunctionalInterface
  public interface Content {
    void write(Path file) throws Exception;
  }

  /**
   * Writes {@code target} with {@code content}.
   *
   * @throws Progress.CancelledException when cancel was pressed before the file was in place
   * @throws SuijiException {@code print.error.unwritable} naming the file
   */
  public static void write(Path target, Progress progress, Content content) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
      content.write(temp);
      progress.checkCancelled();
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (SuijiException e) {
      throw e;
    } catch (Exception e) {
      throw new SuijiException(e, "print.error.unwritable", absolute, String.valueOf(e.getMessage()));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: a stray .part file is harmless
        }
      }
    }
  }
}
