package cn.suiji.report.domain;

/** What led to an inspection outside the random draws (indicator 14). The names are the stored values. */
public enum OtherInspectionKind {
  /** 专项检查 (专项整治行动) */
  SPECIAL,
  /** 投诉举报 */
  COMPLAINT,
  /** 转办交办 (other or higher departments) */
  ASSIGNED
}
