package cn.suiji.publish.domain;

import cn.suiji.inspection.domain.TaskResults;
import org.jspecify.annotations.Nullable;

/**
 * What a column of the public results export can hold, each named by the disclosure platforms'
 * term (the default header). There is no field for an inspector's name, certificate or ID
 * number: the public export cannot carry them whatever the mapping says.
 */
public enum ExportField {
  PLAN_CODE("抽查计划编号"),
  PLAN_NAME("抽查计划名称"),
  TASK_NUMBER("抽查任务编号"),
  TASK_NAME("抽查任务名称"),
  TASK_TYPE("抽查类型"),
  DEPARTMENTS("检查实施机关"),
  TARGET_NAME("市场主体名称"),
  TARGET_CODE("统一社会信用代码/注册号"),
  RESULT_DATE("检查完成日期"),
  RESULT("检查结果"),
  REMARK("备注"),
  /** Not a default column: the lead department that publishes (公示机关). */
  ISSUER("公示机关");

  private final String term;

  ExportField(String term) {
    this.term = term;
  }

  /** The disclosure platforms' name of the field: the default header, and how a mapping names it. */
  public String term() {
    return term;
  }

  /** The field of the term (its Chinese name or its constant's name), or null. */
  public static @Nullable ExportField byTerm(String text) {
    String t = text.strip();
    for (ExportField f : values()) {
      if (f.term.equals(t) || f.name().equalsIgnoreCase(t)) {
        return f;
      }
    }
    return null;
  }

  /** The value of this field in {@code row} of {@code task}: a date for RESULT_DATE, text otherwise. */
  public Object value(TaskResults task, TaskResults.Row row) {
    return switch (this) {
      case PLAN_CODE -> task.planCode();
      case PLAN_NAME -> task.planName();
      case TASK_NUMBER -> task.taskNumber();
      case TASK_NAME -> task.taskName();
      case TASK_TYPE -> task.type();
      case DEPARTMENTS -> task.departmentNames();
      case TARGET_NAME -> row.name();
      case TARGET_CODE -> row.code();
      case RESULT_DATE -> row.formedOn();
      case RESULT -> row.resultText();
      case REMARK -> row.remark();
      case ISSUER -> task.issuer();
    };
  }
}
