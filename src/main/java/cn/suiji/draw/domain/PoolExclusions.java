package cn.suiji.draw.domain;

import java.util.List;

/**
 * The pool funnel a draw attempt froze, stored with it and printed on its record: the lead
 * department's directory size, the pool size, and how many targets each rule left out (in the
 * order of {@link Exclusion.Reason}; they add up to the directory minus the pool).
 */
public record PoolExclusions(int directorySize, int poolSize, List<Exclusion> exclusions) {
  public PoolExclusions {
    exclusions = List.copyOf(exclusions);
  }

  /** The funnel of {@code plan}. */
  public static PoolExclusions of(DrawPlan plan) {
    return new PoolExclusions(plan.directorySize(), plan.poolSize(), plan.exclusions());
  }
}
