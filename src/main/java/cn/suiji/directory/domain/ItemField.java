package cn.suiji.directory.domain;

import java.util.List;

/**
 * The fields of an inspection item, as columns of an item-list file and as fields of the editor:
 * the canonical header (the template's and the CLI export's, and the field's name in reasons),
 * the other header texts that mean it, and the longest text kept. Headers are part of the file
 * format, hence Chinese in every locale.
 */
public enum ItemField {
  CODE(40, "事项编码", "抽查事项编码", "编码", "事项代码", "检查事项编码", "序号编码"),
  NAME(200, "抽查事项名称", "抽查事项", "事项名称", "检查事项", "检查事项名称"),
  SUB_ITEM(200, "抽查子项", "子项", "检查子项", "子项名称"),
  LEGAL_BASIS(2000, "抽查依据", "法律依据", "检查依据", "依据", "法律法规依据"),
  IMPLEMENTING_BODY(100, "实施主体", "实施层级", "检查主体", "实施主体/层级"),
  TARGET_KIND(40, "检查对象", "抽查对象类型", "抽查对象", "检查对象类型", "对象类型"),
  CONTENT(2000, "检查内容", "抽查内容"),
  METHOD(100, "检查方式", "抽查方式", "检查方法"),
  RATIO(20, "抽查比例", "抽查比例(%)", "比例", "检查比例"),
  FREQUENCY(20, "抽查频次", "检查频次", "频次", "抽查频次(次/年)"),
  INSPECTOR_REQUIREMENT(500, "执法人员要求", "检查人员要求", "执法检查人员要求", "人员要求"),
  ITEM_CLASS(20, "事项类别", "事项类别(一般/重点)", "类别", "事项类型", "检查事项类别"),
  LEGAL_REVIEW(40, "法制审核日期", "法制审核", "法制审核时间"),
  PUBLICISED(40, "公示日期", "公开日期", "向社会公示日期"),
  VALID_FROM(40, "生效日期", "施行日期", "有效期起", "启用日期"),
  VALID_TO(40, "失效日期", "废止日期", "有效期止", "停用日期");

  private final int maxLength;
  private final List<String> headers;

  ItemField(int maxLength, String... headers) {
    this.maxLength = maxLength;
    this.headers = List.of(headers);
  }

  /** The canonical header, also the field's name in messages. */
  public String header() {
    return headers.get(0);
  }

  public List<String> headers() {
    return headers;
  }

  public int maxLength() {
    return maxLength;
  }
}
