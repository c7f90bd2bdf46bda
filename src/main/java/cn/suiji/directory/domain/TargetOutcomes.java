package cn.suiji.directory.domain;

import java.util.List;

/**
 * The results and follow-ups of a target's inspections, oldest inspection first: supplied to the
 * targets screen by the composition root from the inspection feature (which builds on the
 * directory, so the directory cannot call it).
 */
@FunctionalInterface
public interface TargetOutcomes {
  /** None: a screen built without the inspection feature (tests of the directory alone). */
  TargetOutcomes NONE = targetId -> List.of();

  List<TargetOutcome> of(long targetId);
}
