package cn.suiji.directory.domain;

/** Whether an inspector can be drawn: only those on duty are. */
public enum InspectorStatus {
  /** 在岗 */
  ON_DUTY,
  /** 借调 */
  SECONDED,
  /** 休假 */
  ON_LEAVE,
  /** 停用 */
  DISABLED
}
