package cn.suiji.directory.domain;

/** 市场主体类型 and the other kinds of object a task may inspect. */
public enum TargetKind {
  /** 企业 */
  ENTERPRISE,
  /** 个体工商户 */
  INDIVIDUAL,
  /** 农民专业合作社 */
  COOPERATIVE,
  /** 其他组织 */
  OTHER_ORG,
  /** 产品 */
  PRODUCT,
  /** 项目 */
  PROJECT
}
