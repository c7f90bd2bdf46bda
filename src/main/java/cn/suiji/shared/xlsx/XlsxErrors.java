package cn.suiji.shared.xlsx;

import cn.suiji.shared.SuijiException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns what POI, the zip layer and the XML parser throw into one refusal a clerk can read:
 * a zip bomb or an oversized part is {@code xlsx.error.tooLarge}, anything else malformed is
 * {@code xlsx.error.corrupt}. Our own exceptions (cancel included)
 * pass through unchanged.
 */
final class XlsxErrors {
  private XlsxErrors() {}

  static SuijiException translate(Throwable e, String fileName) {
    SuijiException own = own(e);
    if (own != null) {
      return own;
    }
    if (e instanceof OutOfMemoryError) {
      return new SuijiException(e, "xlsx.error.tooLarge", fileName, "out of memory");
    }
    String reason = reason(e);
    if (isSizeLimit(e)) {
      return new SuijiException(e, "xlsx.error.tooLarge", fileName, reason);
    }
    return new SuijiException(e, "xlsx.error.corrupt", fileName, reason);
  }

  /** The first message in the cause chain, for the log and the message's reason. */
  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        String m = t.getMessage().strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
      }
    }
    return e.getClass().getSimpleName();
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
