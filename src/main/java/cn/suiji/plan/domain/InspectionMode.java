package cn.suiji.plan.domain;

/** Who draws and who inspects: 县抽县查 and its siblings. */
public enum InspectionMode {
  /** 县抽县查 */
  COUNTY_COUNTY,
  /** 市抽县查 */
  CITY_COUNTY,
  /** 省抽县查 */
  PROVINCE_COUNTY
}
