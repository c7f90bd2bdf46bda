package cn.suiji.inspection.domain;

/** How the inspectors verified (检查方式, shared/DOMAIN.md §4). The names are the stored values. */
public enum VerificationMethod {
  /** 实地检查 */
  ON_SITE,
  /** 书面检查 */
  DOCUMENTS,
  /** 行政部门检查结果或专业意见 */
  AUTHORITY_OPINION,
  /** 检验检测 */
  TESTING,
  /** 网络监测 */
  ONLINE,
  /** 委托专业机构辅助 */
  EXPERT_AGENCY
}
