package cn.suiji.draw.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Splits a task's pool into the strata of its draw and sets each k (DRAW-SPEC §1 leaves both to
 * the application; these are the rules, for the draw service and its tests):
 *
 * <ul>
 *   <li>Targets on the abnormal-operations or serious-violation list form the stratum {@code
 *       listed} at 100% when the working rules say so ({@code listed_full_coverage}); otherwise
 *       they stay with the others.
 *   <li>A task with per-class ratios draws one stratum per risk class that has a ratio ({@code
 *       A}…{@code D}); targets of a class without a ratio are left out (counted, see {@link
 *       Result#classLeftOut}). Targets without a class form the stratum {@code none}, drawn at
 *       the task's whole-pool ratio or fixed count when it has one, else at the floor: an import
 *       that forgot the class must neither hide a target nor draw it at 100%.
 *   <li>Any other task draws one stratum {@code all} at its ratio (rounded up) or fixed count.
 *   <li>The floor (不定向 3%, 定向 10% of the pool by default) applies to the pool of the task:
 *       for {@code all} to that stratum; for a stratified task to the sum of its class strata,
 *       and only when that sum falls short each class stratum is raised to its own floor. The
 *       listed stratum is outside the floor (it is drawn in full anyway).
 *   <li>Strata come in the order A, B, C, D, none (or all), listed; empty strata are dropped.
 * </ul>
 *
 * The pool entries arrive sorted by key (the repository's ORDER BY); each stratum keeps that
 * order in a {@link KeyPool} hashed as it fills, so the engine need neither sort nor hash again.
 */
public final class StrataBuilder {
  public static final String ALL = "all";
  public static final String NONE = "none";
  public static final String LISTED = "listed";

  private static final BigDecimal FULL = BigDecimal.valueOf(100);

  private StrataBuilder() {}

  /** The strata and how many targets were left out because their class has no ratio. */
  public record Result(List<PlannedStratum> strata, int classLeftOut) {
    public Result {
      strata = List.copyOf(strata);
    }
  }

  public static Result build(
      List<PoolEntry> entries, TaskAmount amount, BigDecimal floorPercent, boolean listedFullCoverage) {
    Sorter sorter = sorter(amount, listedFullCoverage);
    entries.forEach(sorter);
    return sorter.finish(floorPercent);
  }

  /**
   * A sorter that takes the pool one entry at a time, in key order, straight from the pool
   * read: each key goes into its stratum's {@link KeyPool}, which checks and hashes it on the
   * way, so a pool of a million keys is walked once.
   */
  public static Sorter sorter(TaskAmount amount, boolean listedFullCoverage) {
    return new Sorter(amount, listedFullCoverage);
  }

  /** Puts pool entries into strata as they come; {@link #finish} sets each k. */
  public static final class Sorter implements Consumer<PoolEntry> {
    private final TaskAmount amount;
    private final boolean listedFullCoverage;
    private final KeyPool.Builder listed = KeyPool.builder();
    private final KeyPool.Builder unclassified = KeyPool.builder();
    private final KeyPool.Builder everyone = KeyPool.builder();
    private final Map<RiskTier, KeyPool.Builder> byTier = new EnumMap<>(RiskTier.class);
    private int leftOut;

    private Sorter(TaskAmount amount, boolean listedFullCoverage) {
      this.amount = amount;
      this.listedFullCoverage = listedFullCoverage;
    }

    @Override
    public void accept(PoolEntry e) {
      if (e.listed() && listedFullCoverage) {
        listed.add(e.key());
      } else if (!amount.stratified()) {
        everyone.add(e.key());
      } else if (e.risk() == null) {
        unclassified.add(e.key());
      } else if (amount.classRatios().containsKey(e.risk())) {
        byTier.computeIfAbsent(e.risk(), t -> KeyPool.builder()).add(e.key());
      } else {
        leftOut++;
      }
    }

    /** The strata with their k under the floor; the sorter is spent. */
    public Result finish(BigDecimal floorPercent) {
      List<PlannedStratum> strata = new ArrayList<>();
      if (amount.stratified()) {
        Map<RiskTier, List<String>> tiers = new EnumMap<>(RiskTier.class);
        byTier.forEach((tier, pool) -> tiers.put(tier, pool.build()));
        strata.addAll(stratified(tiers, unclassified.build(), amount, floorPercent));
      } else {
        KeyPool all = everyone.build();
        int requested = requested(amount.ratioPercent(), amount.fixedCount(), floorPercent, all.size());
        int floorK = SampleSize.floor(floorPercent, all.size());
        strata.add(new PlannedStratum(ALL, all, amount.ratioPercent(), amount.fixedCount(), requested, floorK,
            Math.min(all.size(), Math.max(requested, floorK))));
      }
      KeyPool full = listed.build();
      strata.add(new PlannedStratum(LISTED, full, FULL, null, full.size(), 0, full.size()));
      return new Result(strata.stream().filter(s -> s.n() > 0).toList(), leftOut);
    }
  }

  private static List<PlannedStratum> stratified(Map<RiskTier, List<String>> byTier, List<String> unclassified,
      TaskAmount amount, BigDecimal floorPercent) {
    record Part(String key, List<String> pool, @Nullable BigDecimal ratio, @Nullable Integer fixed, int requested) {}
    List<Part> parts = new ArrayList<>();
    for (RiskTier tier : RiskTier.values()) {
      BigDecimal ratio = amount.classRatios().get(tier);
      if (ratio != null) {
        List<String> pool = byTier.getOrDefault(tier, List.of());
        parts.add(new Part(tier.name(), pool, ratio, null, SampleSize.ofRatio(ratio, pool.size())));
      }
    }
    if (!unclassified.isEmpty()) {
      BigDecimal ratio = amount.ratioPercent() == null && amount.fixedCount() == null
          ? floorPercent : amount.ratioPercent();
      parts.add(new Part(NONE, unclassified, ratio, amount.fixedCount(),
          requested(ratio, amount.fixedCount(), floorPercent, unclassified.size())));
    }
    int total = parts.stream().mapToInt(p -> p.pool().size()).sum();
    int requested = parts.stream().mapToInt(Part::requested).sum();
    boolean short_ = requested < SampleSize.floor(floorPercent, total);
    List<PlannedStratum> strata = new ArrayList<>();
    for (Part p : parts) {
      int floorK = short_ ? SampleSize.floor(floorPercent, p.pool().size()) : 0;
      strata.add(new PlannedStratum(p.key(), p.pool(), p.ratio(), p.fixed(), p.requested(), floorK,
          Math.min(p.pool().size(), Math.max(p.requested(), floorK))));
    }
    return strata;
  }

  private static int requested(@Nullable BigDecimal ratio, @Nullable Integer fixed, BigDecimal floorPercent, int n) {
    if (ratio != null) {
      return SampleSize.ofRatio(ratio, n);
    }
    if (fixed != null) {
      return SampleSize.ofFixed(fixed, n);
    }
    return SampleSize.ofRatio(floorPercent, n);
  }
}
