package cn.suiji.home.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.domain.UpcomingTask;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home page's figures on the demo county, on a fixed day. */
class HomeServiceTest {
  private static Services services;

  @BeforeAll
  static void demoCounty() {
    Clock may = Clock.fixed(Instant.parse("2026-05-06T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    services = new Services(Database.inMemory("home-" + System.nanoTime()), may);
    services.demo().create(false, Progress.NONE);
  }

  @AfterAll
  static void close() {
    services.close();
  }

  @Test
  void countsTheDirectories() {
    HomeFigures f = services.home().figures();
    assertThat(f.departments()).isEqualTo(6);
    assertThat(f.targets()).isEqualTo(20_000);
    assertThat(f.targetsInBusiness()).isLessThan(f.targets()).isGreaterThan(f.targets() * 8 / 10);
    // counted as all but the closed ones: the same as counting the two statuses in business
    assertThat(f.targetsInBusiness()).isEqualTo(services.database().dsl().fetchCount(org.jooq.impl.DSL.table("TARGET"),
        org.jooq.impl.DSL.field("STATUS", String.class).in("EXISTING", "OPERATING")));
    assertThat(f.inspectorsOnDuty()).isLessThan(f.inspectors());
    assertThat(f.currentItems()).isPositive();
    assertThat(f.tasks()).isPositive();
  }

  @Test
  void upcomingTasksEndOnOrAfterTodaySoonestFirst() {
    List<UpcomingTask> upcoming = services.home().upcoming(5);
    assertThat(upcoming).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(upcoming).allSatisfy(t -> assertThat(t.end()).isAfterOrEqualTo(LocalDate.of(2026, 5, 6)));
    assertThat(upcoming).extracting(UpcomingTask::end).isSorted();
  }

  @Test
  void workdaysLeftCountsTheMayDayMakeUpSaturday() {
    // 2026-05-06 (Wed) → 2026-05-11 (Mon): 7 Thu, 8 Fri, 9 Sat (make-up workday), 11 Mon
    assertThat(services.home().workdaysLeft(LocalDate.of(2026, 5, 11))).isEqualTo(4);
    assertThat(services.home().workdaysLeft(LocalDate.of(2026, 5, 6))).isZero();
  }
}
