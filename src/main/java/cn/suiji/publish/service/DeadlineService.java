package cn.suiji.publish.service;

import cn.suiji.inspection.domain.PendingCount;
import cn.suiji.directory.domain.Department;
import cn.suiji.inspection.domain.PendingPublication;
import cn.suiji.inspection.domain.PendingTally;
import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.domain.DepartmentDeadlines;
import cn.suiji.publish.domain.PublicationDeadline;
import cn.suiji.rules.domain.WorkingRules;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.WorkingCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

  /** How far back the thresholds are searched for (see {@link #firstResultDate}). */
  private static final int SEARCH_BACK_YEARS = 5;

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
   * pending and nothing past its window are left out). Within a department the state only moves
   * from overdue to soon to ok as the result date grows (the due day never decreases with it), so
   * two result dates are found on the calendar — the first not overdue, the first ok — and the
   * database counts the department's pending results on either side of them, one index range
   * (ADR 0027), instead of a deadline per result.
   */
  public List<DepartmentDeadlines> countsByDepartment(LocalDate asOf) {
    WorkingCalendar cal = calendar.calendar();
    Map<Long, PendingCount> past = new HashMap<>();
    for (PendingCount c : results.pastWindowCounts(asOf)) {
      past.put(c.departmentId(), c);
    }
    List<DepartmentDeadlines> out = new ArrayList<>();
    for (Department d : rules.departments()) {
      Long id = d.id();
      if (id == null) {
        continue;
      }
      int n = rules.get(id).publishWorkdays();
      LocalDate notOverdue = firstResultDate(cal, n, asOf, s -> s != DeadlineState.OVERDUE);
      LocalDate ok = firstResultDate(cal, n, asOf, s -> s == DeadlineState.OK);
      PendingTally t = results.pendingTally(id, notOverdue, ok);
      PendingCount p = past.get(id);
      int pastWindow = p == null ? 0 : p.count();
      if (t.all() + pastWindow > 0) {
        out.add(new DepartmentDeadlines(id, d.code(), d.name(), t.all() - t.beforeSecond(),
            t.beforeSecond() - t.beforeFirst(), t.beforeFirst(), pastWindow));
      }
    }
    return out.stream().sorted(Comparator.comparing(DepartmentDeadlines::departmentCode)).toList();
  }

  /**
   * The earliest result date whose deadline's state on {@code asOf} satisfies {@code wanted}, a
   * property that once true stays true for every later date: a binary search between five years
   * before {@code asOf} (any deadline of at most {@value WorkingRules#MAX_PUBLISH_WORKDAYS} working
   * days has passed by then) and a year after it (none is near yet).
   */
  static LocalDate firstResultDate(WorkingCalendar cal, int workdays, LocalDate asOf,
      java.util.function.Predicate<DeadlineState> wanted) {
    long lo = asOf.minusYears(SEARCH_BACK_YEARS).toEpochDay();
    long hi = asOf.plusYears(1).toEpochDay() + 1;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      LocalDate due = cal.deadline(LocalDate.ofEpochDay(mid), workdays).date();
      if (wanted.test(PublicationDeadline.state(asOf, due, cal.workdaysBetween(asOf, due)))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return LocalDate.ofEpochDay(lo);
  }

  private static PublicationDeadline.Pending pending(PendingPublication p) {
    return new PublicationDeadline.Pending(p.inspectionId(), p.taskCode(), p.departmentId(), p.departmentCode(),
        p.departmentName(), p.targetCode(), p.targetName(), p.resultDate());
  }
}
