package cn.suiji.inspection.domain;

/** Whether a numbered document is in force or was voided (作废: it keeps its number). The names are the stored values. */
public enum DocumentStatus {
  /** 已签发 */
  ISSUED,
  /** 已作废 */
  VOIDED
}
