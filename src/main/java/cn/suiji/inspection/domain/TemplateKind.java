package cn.suiji.inspection.domain;

/**
 * The documents between a draw and the visit that print from a .docx template the county may
 * reword: one template per kind. The names are the stored values.
 */
public enum TemplateKind {
  /** 抽查任务公告 (拟检查公告). */
  ANNOUNCEMENT,
  /** 检查通知书. */
  NOTICE,
  /** 检查记录表. */
  SHEET,
  /** 检查结果公告. */
  RESULTS
}
