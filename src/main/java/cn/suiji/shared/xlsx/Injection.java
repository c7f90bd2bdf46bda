package cn.suiji.shared.xlsx;

/**
 * Formula injection (CSV/Excel injection, OWASP): text a clerk typed or imported that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR would be taken as a formula by a
 * spreadsheet program that opens an export. The writers make such text inert.
 */
final class Injection {
  private Injection() {}

  static boolean isRisky(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
