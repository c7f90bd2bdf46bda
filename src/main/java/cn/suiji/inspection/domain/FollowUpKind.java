package cn.suiji.inspection.domain;

/** 后续处置: what is done about a problem found. The names are the stored values. */
public enum FollowUpKind {
  /** 责令改正 (a 责令限期公示 too) */
  ORDER_CORRECTION,
  /** 立案调查 */
  CASE_INVESTIGATION,
  /** 移送/抄告: the referral register (receiving body, date, feedback) */
  REFERRAL,
  /** 列入经营异常名录 */
  ABNORMAL_LIST,
  /** 其他 (with a text) */
  OTHER
}
