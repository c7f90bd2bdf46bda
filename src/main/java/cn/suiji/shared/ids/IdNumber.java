package cn.suiji.shared.ids;

import cn.suiji.shared.SuijiException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident identity card number (居民身份证号, GB 11643-1999) known to be valid: 17 digits and a
 * check character ({@code 0}–{@code 9} or {@code X}); positions 7–14 are the birth date, a real
 * date from 1900-01-01 to today. It is personal data: {@link #toString()} shows it masked, and
 * error messages carry only the masked form. For the inspector directory.
 *
 * <p>The old 15-digit numbers (first generation, replaced by 2013) are rejected as {@code
 * LENGTH}.
 *
 * @param value the normalised 18 characters
 */
public record IdNumber(String value) {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /**
   * Checks everything but the "not in the future" rule, which needs a clock (see {@link
   * #parse(String, LocalDate)}).
   *
   * @throws SuijiException if {@code value} is not a valid number
   * @throws IllegalArgumentException if it is valid but not normalised (use {@link #parse})
   */
  public IdNumber {
    if (!check(Codes.normalise(value), LocalDate.MAX).orThrow().equals(value)) {
      throw new IllegalArgumentException("not normalised, use parse: " + mask(value));
    }
  }

  /** Like {@link #parse(String, LocalDate)} with today's date from the system clock. */
  public static IdNumber parse(@Nullable String raw) {
    return parse(raw, LocalDate.now());
  }

  /** Normalises {@code raw} and returns the number, or throws the reason it is not valid. */
  public static IdNumber parse(@Nullable String raw, LocalDate today) {
    return new IdNumber(validate(raw, today).orThrow());
  }

  /** Like {@link #validate(String, LocalDate)} with today's date from the system clock. */
  public static Validation validate(@Nullable String raw) {
    return validate(raw, LocalDate.now());
  }

  /**
   * Normalises {@code raw} (see {@link Codes#normalise}; a lower-case {@code x} becomes {@code
   * X}) and checks it; a birth date after {@code today} is a {@code BIRTH_DATE} error.
   */
  public static Validation validate(@Nullable String raw, LocalDate today) {
    return check(Codes.normalise(raw), today);
  }

  private static Validation check(String value, LocalDate today) {
    if (value.isEmpty()) {
      return Validation.empty(CodeKind.ID_NUMBER);
    }
    if (value.length() != CodeKind.ID_NUMBER.length()) {
      return Validation.length(CodeKind.ID_NUMBER, value);
    }
    for (int i = 0; i < 17; i++) {
      if (!isDigit(value.charAt(i))) {
        return Validation.character(CodeKind.ID_NUMBER, value, i);
      }
    }
    char last = value.charAt(17);
    if (!isDigit(last) && last != 'X') {
      return Validation.character(CodeKind.ID_NUMBER, value, 17);
    }
    String birth = value.substring(6, 14);
    if (!isBirthDate(birth, today)) {
      return Validation.birthDate(CodeKind.ID_NUMBER, value, birth);
    }
    char expected = computeCheck(value);
    return expected == last
        ? Validation.ok(CodeKind.ID_NUMBER, value)
        : Validation.check(CodeKind.ID_NUMBER, value, expected);
  }

  private static boolean isBirthDate(String yyyyMMdd, LocalDate today) {
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(yyyyMMdd.substring(0, 4)),
              Integer.parseInt(yyyyMMdd.substring(4, 6)),
              Integer.parseInt(yyyyMMdd.substring(6, 8)));
    } catch (DateTimeException e) {
      return false;
    }
    return !date.isBefore(EARLIEST_BIRTH) && !date.isAfter(today);
  }

  /**
   * The check character for the first 17 digits of a number.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
   */
  public static char checkChar(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 digits, got " + first17.length());
    }
    for (int i = 0; i < 17; i++) {
      if (!isDigit(first17.charAt(i))) {
        throw new IllegalArgumentException("not a digit at " + (i + 1));
      }
    }
    return computeCheck(first17);
  }

  private static char computeCheck(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /**
   * {@code text} with every character but the last four replaced by {@code *}, same length:
   * {@code **************002X}. Texts of four characters or fewer are returned as they are.
   */
  public static String mask(String text) {
    int hidden = Math.max(0, text.length() - 4);
    return "*".repeat(hidden) + text.substring(hidden);
  }

  /** The masked number; use {@link #value()} where the full number is really needed. */
  @Override
  public String toString() {
    return mask(value);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
