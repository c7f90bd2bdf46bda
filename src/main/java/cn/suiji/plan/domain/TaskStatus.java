package cn.suiji.plan.domain;

/** Where a task of the annual plan stands. */
public enum TaskStatus {
  PLANNED,
  DRAWN,
  IN_PROGRESS,
  DONE,
  CANCELLED
}
