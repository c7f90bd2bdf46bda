package cn.suiji.cli;

import cn.suiji.shared.SuijiException;

/**
 * Numeric options checked before a command does anything: picocli takes any {@code int}, and
 * {@code calendar deadline --workdays 2000000000} counted for over a minute before answering.
 */
public final class Bounds {
  /** The most working days a deadline may count: about four years, beyond any legal time limit. */
  static final int MAX_WORKDAYS = 1000;

  private Bounds() {}

  /** {@code value} if {@code min <= value <= max}; otherwise refused naming the option and the range. */
  public static long within(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new SuijiException("cli.error.range", option, String.valueOf(value), String.valueOf(min), String.valueOf(max));
    }
    return value;
  }

  /** {@code value} if it is at least 1 (for the benches' sizes, which may be large). */
  public static long positive(String option, long value) {
    if (value < 1) {
      throw new SuijiException("cli.error.notPositive", option, String.valueOf(value));
    }
    return value;
  }
}
