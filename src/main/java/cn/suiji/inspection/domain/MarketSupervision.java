package cn.suiji.inspection.domain;

/**
 * Whether a department is the market-supervision bureau (市场监督管理局), which itself puts an
 * entity on the abnormal list (经营异常名录); every other department notifies it instead (抄告).
 * The directory keeps no flag for it: a county has exactly one such bureau and its name says so
 * (…市场监督管理局, …市场监管局), or it carries the conventional code {@code SCJGJ}
 * (docs/decisions/0020-results-and-deadlines.md).
 */
public final class MarketSupervision {
  /** The conventional department code of the bureau (the demo county's too). */
  public static final String CODE = "SCJGJ";

  private MarketSupervision() {}

  public static boolean is(String departmentCode, String departmentName) {
    String name = departmentName == null ? "" : departmentName;
    return CODE.equalsIgnoreCase(departmentCode == null ? "" : departmentCode.strip())
        || name.contains("市场监督管理") || name.contains("市场监管");
  }
}
