package cn.suiji.inspection.domain;

/** What a result code says about the inspection (无问题 / 有问题 / 无法检查). The names are the stored values. */
public enum ResultKind {
  /** 无问题 */
  NO_PROBLEM,
  /** 有问题 */
  PROBLEM,
  /** 无法检查: closed, deregistered, moved away, no such business … */
  NOT_CHECKED
}
