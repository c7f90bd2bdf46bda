package cn.suiji.inspection.domain;

import java.util.List;

/**
 * The result labels a record sheet offers to tick, in the result-code list's order. {@link
 * #STANDARD} is DOMAIN §4's list (the codes a production provincial platform uses); a province's
 * editable list (issue 13) plugs in here.
 */
@FunctionalInterface
public interface ResultLabels {
  /** 1 未发现问题 … 12 迁出, sub-codes after their parent. */
  ResultLabels STANDARD = () -> List.of(
      "未发现问题",
      "发现问题待后续处理",
      "违反市场监管相关规定",
      "未按规定公示应当公示的信息",
      "公示信息隐瞒真实情况弄虚作假",
      "通过登记的住所（经营场所）无法联系",
      "其他",
      "违反食品药品管理相关规定",
      "违反质量技术监督相关规定",
      "违反其他部门相关规定",
      "发现问题经责令已改正",
      "未发现开展本次抽查涉及的经营活动",
      "已关闭停业或正在组织清算",
      "不配合检查情节严重",
      "注销",
      "被吊销",
      "被撤销",
      "迁出");

  List<String> labels();
}
