package cn.suiji.draw.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One target left in the pool after every filter, as the strata builder needs it: its draw
 * key, its risk class (null when it has none) and whether it is on the abnormal-operations or
 * serious-violation list.
 */
public record PoolEntry(String key, @Nullable RiskTier risk, boolean listed) {
  public PoolEntry {
    Objects.requireNonNull(key, "key");
  }
}
