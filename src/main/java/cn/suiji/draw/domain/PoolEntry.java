package cn.suiji.draw.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One target left in the pool after every filter, as the strata builder needs it: its draw
 * key, its risk class (null when it has none, or when the draw does not stratify by class) and
 * whether it is on the abnormal-operations or serious-violation list (false when the draw does
 * not set those apart: the pool read leaves out what the draw does not use).
 */
public record PoolEntry(String key, @Nullable RiskTier risk, boolean listed) {
  public PoolEntry {
    Objects.requireNonNull(key, "key");
  }
}
