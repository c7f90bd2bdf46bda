package cn.suiji.directory.domain;

/** Registration status; only targets in business are ever drawn. */
public enum TargetStatus {
  /** 存续 */
  EXISTING,
  /** 在业 */
  OPERATING,
  /** 吊销 */
  REVOKED,
  /** 注销 */
  CANCELLED,
  /** 迁出 */
  MOVED_OUT;

  /** Whether a target in this status may enter a draw pool. */
  public boolean inBusiness() {
    return this == EXISTING || this == OPERATING;
  }
}
