package cn.suiji.report.domain;

import java.util.Locale;

/**
 * What a statistics view is grouped by. An inspection belongs to its task's lead department, its
 * task, each item of its task, its target's township and industry, and the month its current
 * result was formed (none yet: the row with the empty key). Planned counts exist only for the
 * groupings a task belongs to as a whole (department, task, item).
 */
public enum Grouping {
  DEPARTMENT(true),
  ITEM(true),
  TOWNSHIP(false),
  INDUSTRY(false),
  TASK(true),
  MONTH(false);

  private final boolean planned;

  Grouping(boolean planned) {
    this.planned = planned;
  }

  /** Whether the view has a planned count (Σ k of the tasks in the group). */
  public boolean hasPlanned() {
    return planned;
  }

  /** The name in JSON and on the command line: {@code department}, {@code month} … */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
