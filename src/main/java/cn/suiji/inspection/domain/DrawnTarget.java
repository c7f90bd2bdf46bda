package cn.suiji.inspection.domain;

import java.util.List;

/** One target a confirmed draw selected, by its row id, with its inspectors' row ids in pick order. */
public record DrawnTarget(long targetId, List<Long> inspectorIds) {

  public DrawnTarget {
    inspectorIds = List.copyOf(inspectorIds);
  }
}
