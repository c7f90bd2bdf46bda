package cn.suiji.publish.service;

import cn.suiji.inspection.domain.PendingCount;
import cn.suiji.inspection.domain.PendingPublication;
import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.domain.DepartmentDeadlines;
import cn.suiji.publish.domain.PublicationDeadline;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The publication deadlines (公示期限) for the deadlines view, {@code suiji publish due} and the
 * home page: every recorded, unpublished result with its due date on the working-day calendar
 * (each department's {@code publish_workdays}, 20 by default), its state on a day, and the
 * inspections past their task's window without a result; counted per department. Reads only.
 */
public final class DeadlineService {
  /**
   * Soonest due first, then the oldest result, then by inspection. Within a department the due
   * date never decreases with the result date, so this is result-date order there.
   */
  private static final Comparator<PublicationDeadline> ORDER = Comparator.comparing(PublicationDeadline::dueDate)
      .thenComparing(PublicationDeadline::resultDate).thenComparingLong(PublicationDeadline::inspectionId);

  private final ResultService results;
  private final RulesService rules;
  private final CalendarService calendar;
  private final Clock clock;

  public DeadlineService(ResultService results, RulesService rules, CalendarService calendar, Clock clock) {
    this.results = results;
    this.rules = rules;
    this.calendar = calendar;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Every result awaiting publication as it stands on {@code asOf}, soonest due first ({@link #ORDER}). */
  public List<PublicationDeadline> due(LocalDate asOf) {
    WorkingCalendar cal = calendar.calendar();
    Map<Long, Integer> workdays = new HashMap<>();
    return results.pendingPublication().stream()
        .map(p -> PublicationDeadline.of(pending(p), workdays.computeIfAbsent(p.departmentId(),
            id -> rules.get(id).publishWorkdays()), cal, asOf))
        .sorted(ORDER).toList();
  }

  /**
   * The first {@code limit} deadlines on {@code asOf}, soonest due first — the deadlines view's
   * first page, as {@link #due} would begin. Within a department the due order is the result-date
   * order (one {@code publish_workdays} each), so each department's oldest {@code limit} results
   * are read (oldest first) and merged.
   */
  public List<PublicationDeadline> firstPage(LocalDate asOf, int limit) {
    WorkingCalendar cal = calendar.calendar();
    List<PublicationDeadline> merged = new java.util.ArrayList<>();
    rules.departments().stream().map(d -> d.id()).filter(java.util.Objects::nonNull).forEach(dept -> {
      int n = rules.get(dept).publishWorkdays();
      results.oldestPending(dept, limit).forEach(p -> merged.add(PublicationDeadline.of(pending(p), n, cal, asOf)));
    });
    return merged.stream().sorted(ORDER).limit(limit).toList();
  }

  /** Inspections not yet inspected whose task ended before {@code asOf}, earliest end first. */
  public List<UnresultedInspection> pastWindow(LocalDate asOf) {
    return results.pastWindow(asOf);
  }

  /**
   * The home page's counts on {@code asOf}, per department by code (departments with nothing
   * pending and nothing past its window are left out). Grouped in the database by department
   * and result date, so one deadline is computed per department and day, not per inspection.
   */
  public List<DepartmentDeadlines> countsByDepartment(LocalDate asOf) {
    WorkingCalendar cal = calendar.calendar();
    Map<Long, Integer> workdays = new HashMap<>();
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, String[]> names = new HashMap<>();
    for (PendingCount c : results.pendingCounts()) {
      names.putIfAbsent(c.departmentId(), new String[] {c.departmentCode(), c.departmentName()});
      int n = workdays.computeIfAbsent(c.departmentId(), id -> rules.get(id).publishWorkdays());
      LocalDate dueDate = cal.deadline(c.resultDate(), n).date();
      DeadlineState state = PublicationDeadline.state(asOf, dueDate, cal.workdaysBetween(asOf, dueDate));
      counts.computeIfAbsent(c.departmentId(), k -> new int[4])[state.ordinal()] += c.count();
    }
    for (PendingCount c : results.pastWindowCounts(asOf)) {
      names.putIfAbsent(c.departmentId(), new String[] {c.departmentCode(), c.departmentName()});
      counts.computeIfAbsent(c.departmentId(), k -> new int[4])[3] += c.count();
    }
    return counts.entrySet().stream().map(e -> new DepartmentDeadlines(e.getKey(), names.get(e.getKey())[0],
            names.get(e.getKey())[1], e.getValue()[DeadlineState.OK.ordinal()], e.getValue()[DeadlineState.SOON.ordinal()],
            e.getValue()[DeadlineState.OVERDUE.ordinal()], e.getValue()[3]))
        .sorted(Comparator.comparing(DepartmentDeadlines::departmentCode)).toList();
  }

  private static PublicationDeadline.Pending pending(PendingPublication p) {
    return new PublicationDeadline.Pending(p.inspectionId(), p.taskCode(), p.departmentId(), p.departmentCode(),
        p.departmentName(), p.targetCode(), p.targetName(), p.resultDate());
  }
}
