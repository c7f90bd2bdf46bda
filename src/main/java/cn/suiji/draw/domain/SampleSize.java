package cn.suiji.draw.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many objects to draw from a pool of n (抽取数量), for the draw planner and its tests: a
 * ratio is rounded up ({@code ceil(ratio% × n)}, so 3% of 1 is 1), a fixed count is capped at n,
 * and the working rules' floor (不定向 ≥ 3%, 定向 ≥ 10% by default) raises a smaller result.
 * Nothing caps a ratio from above: 100% (全覆盖) is allowed, as for 重点检查事项 and listed
 * targets. The result is always within 0…n.
 */
public final class SampleSize {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SampleSize() {}

  /** {@code ceil(percent × n / 100)}, capped at n; a percent of 0 or less gives 0. */
  public static int ofRatio(BigDecimal percent, int n) {
    requireSize(n);
    if (percent.signum() <= 0) {
      return 0;
    }
    BigDecimal exact = percent.multiply(BigDecimal.valueOf(n)).divide(HUNDRED, 0, RoundingMode.CEILING);
    return exact.min(BigDecimal.valueOf(n)).intValueExact();
  }

  /** The fixed count, capped at n (and at least 0). */
  public static int ofFixed(int count, int n) {
    requireSize(n);
    return Math.max(0, Math.min(count, n));
  }

  /** The size the floor demands of a pool of n: {@code ceil(floor% × n)}. */
  public static int floor(BigDecimal floorPercent, int n) {
    return ofRatio(floorPercent, n);
  }

  /** {@code requested}, raised to the floor of n where it is below it; within 0…n. */
  public static int withFloor(int requested, BigDecimal floorPercent, int n) {
    return Math.min(n, Math.max(requested, floor(floorPercent, n)));
  }

  private static void requireSize(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("pool size " + n);
    }
  }
}
