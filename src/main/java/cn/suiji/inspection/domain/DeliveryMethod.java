package cn.suiji.inspection.domain;

/** How a notice reached its target (送达方式). The names are the stored values. */
public enum DeliveryMethod {
  /** 直接送达 */
  DIRECT,
  /** 邮寄送达 */
  MAIL,
  /** 电子送达 */
  ELECTRONIC,
  /** 留置送达 */
  LEFT_AT_PREMISES
}
