package cn.suiji.shared.ids;

import org.jspecify.annotations.Nullable;

/**
 * Cleans what a clerk types or pastes before a code is checked: Chinese input methods produce
 * full-width characters (`９１３５…`, `Ｍ`) and the ideographic space U+3000; spreadsheets and web
 * pages add spaces, hyphens, dashes and invisible characters. For the validators in this package
 * and for anything that compares codes (search, import, de-duplication).
 */
public final class Codes {
  private Codes() {}

  /**
   * Returns {@code raw} with full-width ASCII (U+FF01–U+FF5E) turned half-width, lower case
   * turned upper case, and every white space character (including U+3000 and no-break spaces),
   * hyphen ({@code -}, {@code －}), dash (U+2010–U+2015) and zero-width character (U+200B–U+200D,
   * U+FEFF) removed — at the ends and inside. {@code null} gives the empty string.
   */
  public static String normalise(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = halfWidth(raw.charAt(i));
      if (!isDropped(c)) {
        out.append(upperAscii(c));
      }
    }
    return out.toString();
  }

  private static char halfWidth(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    return c == '\u3000' ? ' ' : c;
  }

  private static boolean isDropped(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '-'
        || (c >= '\u2010' && c <= '\u2015')
        || (c >= '\u200B' && c <= '\u200D')
        || c == '\uFEFF';
  }

  private static char upperAscii(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
  }
}
