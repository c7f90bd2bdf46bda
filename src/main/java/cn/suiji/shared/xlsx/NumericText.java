package cn.suiji.shared.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Writes a numeric cell's stored value ({@code <v>}) as the text a clerk means: a phone
 * {@code 13993312345} and a registration number {@code 110108000000016} in full, without
 * exponent or grouping (where Excel's General format would show {@code 1.10108E+14}); at most 15
 * significant digits like Excel, so {@code 0.1+0.2} is {@code 0.3}; a date-formatted cell as ISO
 * {@code yyyy-MM-dd} (with {@code HH:mm[:ss]} when it has a time); a {@code 000000} format
 * padded with leading zeros. Other formats (currency, grouping, percent) give the plain value.
 */
final class NumericText {
  /** How a style shows numbers; {@code minDigits} > 0 for a zero-padding format. */
  record Kind(boolean date, int minDigits) {
    /** A non-date format code: only zeros ({@code 000000}) pads, anything else is plain. */
    static Kind ofPlainFormat(String code) {
      if (!code.isEmpty() && code.chars().allMatch(c -> c == '0')) {
        return new Kind(false, code.length());
      }
      return GENERAL;
    }
  }

  static final Kind GENERAL = new Kind(false, 0);
  static final Kind DATE = new Kind(true, 0);

  private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private NumericText() {}

  static String format(String raw, Kind kind, boolean date1904) {
    if (kind.date()) {
      return date(raw, date1904);
    }
    String plain = plain(raw);
    if (kind.minDigits() > plain.length() && isDigits(plain)) {
      return "0".repeat(kind.minDigits() - plain.length()) + plain;
    }
    return plain;
  }

  /** The stored number in full: {@code 1.3993312345E10} gives {@code 13993312345}. */
  static String plain(String raw) {
    String s = raw.trim();
    if (s.length() <= 15 && isDigits(s)) {
      return s;
    }
    try {
      BigDecimal d = new BigDecimal(s).round(EXCEL_PRECISION).stripTrailingZeros();
      return d.signum() == 0 ? "0" : d.toPlainString();
    } catch (NumberFormatException e) {
      return s;
    }
  }

  /** An Excel serial as ISO date, date and time, or time of day; the plain number if invalid. */
  static String date(String raw, boolean date1904) {
    double serial;
    try {
      serial = Double.parseDouble(raw.trim());
    } catch (NumberFormatException e) {
      return raw.trim();
    }
    if (!DateUtil.isValidExcelDate(serial)) {
      return plain(raw);
    }
    if (serial < 1 && !date1904) {
      LocalTime t = DateUtil.getLocalDateTime(serial + 1, false, true).toLocalTime();
      return t.getSecond() == 0 ? t.toString().substring(0, 5) : t.toString();
    }
    LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
    if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return at.toLocalDate().toString();
    }
    return at.format(at.getSecond() == 0 ? MINUTES : SECONDS);
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
