package cn.suiji.report.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the data holds about a department's year, gathered for its evaluation ({@link Indicators}).
 *
 * @param asOf the day the evaluation is made: a task whose window ended before it is due
 * @param targets existing and operating targets of the department's directory
 * @param targetsUpdated the last day one of them was imported or edited
 * @param inspectors inspectors of the department on duty
 * @param items item-list versions of the department valid in the year
 * @param itemsPublicised of those, with a publicity date (公示)
 * @param itemFrequency item code → its frequency per year, for the items that state one
 * @param tasks the tasks of the department's annual plan of the year that it leads
 * @param jointLed tasks of the year it leads with partner departments; {@code jointLedDrawn} of those drawn
 * @param jointPartnered tasks of the year of other departments it takes part in; {@code jointPartneredDrawn} drawn
 * @param figures the statistics of the department's tasks (ADR 0026): planned, drawn, inspected,
 *     published, on time, follow-ups and closed ones
 */
public record DepartmentYearFacts(int year, LocalDate asOf, int targets, @Nullable LocalDate targetsUpdated,
    int inspectors, @Nullable LocalDate inspectorsUpdated, int items, int itemsPublicised,
    @Nullable LocalDate itemsPublicisedOn, Map<String, Integer> itemFrequency, boolean planExists,
    @Nullable LocalDate planPublished, @Nullable LocalDate planFiled, boolean rulesExist, boolean rulesText,
    List<TaskFacts> tasks, int jointLed, int jointLedDrawn, int jointPartnered, int jointPartneredDrawn,
    GroupFigures figures, List<Referral> referrals, List<OtherInspection> others, List<Evidence> evidence) {

  public DepartmentYearFacts {
    itemFrequency = Map.copyOf(itemFrequency);
    tasks = List.copyOf(tasks);
    referrals = List.copyOf(referrals);
    others = List.copyOf(others);
    evidence = List.copyOf(evidence);
  }

  /**
   * A task of the plan as indicator 10 sees it.
   *
   * @param drawn a confirmed draw exists
   * @param drawnLate the confirmed draw was opened after the task's window had ended (with a reason)
   * @param createdOn the day the audit log records its creation (null when the log has none:
   *     created by the demo or an import before the log named tasks)
   */
  public record TaskFacts(String code, String name, LocalDate start, LocalDate end, boolean cancelled, boolean drawn,
      boolean drawnLate, @Nullable LocalDate createdOn, List<String> itemCodes) {
    public TaskFacts {
      itemCodes = List.copyOf(itemCodes);
    }
  }
}
