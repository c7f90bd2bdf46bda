package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/**
 * Compares people's names as a clerk would: "张 三", "　张三" and "张三 " are the same person's
 * name. The spaces of {@link #REMOVED} (U+3000, tab, no-break and zero-width spaces included) are removed,
 * at the ends and inside. Used for the legal-representative check and the import's name look-up;
 * the SQL of the check applies the same removal (see {@code RecusalRepository}).
 */
public final class PersonNames {
  /** The characters the SQL side removes too, in this order. */
  public static final String REMOVED = " \u3000\u00A0\t\u200B\uFEFF";

  private PersonNames() {}

  public static String normalise(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (REMOVED.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
