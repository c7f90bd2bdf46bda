package cn.suiji.draw.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How much of its pool a task draws, as the annual plan set it: a ratio or a fixed count for
 * the whole pool, or a ratio per risk class (A–D) for a stratified draw. When both are set the
 * per-class ratios win and the whole-pool ratio applies to targets without a class.
 */
public record TaskAmount(
    @Nullable BigDecimal ratioPercent,
    @Nullable Integer fixedCount,
    Map<RiskTier, BigDecimal> classRatios) {

  public TaskAmount {
    classRatios = Map.copyOf(classRatios);
  }

  public static TaskAmount ratio(BigDecimal percent) {
    return new TaskAmount(percent, null, Map.of());
  }

  public static TaskAmount fixed(int count) {
    return new TaskAmount(null, count, Map.of());
  }

  /** Per-class ratios; a class left out is not drawn. */
  public static TaskAmount perClass(
      @Nullable BigDecimal a, @Nullable BigDecimal b, @Nullable BigDecimal c, @Nullable BigDecimal d) {
    Map<RiskTier, BigDecimal> ratios = new EnumMap<>(RiskTier.class);
    put(ratios, RiskTier.A, a);
    put(ratios, RiskTier.B, b);
    put(ratios, RiskTier.C, c);
    put(ratios, RiskTier.D, d);
    return new TaskAmount(null, null, ratios);
  }

  /** True when the draw is stratified by risk class. */
  public boolean stratified() {
    return !classRatios.isEmpty();
  }

  private static void put(Map<RiskTier, BigDecimal> ratios, RiskTier tier, @Nullable BigDecimal ratio) {
    if (ratio != null) {
      ratios.put(tier, ratio);
    }
  }
}
