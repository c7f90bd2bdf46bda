package cn.suiji.directory.domain;

import java.util.List;

/**
 * The columns of a target-directory file: the canonical header (written in the template, and
 * used in rejection reasons to name the column), the other header texts that mean the same in
 * files from the provincial system and other offices, the longest text the directory keeps, and
 * the template's example value. Headers are part of the file format, hence Chinese in every locale.
 */
public enum TargetField {
  USCC(18, "91350100M000100Y43", "统一社会信用代码", "信用代码", "社会信用代码", "统一代码", "统一社会信用代码（注册号）"),
  REG_NO(15, "", "注册号", "工商注册号", "营业执照注册号"),
  NAME(200, "某某县示例商贸有限公司", "企业名称", "名称", "主体名称", "市场主体名称", "单位名称", "企业（机构）名称", "字号名称"),
  KIND(40, "企业", "市场主体类型", "主体类型", "企业类型", "类型"),
  LEGAL_REP(100, "张三", "法定代表人", "负责人", "经营者", "法定代表人（负责人）", "法人代表", "法定代表人姓名"),
  ADDRESS(300, "某某县城关镇示例街1号", "住所", "地址", "经营场所", "住所（经营场所）", "注册地址", "经营地址"),
  TOWNSHIP(50, "城关镇", "乡镇", "所属乡镇", "乡镇街道", "乡镇（街道）", "所属乡镇（街道）"),
  JURISDICTION_UNIT(100, "城关市场监管所", "管辖单位", "管辖机关", "监管所", "所属监管所", "属地监管所"),
  INDUSTRY(110, "F5211", "行业代码", "行业", "国民经济行业", "国民经济行业代码", "所属行业", "行业门类"),
  INDUSTRY_NAME(100, "百货零售", "行业名称", "国民经济行业名称"),
  REGISTRATION_AUTHORITY(100, "某某县市场监督管理局", "登记机关", "发照机关"),
  STATUS(20, "存续", "登记状态", "状态", "经营状态", "企业状态"),
  FOUNDED(40, "2019-03-05", "成立日期", "注册日期", "成立时间", "核准日期"),
  LIAISON(100, "李四", "联络员", "联系人"),
  PHONE(40, "13993312345", "联系电话", "电话", "联系方式", "手机", "联络员电话", "手机号码"),
  ABNORMAL(10, "否", "经营异常", "列入经营异常名录", "是否列入经营异常名录", "经营异常名录"),
  SERIOUS_VIOLATION(10, "否", "严重违法失信", "严重违法失信名单", "列入严重违法失信名单", "是否列入严重违法失信名单"),
  RISK_CLASS(10, "B", "信用风险分类", "风险分类", "风险等级", "信用风险等级");

  private final int maxLength;
  private final String example;
  private final List<String> headers;

  TargetField(int maxLength, String example, String... headers) {
    this.maxLength = maxLength;
    this.example = example;
    this.headers = List.of(headers);
  }

  /** The template's header text, also the column's name in rejection reasons. */
  public String header() {
    return headers.get(0);
  }

  /** Every header text that means this column, the canonical one first. */
  public List<String> headers() {
    return headers;
  }

  /** The longest text kept for this column. */
  public int maxLength() {
    return maxLength;
  }

  /** The value of the template's example row. */
  public String example() {
    return example;
  }
}
