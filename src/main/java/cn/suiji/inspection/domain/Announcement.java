package cn.suiji.inspection.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of a 抽查任务公告 (拟检查公告) of one task, numbered, as the renderers print it:
 * plan, task, type, items, scope, window, inspecting departments, number of targets and, when
 * the working rules say so, the drawn targets. Every text is ready to print (names, not codes).
 *
 * @param number the document number, e.g. 青市监抽告〔2026〕3号
 * @param issuer the lead department's name (the 落款)
 * @param planCode the plan's code (抽查计划编号)
 * @param planName the plan's title
 * @param taskNumber the task's number as published (the province's task number where there is one, else the task code)
 * @param directed 定向 when true, 不定向 when false
 * @param items the items' names (with sub-item where there is one)
 * @param scope the target scope in words (抽查对象范围)
 * @param departments every inspecting department, lead first
 * @param targetCount the number of drawn targets (抽查数量)
 * @param targets the drawn targets, in draw order; empty when the rules do not list them
 * @param date the date of issue
 */
public record Announcement(
    String number,
    String issuer,
    String planCode,
    String planName,
    String taskNumber,
    String taskName,
    boolean directed,
    List<String> items,
    String scope,
    LocalDate from,
    LocalDate to,
    List<String> departments,
    int targetCount,
    List<Listed> targets,
    LocalDate date) {

  public Announcement {
    items = List.copyOf(items);
    departments = List.copyOf(departments);
    targets = List.copyOf(targets);
  }

  /** A drawn target as the announcement lists it: name, credit code or registration number, registration authority. */
  public record Listed(String name, String code, String registrationAuthority) {}
}
