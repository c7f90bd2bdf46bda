package cn.suiji.report.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A count over a count (完成率, 问题发现率 …); no share when the denominator is 0. */
public record Share(int part, int whole) {
  public Share {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException(part + "/" + whole);
    }
  }

  /** The fraction in [0, 1], or null when the whole is 0. */
  public @Nullable Double fraction() {
    return whole == 0 ? null : (double) part / whole;
  }

  /** "85.7%" (one decimal, half up), or "—" when the whole is 0. */
  public String percentText() {
    Double f = fraction();
    return f == null ? "—" : String.format(Locale.ROOT, "%.1f%%", f * 100);
  }
}
