package cn.suiji.plan.domain;

/** The field of a task a problem is about, so the editor and the import can name it. */
public enum TaskField {
  CODE, NAME, TYPE, RATIO, COUNT, CLASS_RATIOS, START, END, ITEMS, LEAD, PARTNERS, MODE, STATUS, TOWNSHIPS,
  INDUSTRIES, KINDS
}
