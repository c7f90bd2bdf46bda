package cn.suiji.home.service;

import cn.suiji.home.data.HomeRepository;
import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.domain.UpcomingTask;
import cn.suiji.shared.time.CalendarService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/** What the clerk sees first: how big the directories are and which tasks end soon. */
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
