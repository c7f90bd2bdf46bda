package cn.suiji.directory.domain;

/** 一般检查事项 or 重点检查事项. */
public enum ItemClass {
  /** 一般 */
  GENERAL,
  /** 重点 */
  KEY
}
