package cn.suiji.report.domain;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one group (a department, a township, a month …) of a year.
 *
 * @param key the group's code (department code, task code, item code, township, industry code,
 *     "2026-04"); empty for "none" (no township, no result yet)
 * @param planned Σ k of the group's tasks (a fixed number, else the number its confirmed draw
 *     selected); null where the grouping has no plan ({@link Grouping#hasPlanned()})
 * @param unsizedTasks tasks of the group whose k is not known yet (a ratio task not drawn)
 * @param drawn inspections (targets selected by a confirmed draw)
 * @param notified inspections whose notice was delivered (NOTIFIED, INSPECTED or PUBLISHED)
 * @param inspected inspections with a current result
 * @param withProblem of those, a result with a code of kind 有问题
 * @param published inspections whose result was marked published
 * @param onTime of those, published on or before the due day recorded at marking
 * @param followUps follow-ups (后续处置) of the group's inspections
 * @param followUpsClosed of those, closed
 */
public record GroupFigures(String key, String label, @Nullable Integer planned, int tasks, int unsizedTasks, int drawn,
    int notified, int inspected, int withProblem, int published, int onTime, int followUps, int followUpsClosed) {

  /** 完成率: inspected / drawn. */
  public Share completion() {
    return new Share(inspected, drawn);
  }

  /** 问题发现率: with a problem code / inspected. */
  public Share problemRate() {
    return new Share(withProblem, inspected);
  }

  /** 完结率: follow-ups closed / follow-ups. */
  public Share closure() {
    return new Share(followUpsClosed, followUps);
  }

  /** 按时公示率: published on time / published. */
  public Share onTimeRate() {
    return new Share(onTime, published);
  }

  /** These figures with {@code other}'s added (planned stays null when either is null). */
  public GroupFigures plus(GroupFigures other, String key, String label) {
    Integer p = planned == null || other.planned == null ? null : planned + other.planned;
    return new GroupFigures(key, label, p, tasks + other.tasks, unsizedTasks + other.unsizedTasks,
        drawn + other.drawn, notified + other.notified, inspected + other.inspected, withProblem + other.withProblem,
        published + other.published, onTime + other.onTime, followUps + other.followUps,
        followUpsClosed + other.followUpsClosed);
  }

  /** All zero, planned 0 when {@code withPlanned}. */
  public static GroupFigures empty(String key, String label, boolean withPlanned) {
    return new GroupFigures(key, label, withPlanned ? 0 : null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
