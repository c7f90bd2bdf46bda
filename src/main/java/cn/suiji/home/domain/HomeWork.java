package cn.suiji.home.domain;

import java.util.List;

/**
 * The work the home page puts in view: undrawn tasks whose window has ended (overdue, the
 * longest overdue first), undrawn tasks whose window has not ended (the soonest end first), and
 * drawn tasks with inspections waiting for their next step.
 */
public record HomeWork(List<WorkTask> overdue, List<WorkTask> dueSoon, List<WorkTask> drawn) {
  public HomeWork {
    overdue = List.copyOf(overdue);
    dueSoon = List.copyOf(dueSoon);
    drawn = List.copyOf(drawn);
  }

  public static final HomeWork NONE = new HomeWork(List.of(), List.of(), List.of());
}
