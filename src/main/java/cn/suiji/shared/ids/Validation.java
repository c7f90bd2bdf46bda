package cn.suiji.shared.ids;

import cn.suiji.shared.SuijiException;

/**
 * The outcome of checking one identifier: the normalised value and either {@link Reason#OK} or
 * the first thing wrong with it, with enough detail for the UI to say so in Chinese. Built by
 * {@link Uscc#validate}, {@link RegNo#validate} and {@link IdNumber#validate}.
 *
 * <p>The detail fields depend on the reason: for {@code LENGTH} {@code expected}/{@code found}
 * are the lengths; for {@code CHARACTER} {@code position} is the 1-based position and {@code
 * found} the character; for {@code CHECK} they are the expected and the found check character and
 * {@code position} is the last position;
 * for {@code BIRTH_DATE} {@code found} is the eight digits {@code yyyyMMdd}. Unused fields are
 * {@code 0} or empty.
 *
 * @param kind which identifier was checked
 * @param value the input after {@link Codes#normalise}
 * @param reason {@code OK}, or what is wrong
 * @param position 1-based position of a bad character or of a wrong check character, else 0
 * @param expected what should have been there, else empty
 * @param found what was there, else empty
 */
public record Validation(
    CodeKind kind, String value, Reason reason, int position, String expected, String found) {

  /** What is wrong, checked in this order; only the first problem is reported. */
  public enum Reason {
    OK,
    /** Nothing left after normalising. */
    EMPTY,
    /** Wrong number of characters. */
    LENGTH,
    /** A character that is not allowed at its position. */
    CHARACTER,
    /** Positions 7–14 of an ID number are not a real date from 1900 to today. */
    BIRTH_DATE,
    /** The last character does not match the check computed from the others. */
    CHECK
  }

  static Validation ok(CodeKind kind, String value) {
    return new Validation(kind, value, Reason.OK, 0, "", "");
  }

  static Validation empty(CodeKind kind) {
    return new Validation(kind, "", Reason.EMPTY, 0, "", "");
  }

  static Validation length(CodeKind kind, String value) {
    return new Validation(
        kind,
        value,
        Reason.LENGTH,
        0,
        Integer.toString(kind.length()),
        Integer.toString(value.length()));
  }

  static Validation character(CodeKind kind, String value, int index) {
    return new Validation(
        kind, value, Reason.CHARACTER, index + 1, "", String.valueOf(value.charAt(index)));
  }

  static Validation birthDate(CodeKind kind, String value, String date) {
    return new Validation(kind, value, Reason.BIRTH_DATE, 0, "", date);
  }

  static Validation check(CodeKind kind, String value, char expected) {
    return new Validation(
        kind,
        value,
        Reason.CHECK,
        value.length(),
        String.valueOf(expected),
        String.valueOf(value.charAt(value.length() - 1)));
  }

  /** Whether the identifier is valid. */
  public boolean isValid() {
    return reason == Reason.OK;
  }

  /** Returns the normalised value if valid, else throws {@link #toException()}. */
  public String orThrow() {
    if (!isValid()) {
      throw toException();
    }
    return value;
  }

  /**
   * The failure as an exception for a dialog. Key {@code <kind prefix>.<reason>}, e.g. {@code
   * ids.uscc.character}; arguments: {@code {0}} the value (an ID number masked, see {@link
   * IdNumber#mask}), then {@code LENGTH}: {@code {1}} found length, {@code {2}} expected
   * length; {@code CHARACTER}: {@code {1}} position, {@code {2}} the character; {@code CHECK}:
   * {@code {1}} expected, {@code {2}} found; {@code BIRTH_DATE}: {@code {1}} the eight date
   * digits. {@code EMPTY} has no arguments.
   *
   * @throws IllegalStateException if the value is valid
   */
  public SuijiException toException() {
    String shown = kind == CodeKind.ID_NUMBER ? IdNumber.mask(value) : value;
    String prefix = kind.keyPrefix();
    return switch (reason) {
      case OK -> throw new IllegalStateException("valid " + kind + " has no error");
      case EMPTY -> new SuijiException(prefix + ".empty");
      case LENGTH -> new SuijiException(prefix + ".length", shown, found, expected);
      case CHARACTER -> new SuijiException(prefix + ".character", shown, position, found);
      case BIRTH_DATE -> new SuijiException(prefix + ".birthDate", shown, found);
      case CHECK -> new SuijiException(prefix + ".check", shown, expected, found);
    };
  }
}
