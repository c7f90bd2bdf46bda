package cn.suiji.draw.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a draw of one task will use, shown to the clerk before drawing: the strata with
 * their k, the inspector groups with their m, the recusal pairs among them, and every target
 * and inspector left out with its reason. {@link #strata()} and {@link #groups()} turned into
 * the engine's types are the draw's inputs; the rest explains them.
 *
 * @param directorySize targets in the lead department's directory before any filter
 * @param keyItems whether the task has a 重点检查事项 (its ratio may be 100%)
 */
public record DrawPlan(
    String taskCode,
    String taskName,
    boolean directed,
    LocalDate startDate,
    LocalDate endDate,
    int directorySize,
    boolean keyItems,
    List<PlannedStratum> strata,
    List<PlannedGroup> groups,
    List<Conflict> conflicts,
    List<Exclusion> exclusions,
    List<InspectorExclusion> inspectorExclusions) {

  public DrawPlan {
    Objects.requireNonNull(taskCode, "taskCode");
    strata = List.copyOf(strata);
    groups = List.copyOf(groups);
    conflicts = List.copyOf(conflicts);
    exclusions = List.copyOf(exclusions);
    inspectorExclusions = List.copyOf(inspectorExclusions);
  }

  /** Objects in the pool, over all strata. */
  public int poolSize() {
    return strata.stream().mapToInt(PlannedStratum::n).sum();
  }

  /** Objects to be drawn, over all strata. */
  public int totalK() {
    return strata.stream().mapToInt(PlannedStratum::k).sum();
  }

  public List<Stratum> engineStrata() {
    return strata.stream().map(PlannedStratum::toStratum).toList();
  }

  public List<InspectorGroup> engineGroups() {
    return groups.stream().map(PlannedGroup::toGroup).toList();
  }
}
