package cn.suiji.inspection.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public learns of a task's results (一公开), for the 检查结果公告 and the public export:
 * the plan, the task, its type and inspecting departments, and one row per inspection that has a
 * result in force — its target's name and code, the day the result was formed, the labels of its
 * result codes and the remark. Inspectors' names and ID numbers are never part of it. Every text
 * is ready to print (names, not codes).
 *
 * @param issuer the lead department's name
 * @param planCode the plan's code (抽查计划编号), empty when the plan has none
 * @param taskNumber the task's number as published (the province's, else the task code)
 * @param directed 定向 when true, 不定向 when false
 * @param departments every inspecting department, lead first (检查实施机关)
 * @param rows the inspections with a result, in draw order
 * @param withoutResult the task's inspections that have no result yet (not listed)
 */
public record TaskResults(
    String issuer,
    String planCode,
    String planName,
    String taskNumber,
    String taskName,
    boolean directed,
    List<String> departments,
    List<Row> rows,
    int withoutResult) {

  public TaskResults {
    departments = List.copyOf(departments);
    rows = List.copyOf(rows);
  }

  /** 定向 or 不定向 (抽查类型). */
  public String type() {
    return directed ? "定向" : "不定向";
  }

  /** The inspecting departments as one text: 甲局、乙局. */
  public String departmentNames() {
    return String.join("、", departments);
  }

  /**
   * One published result.
   *
   * @param code the credit code, else the registration number (统一社会信用代码/注册号)
   * @param formedOn 检查完成日期: the day the result was formed
   * @param results the labels of the result's codes, in the list's order
   * @param remark 备注: the result's remark, empty when none
   */
  public record Row(String name, String code, LocalDate formedOn, List<String> results, String remark) {
    public Row {
      results = List.copyOf(results);
    }

    /** The labels as one text: 发现问题待后续处理；通过登记的住所（经营场所）无法联系. */
    public String resultText() {
      return String.join("；", results);
    }
  }
}
