package cn.suiji.plan.domain;

/** 定向 (a chosen subset) or 不定向 (everyone in the area). */
public enum TaskType {
  DIRECTED,
  UNDIRECTED
}
