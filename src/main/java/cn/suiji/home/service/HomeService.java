package cn.suiji.home.service;

import cn.suiji.home.data.HomeRepository;
import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.domain.HomeWork;
import cn.suiji.home.domain.UpcomingTask;
import cn.suiji.shared.time.CalendarService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What the clerk sees first: how big the directories are, which undrawn tasks are overdue or
 * end soon, and which drawn tasks have inspections waiting for their next step.
 */
public final class HomeService {
  private final DSLContext dsl;
  private final HomeRepository repository;
  private final CalendarService calendar;
  private final Clock clock;

  public HomeService(DSLContext dsl, HomeRepository repository, CalendarService calendar, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.calendar = calendar;
    this.clock = clock;
  }

  public HomeFigures figures() {
    return repository.figures(dsl, today());
  }

  /**
   * The work in view: overdue undrawn tasks, undrawn tasks not yet ended, drawn tasks with
   * inspections waiting — each list at most {@code limit} long. Read outside a transaction: a
   * transaction takes the writers' lock (the home page would wait behind an import) and forces
   * the file to disk at its commit; a change between the three reads shows at the next refresh.
   */
  public HomeWork work(int limit) {
    LocalDate today = today();
    return new HomeWork(repository.overdue(dsl, today, limit), repository.dueSoon(dsl, today, limit),
        repository.drawnWaiting(dsl, limit));
  }

  /** Calendar days since {@code end} (0 on the day itself). */
  public long daysOverdue(LocalDate end) {
    return ChronoUnit.DAYS.between(end, today());
  }

  public List<UpcomingTask> upcoming(int limit) {
    return repository.upcoming(dsl, today(), limit);
  }

  /** Working days from today to {@code end} (0 on the day itself, negative once passed). */
  public int workdaysLeft(LocalDate end) {
    return calendar.calendar().workdaysBetween(today(), end);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
