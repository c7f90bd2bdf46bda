package cn.suiji.shared.xlsx;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.FileReasons;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns what POI, the zip layer and the XML parser throw into one refusal a clerk can read, in
 * her language and naming the real cause: a cell longer than the limit is
 * {@code xlsx.error.cellTooLong} with its row and column, a DOCTYPE (the way external entities
 * get in) is {@code xlsx.error.doctype}, a zip bomb or an oversized part is
 * {@code xlsx.error.tooLarge}, the operating system's refusals (no such file, permission denied,
 * a folder) are {@code xlsx.error.io} with {@link FileReasons}, anything else malformed is
 * {@code xlsx.error.corrupt}. Our own exceptions (cancel included) pass through unchanged.
 */
public final class XlsxErrors {
  private XlsxErrors() {}

  public static SuijiException translate(Throwable e, String fileName) {
    SuijiException own = own(e);
    if (own != null) {
      return own;
    }
    if (e instanceof OutOfMemoryError) {
      return new SuijiException(e, "xlsx.error.tooLarge", fileName, Messages.msg("xlsx.reason.memory"));
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SheetParser.CellTooLong c) {
        return new SuijiException(e, "xlsx.error.cellTooLong", fileName, c.row, c.column, c.limit);
      }
      if (t instanceof IOException io && osReason(io) != null) {
        return new SuijiException(e, "xlsx.error.io", fileName, osReason(io));
      }
      if (t == t.getCause()) {
        break;
      }
    }
    String reason = reason(e);
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("doctype") || lower.contains("external entit")) {
      return new SuijiException(e, "xlsx.error.doctype", fileName);
    }
    if (lower.contains("zip bomb")) {
      return new SuijiException(e, "xlsx.error.tooLarge", fileName, Messages.msg("xlsx.reason.zipBomb"));
    }
    if (isSizeLimit(e)) {
      return new SuijiException(e, "xlsx.error.tooLarge", fileName, reason);
    }
    return new SuijiException(e, "xlsx.error.corrupt", fileName, reason);
  }

  /**
   * The first message in the cause chain, for the log and the message's reason; the operating
   * system's refusals in the clerk's language.
   */
  public static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io && osReason(io) != null) {
        return osReason(io);
      }
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        String m = t.getMessage().strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
      }
    }
    return e.getClass().getSimpleName();
  }

  /** What the operating system said, in words, when {@code e} is its refusal; null for a zip or XML error. */
  private static @Nullable String osReason(IOException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    boolean os = e instanceof FileSystemException || e instanceof CharacterCodingException
        || m.contains("is a directory") || m.contains("permission denied") || m.contains("no such file")
        || m.contains("no space left");
    return os ? FileReasons.describe(e) : null;
  }

  private static @Nullable SuijiException own(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SuijiException s) {
        return s;
      }
      if (t == t.getCause()) {
        break;
      }
    }
    return null;
  }

  private static boolean isSizeLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("exceeds the max")
          || m.contains("maximum allowed") || m.contains("too large")) {
        return true;
      }
    }
    return false;
  }
}
