package cn.suiji.draw.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parts of a department's working rules (工作细则) a draw follows: inspectors per object
 * (≥ 2), the ratio floors for undirected and directed tasks, the window (months) in which a
 * target inspected for the same item is left out, and whether listed targets (经营异常名录,
 * 严重违法失信名单) are all inspected.
 */
public record DrawRules(
    int inspectorsPerTarget,
    BigDecimal floorUndirected,
    BigDecimal floorDirected,
    int exclusionMonths,
    boolean listedFullCoverage) {

  /** The defaults of the schema, for a department without working rules. */
  public static final DrawRules DEFAULT =
      new DrawRules(2, new BigDecimal("3"), new BigDecimal("10"), 12, true);

  public DrawRules {
    Objects.requireNonNull(floorUndirected, "floorUndirected");
    Objects.requireNonNull(floorDirected, "floorDirected");
  }

  /** The floor for a task of the given type. */
  public BigDecimal floor(boolean directed) {
    return directed ? floorDirected : floorUndirected;
  }
}
