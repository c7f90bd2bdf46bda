package cn.suiji.directory.domain;

/** Why an inspector must not inspect a target. */
public enum RecusalReason {
  /** 亲属 */
  KIN,
  /** 曾任职 */
  FORMER_EMPLOYMENT,
  /** 利害关系 */
  INTEREST,
  /** 其他 */
  OTHER
}
