package cn.suiji.shared.ids;

import cn.suiji.shared.SuijiException;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) known to be valid: 18 characters
 * from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, Z, S, V), the last one a check
 * character. Position 1 (the registering authority) may be a letter, e.g. {@code N} or {@code
 * Y}. For targets in the directory, imports, and the demo data generator ({@link #checkChar}).
 *
 * @param value the normalised 18 characters
 */
public record Uscc(String value) {
  /** The characters allowed, in the order that gives each its value 0–30. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * @throws SuijiException if {@code value} is not a valid code
   * @throws IllegalArgumentException if it is valid but not normalised (use {@link #parse})
   */
  public Uscc {
    if (!validate(value).orThrow().equals(value)) {
      throw new IllegalArgumentException("not normalised, use parse: " + value);
    }
  }

  /** Normalises {@code raw} and returns the code, or throws the reason it is not valid. */
  public static Uscc parse(@Nullable String raw) {
    return new Uscc(validate(raw).orThrow());
  }

  /** Normalises {@code raw} (see {@link Codes#normalise}) and checks it. */
  public static Validation validate(@Nullable String raw) {
    String value = Codes.normalise(raw);
    if (value.isEmpty()) {
      return Validation.empty(CodeKind.USCC);
    }
    if (value.length() != CodeKind.USCC.length()) {
      return Validation.length(CodeKind.USCC, value);
    }
    for (int i = 0; i < value.length(); i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        return Validation.character(CodeKind.USCC, value, i);
      }
    }
    char expected = computeCheck(value);
    return expected == value.charAt(17)
        ? Validation.ok(CodeKind.USCC, value)
        : Validation.check(CodeKind.USCC, value, expected);
  }

  /**
   * The check character for the first 17 characters of a code.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of {@link #ALPHABET}
   */
  public static char checkChar(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    for (int i = 0; i < 17; i++) {
      if (ALPHABET.indexOf(first17.charAt(i)) < 0) {
        throw new IllegalArgumentException("not allowed at " + (i + 1) + ": " + first17);
      }
    }
    return computeCheck(first17);
  }

  private static char computeCheck(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  @Override
  public String toString() {
    return value;
  }
}
