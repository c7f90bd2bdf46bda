package cn.suiji.shared.xlsx;

/**
 * Formula injection (CSV/Excel injection, OWASP): text a clerk typed or imported that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR would be taken as a formula by a
 * spreadsheet program that opens an export. The writers make such text inert; a plain-text
 * format that is read back by this application (the calendar file) uses {@link #neutralise} and
 * {@link #restore}, which undo each other exactly.
 */
public final class Injection {
  private Injection() {}

  static boolean isRisky(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * {@code text} with an apostrophe in front when it is risky, as {@link CsvWriter} writes it,
   * and also when it is apostrophes followed by risky text, so that {@link #restore} never takes
   * away an apostrophe the text really had: {@code =1+1} is written {@code '=1+1}, {@code '=x}
   * is written {@code ''=x}, {@code 'abc} stays as it is.
   */
  public static String neutralise(String text) {
    return isRisky(afterApostrophes(text)) ? "'" + text : text;
  }

  /** The text {@link #neutralise} was given: one leading apostrophe dropped if it put one there. */
  public static String restore(String text) {
    return text.startsWith("'") && isRisky(afterApostrophes(text)) ? text.substring(1) : text;
  }

  private static String afterApostrophes(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return text.substring(i);
  }
}
