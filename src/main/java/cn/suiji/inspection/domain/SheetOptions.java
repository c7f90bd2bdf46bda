package cn.suiji.inspection.domain;

import java.util.List;

/**
 * The boxes a 检查记录表 offers to tick: the verification methods (issue 12), the result labels
 * (DOMAIN §4's result codes, through {@link ResultLabels} so an editable list can replace them)
 * and the follow-ups (DOMAIN §4). Printed text, as the county's forms word it.
 */
public final class SheetOptions {
  /** 检查方式: the six verification methods of the record sheet. */
  public static final List<String> METHODS = List.of("书面检查", "实地核查", "网络监测", "委托专业机构", "抽样检测", "其他");

  /** 后续处置 (DOMAIN §4): 其他 is followed by a line to write on. */
  public static final List<String> FOLLOW_UPS = List.of("无需后续处置", "反馈日常监管部门处理", "责令改正", "移送办案机构",
      "抄告相关部门", "其他");

  private SheetOptions() {}
}
