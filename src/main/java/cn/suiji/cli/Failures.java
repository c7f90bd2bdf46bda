package cn.suiji.cli;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.FileReasons;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line's last word on an exception no service translated: an H2 input/output error
 * (90028) or a damaged file (90030) found after the file was opened, or the operating system
 * refusing a file, each becomes a Chinese message naming the cause; anything else a short
 * message pointing to the log, where the stack trace goes (a clerk never sees one).
 */
final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
  static final int H2_IO = 90028;
  static final int H2_CORRUPT = 90030;

  private Failures() {}

  /** {@code e} as the application's own exception, and whether it was foreseen. */
  static Explained explain(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == H2_IO) {
        LOG.warn("H2 input/output error", e);
        return new Explained(new SuijiException(e, "cli.error.dbIo"), true);
      }
      if (t instanceof SQLException sql && sql.getErrorCode() == H2_CORRUPT) {
        LOG.warn("H2 file corrupted", e);
        return new Explained(new SuijiException(e, "cli.error.dbCorrupt"), true);
      }
      if (t instanceof IOException io && !(t.getCause() instanceof IOException)) {
        LOG.warn("File error", e);
        String file = io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "";
        return new Explained(new SuijiException(e, "cli.error.file", file, FileReasons.describe(io)), true);
      }
      if (t == t.getCause()) {
        break;
      }
    }
    LOG.warn("Unexpected failure of a command", e); // WARN: to the log file only, the console shows no stack trace
    return new Explained(new SuijiException(e, "cli.error.unexpected", e.getClass().getSimpleName()), false);
  }

  /** The translation, and whether the cause is a known one (exit 2) or a fault of ours (exit 1). */
  record Explained(SuijiException exception, boolean foreseen) {}
}
