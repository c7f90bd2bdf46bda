package cn.suiji.plan.domain;

import java.math.BigDecimal;

/** The working rules' lowest ratios in percent: 不定向 (3 by default) and 定向 (10 by default). */
public record RatioFloors(BigDecimal undirected, BigDecimal directed) {
  public static final RatioFloors DEFAULT = new RatioFloors(new BigDecimal("3"), new BigDecimal("10"));

  /** The floor of a task of {@code type}. */
  public BigDecimal of(TaskType type) {
    return type == TaskType.DIRECTED ? directed : undirected;
  }
}
