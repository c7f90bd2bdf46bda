package cn.suiji.shared.xlsx;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Pure helpers that turn a cell's text (as {@link TableReader} delivers it) into a value, for
 * importers that check column by column. Each parse gives a {@link Parsed}: the value, or the
 * reason it could not be read, so the importer can list the row and the reason for the clerk.
 */
public final class Cells {
  /** Why a cell's text is not a value of the wanted kind. */
  public enum Problem { EMPTY, NOT_A_DATE, NO_SUCH_DAY, NOT_A_NUMBER }

  /** A value, or the {@link Problem} with it; exactly one of the two is present. */
  public record Parsed<T>(@Nullable T value, @Nullable Problem problem) {
    public boolean ok() {
      return value != null;
    }
  }

  private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.0*)?");
  private static final Pattern TIME_TAIL = Pattern.compile("(?:\\s+|T)\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  /** Excel's largest date, 9999-12-31. */
  private static final int MAX_SERIAL = 2_958_465;
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private Cells() {}

  /**
   * The text without white space at either end (including the ideographic space U+3000,
   * no-break spaces and a stray BOM or zero-width space); inner text, and characters outside
   * the BMP such as 𠀀, are kept as they are.
   */
  public static String text(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    int from = 0;
    int to = raw.length();
    while (from < to && isTrimmed(raw.charAt(from))) {
      from++;
    }
    while (to > from && isTrimmed(raw.charAt(to - 1))) {
      to--;
    }
    return raw.substring(from, to);
  }

  /**
   * A date from {@code 2019-03-05}, {@code 2019/3/5}, {@code 2019.03.05}, {@code 2019年3月5日},
   * {@code 20190305} (each optionally followed by a time, which is dropped), full-width digits
   * allowed, or an Excel serial number in the 1900 date system (1 = 1900-01-01; 60 is Excel's
   * non-existent 1900-02-29 and is refused).
   */
  public static Parsed<LocalDate> date(@Nullable String raw) {
    String s = halfWidth(text(raw));
    if (s.isEmpty()) {
      return new Parsed<>(null, Problem.EMPTY);
    }
    s = TIME_TAIL.matcher(s).replaceFirst("");
    Matcher m = YMD.matcher(s);
    if (!m.matches()) {
      m = COMPACT.matcher(s);
    }
    if (m.matches()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new Parsed<>(d, null);
      } catch (DateTimeException e) {
        return new Parsed<>(null, Problem.NO_SUCH_DAY);
      }
    }
    if (SERIAL.matcher(s).matches()) {
      return serial((int) Double.parseDouble(s));
    }
    return new Parsed<>(null, Problem.NOT_A_DATE);
  }

  /** Excel 1900 system: serials before 60 are one day later than a plain count, because of 1900-02-29. */
  private static Parsed<LocalDate> serial(int n) {
    if (n < 1 || n > MAX_SERIAL) {
      return new Parsed<>(null, Problem.NOT_A_DATE);
    }
    if (n == 60) {
      return new Parsed<>(null, Problem.NO_SUCH_DAY);
    }
    return new Parsed<>(EXCEL_EPOCH.plusDays(n < 60 ? n + 1 : n), null);
  }

  /**
   * A number from text like {@code 1234}, {@code -0.5}, {@code 1,234.5}, {@code 1.5E3}, full-width
   * digits allowed; grouping commas and spaces are dropped.
   */
  public static Parsed<BigDecimal> number(@Nullable String raw) {
    String s = halfWidth(text(raw)).replace(",", "").replace(" ", "");
    if (s.isEmpty()) {
      return new Parsed<>(null, Problem.EMPTY);
    }
    if (!NUMBER.matcher(s).matches()) {
      return new Parsed<>(null, Problem.NOT_A_NUMBER);
    }
    return new Parsed<>(new BigDecimal(s), null);
  }

  /** Full-width ASCII (U+FF01–U+FF5E) as half-width, U+3000 as a space. */
  static String halfWidth(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (h != c && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(h);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean isTrimmed(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200D');
  }
}
