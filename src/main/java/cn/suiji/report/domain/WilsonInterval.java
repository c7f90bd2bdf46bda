package cn.suiji.report.domain;

/**
 * The Wilson score interval of a proportion (Wilson 1927; method 3 of Newcombe, Statistics in
 * Medicine 17:857–872, 1998, without continuity correction): for x successes in n trials,
 * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n). Unlike p̂ ± z·√(p̂(1−p̂)/n) it stays
 * within [0, 1] and is wide for a handful of inspections, so two problems in three visits do not
 * outrank forty in two hundred.
 */
public record WilsonInterval(double lower, double upper) {
  /** z for a two-sided 95 % interval. */
  public static final double Z95 = 1.959963984540054;

  /** The 95 % interval of {@code x} in {@code n}; n must be positive. */
  public static WilsonInterval of95(int x, int n) {
    return of(x, n, Z95);
  }

  public static WilsonInterval of(int x, int n, double z) {
    if (n <= 0 || x < 0 || x > n) {
      throw new IllegalArgumentException(x + "/" + n);
    }
    double p = (double) x / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // x = 0 and x = n give 0 and 1 exactly; rounding must not push them past
    return new WilsonInterval(x == 0 ? 0 : Math.max(0, centre - half), x == n ? 1 : Math.min(1, centre + half));
  }
}
