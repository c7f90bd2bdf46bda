package cn.suiji.plan.domain;

import java.util.List;

/**
 * The columns of a task file (ImportKind.TASKS): the canonical header (in the template, in the
 * task sheet and in rejection reasons) and the other header texts that mean the same. Headers
 * are part of the file format, hence Chinese in every locale.
 */
public enum TaskColumn {
  CODE(true, "任务编号", "编号", "任务代码", "抽查任务编号"),
  NAME(true, "任务名称", "抽查任务名称", "任务"),
  TYPE(true, "抽查类型", "类型", "任务类型"),
  ITEMS(true, "抽查事项编码", "事项编码", "抽查事项代码", "检查事项编码"),
  RATIO(false, "抽查比例", "比例", "抽查比例(%)", "抽查比例（%）"),
  COUNT(false, "抽查数量", "数量", "抽查户数"),
  RATIO_A(false, "A类比例", "A类抽查比例"),
  RATIO_B(false, "B类比例", "B类抽查比例"),
  RATIO_C(false, "C类比例", "C类抽查比例"),
  RATIO_D(false, "D类比例", "D类抽查比例"),
  START(true, "开始日期", "开始时间", "起始日期"),
  END(true, "结束日期", "结束时间", "截止日期"),
  LEAD(true, "牵头部门", "牵头单位", "发起部门"),
  PARTNERS(false, "配合部门", "配合单位", "参与部门"),
  MODE(false, "抽查方式", "方式", "检查方式"),
  STATUS(false, "任务状态", "状态"),
  TOWNSHIPS(false, "乡镇", "乡镇范围", "所属乡镇"),
  INDUSTRIES(false, "行业", "行业代码", "行业范围"),
  KINDS(false, "对象类型", "市场主体类型", "主体类型");

  private final boolean required;
  private final List<String> headers;

  TaskColumn(boolean required, String... headers) {
    this.required = required;
    this.headers = List.of(headers);
  }

  public boolean required() {
    return required;
  }

  /** The canonical header. */
  public String header() {
    return headers.get(0);
  }

  public List<String> headers() {
    return headers;
  }

  /** The column holding {@code field}'s value, to name it in a rejection. */
  public static TaskColumn of(TaskField field) {
    return switch (field) {
      case CODE -> CODE;
      case NAME -> NAME;
      case TYPE -> TYPE;
      case RATIO -> RATIO;
      case COUNT -> COUNT;
      case CLASS_RATIOS -> RATIO_A;
      case START -> START;
      case END -> END;
      case ITEMS -> ITEMS;
      case LEAD -> LEAD;
      case PARTNERS -> PARTNERS;
      case MODE -> MODE;
      case STATUS -> STATUS;
      case TOWNSHIPS -> TOWNSHIPS;
      case INDUSTRIES -> INDUSTRIES;
      case KINDS -> KINDS;
    };
  }
}
