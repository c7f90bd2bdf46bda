package cn.suiji.plan.ui;

/** How the editor states a task's amount: a ratio, a count, or a ratio per risk class. */
public enum AmountKind {
  RATIO, COUNT, CLASSES
}
