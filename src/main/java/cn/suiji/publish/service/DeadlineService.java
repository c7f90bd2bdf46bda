package cn.suiji.publish.service;

import cn.suiji.inspection.domain.PendingCount;
import cn.suiji.directory.domain.Department;
import cn.suiji.inspection.domain.PendingPublication;
import cn.suiji.inspection.domain.PendingKey;
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
   * are read from an index by date alone, their due days computed once per department and day,
   * merged and cut; only the rows kept are then read with their task and target (ADR 0027).
   */
  public List<PublicationDeadline> firstPage(LocalDate asOf, int limit) {
    WorkingCalendar cal = calendar.calendar();
    Map<Long, Integer> workdays = rules.publishWorkdays();
    record Key(long inspectionId, LocalDate resultDate, LocalDate due, int workdays) {}
    Map<String, LocalDate> dueByDay = new HashMap<>();
    List<Key> keys = new ArrayList<>();
    for (Department d : rules.departments()) {
      Long dept = d.id();
      if (dept == null) {
        continue;
      }
      int n = workdays.getOrDefault(dept, WorkingRules.DEFAULT_PUBLISH_WORKDAYS);
      for (PendingKey k : results.oldestPending(dept, limit)) {
        LocalDate due = dueByDay.computeIfAbsent(n + "/" + k.resultDate(), x -> cal.deadline(k.resultDate(), n).date());
        keys.add(new Key(k.inspectionId(), k.resultDate(), due, n));
      }
    }
    List<Key> kept = keys.stream().sorted(Comparator.comparing(Key::due).thenComparing(Key::resultDate)
        .thenComparingLong(Key::inspectionId)).limit(limit).toList();
    Map<Long, Integer> n = new HashMap<>();
    kept.forEach(k -> n.put(k.inspectionId(), k.workdays()));
    return results.pending(kept.stream().map(Key::inspectionId).toList()).stream()
        .map(p -> PublicationDeadline.of(pending(p), n.get(p.inspectionId()), cal, asOf)).sorted(ORDER).toList();
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
   * department's pending results counted per result day (V036, a few hundred rows) are added up on
   * either side of them (ADR 0027), instead of a deadline per result.
   */
  public List<DepartmentDeadlines> countsByDepartment(LocalDate asOf) {
    WorkingCalendar cal = calendar.calendar();
    Map<Long, Integer> workdays = rules.publishWorkdays();
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, String[]> names = new HashMap<>();
    Map<Long, LocalDate[]> thresholds = new HashMap<>();
    for (PendingCount c : results.pendingDays()) {
      names.putIfAbsent(c.departmentId(), new String[] {c.departmentCode(), c.departmentName()});
      LocalDate[] t = thresholds.computeIfAbsent(c.departmentId(), id -> {
        int n = workdays.getOrDefault(id, WorkingRules.DEFAULT_PUBLISH_WORKDAYS);
        return new LocalDate[] {firstResultDate(cal, n, asOf, s -> s != DeadlineState.OVERDUE),
            firstResultDate(cal, n, asOf, s -> s == DeadlineState.OK)};
      });
      LocalDate day = java.util.Objects.requireNonNull(c.resultDate());
      DeadlineState state = day.isBefore(t[0]) ? DeadlineState.OVERDUE
          : day.isBefore(t[1]) ? DeadlineState.SOON : DeadlineState.OK;
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
