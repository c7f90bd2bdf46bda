package cn.suiji.draw.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stratum as the clerk sees it before the draw: its key, the pool (sorted), how k came about
 * (the ratio or fixed count asked for, the k that gives, the floor's k) and the k drawn.
 *
 * @param ratioPercent the ratio asked for, or null for a fixed count
 * @param fixedCount the fixed count asked for, or null for a ratio
 * @param requestedK k from the ratio (rounded up) or the fixed count, capped at n
 * @param floorK the k the working rules' floor demands, 0 where no floor applies
 * @param k the number drawn: {@code max(requestedK, floorK)}, at most n
 */
public record PlannedStratum(
    String key,
    List<String> pool,
    @Nullable BigDecimal ratioPercent,
    @Nullable Integer fixedCount,
    int requestedK,
    int floorK,
    int k) {

  public PlannedStratum {
    pool = pool instanceof KeyPool immutable ? immutable : List.copyOf(pool);
  }

  public int n() {
    return pool.size();
  }

  /** True when the floor raised k above what the task asked for. */
  public boolean floorApplied() {
    return k > requestedK;
  }

  /** The engine's stratum. */
  public Stratum toStratum() {
    return new Stratum(key, k, pool);
  }
}
