package cn.suiji.shared.ids;

import cn.suiji.shared.SuijiException;
import org.jspecify.annotations.Nullable;

/**
 * A registration number (注册号) of an entity registered before the unified social credit code:
 * 15 digits, the last a check digit by ISO 7064 MOD 11,10. Older targets carry it instead of, or
 * next to, a {@link Uscc}.
 *
 * @param value the normalised 15 digits
 */
public record RegNo(String value) {

  /**
   * @throws SuijiException if {@code value} is not a valid number
   * @throws IllegalArgumentException if it is valid but not normalised (use {@link #parse})
   */
  public RegNo {
    if (!validate(value).orThrow().equals(value)) {
      throw new IllegalArgumentException("not normalised, use parse: " + value);
    }
  }

  /** Normalises {@code raw} and returns the number, or throws the reason it is not valid. */
  public static RegNo parse(@Nullable String raw) {
    return new RegNo(validate(raw).orThrow());
  }

  /** Normalises {@code raw} (see {@link Codes#normalise}) and checks it. */
  public static Validation validate(@Nullable String raw) {
    String value = Codes.normalise(raw);
    if (value.isEmpty()) {
      return Validation.empty(CodeKind.REG_NO);
    }
    if (value.length() != CodeKind.REG_NO.length()) {
      return Validation.length(CodeKind.REG_NO, value);
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isDigit(value.charAt(i))) {
        return Validation.character(CodeKind.REG_NO, value, i);
      }
    }
    char expected = computeCheck(value);
    return expected == value.charAt(14)
        ? Validation.ok(CodeKind.REG_NO, value)
        : Validation.check(CodeKind.REG_NO, value, expected);
  }

  /**
   * The check digit for the first 14 digits of a number.
   *
   * @throws IllegalArgumentException if {@code first14} is not 14 ASCII digits
   */
  public static char checkDigit(String first14) {
    if (first14.length() != 14) {
      throw new IllegalArgumentException("need 14 digits, got " + first14.length());
    }
    for (int i = 0; i < 14; i++) {
      if (!isDigit(first14.charAt(i))) {
        throw new IllegalArgumentException("not a digit at " + (i + 1) + ": " + first14);
      }
    }
    return computeCheck(first14);
  }

  /** ISO 7064 MOD 11,10 over the first 14 digits: the digit that makes the final sum 1. */
  private static char computeCheck(String number) {
    int product = 10;
    for (int i = 0; i < 14; i++) {
      int sum = (product + (number.charAt(i) - '0')) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    return (char) ('0' + (11 - product) % 10);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public String toString() {
    return value;
  }
}
