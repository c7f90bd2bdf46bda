package cn.suiji.publish.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.inspection.service.ResultFixture;
import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.domain.DepartmentDeadlines;
import cn.suiji.publish.domain.PublicationDeadline;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.service.RulesService;
import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.service.DepartmentService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadlines over the demo county's two draws: results recorded on 2026-09-24 (market bureau)
 * and 2026-05-20 (health bureau), one published, the rest of both draws never inspected.
 */
class DeadlineServiceTest {
  private static ResultFixture f;
  private static DeadlineService deadlines;
  private static long published;
  private static long marketResult;
  private static long healthResult;

  @BeforeAll
  static void county() {
    f = new ResultFixture();
    RulesService rules = new RulesService(f.dsl, new RulesRepository(),
        new DepartmentService(f.dsl, new DepartmentRepository(), f.auditor), f.auditor, ResultFixture.CLOCK);
    deadlines = new DeadlineService(f.results, rules, f.calendar, ResultFixture.CLOCK);
    marketResult = f.notified(f.scjgjDraw, 1);
    f.results.record(f.draft(marketResult, LocalDate.of(2026, 9, 23), List.of("E"), List.of()));
    // a correction leaves one result awaiting publication: the new version, not the superseded one
    f.results.correct(f.draft(marketResult, LocalDate.of(2026, 9, 24), List.of("1"), List.of()), "录入错误");
    healthResult = f.notified(f.wjjDraw, 1);
    f.results.record(f.draft(healthResult, LocalDate.of(2026, 5, 20), List.of("E"), List.of()));
    published = f.notified(f.wjjDraw, 2);
    f.results.record(f.draft(published, LocalDate.of(2026, 5, 21), List.of("1"), List.of()));
    f.inspections.move(published, InspectionStatus.PUBLISHED, LocalDate.of(2026, 6, 1), null);
  }

  @AfterAll
  static void close() {
    f.close();
  }

  @Test
  void everyUnpublishedResultHasItsDueDateAndStateSoonestFirst() {
    List<PublicationDeadline> due = deadlines.due(LocalDate.of(2026, 10, 22));
    assertThat(due).extracting(PublicationDeadline::inspectionId).containsExactly(healthResult, marketResult);
    assertThat(due.get(0).state()).isEqualTo(DeadlineState.OVERDUE);
    assertThat(due.get(1)).satisfies(d -> {
      assertThat(d.taskCode()).isEqualTo("2026-SCJGJ-04");
      assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 10, 29));
      assertThat(d.workdaysLeft()).isEqualTo(5);
      assertThat(d.state()).isEqualTo(DeadlineState.SOON);
      assertThat(d.targetCode()).isNotBlank();
    });
  }

  @Test
  void theFirstPageIsHowTheFullListBegins() {
    LocalDate asOf = LocalDate.of(2026, 10, 22);
    assertThat(deadlines.firstPage(asOf, 1)).containsExactly(deadlines.due(asOf).get(0));
    assertThat(deadlines.firstPage(asOf, 10)).isEqualTo(deadlines.due(asOf));
  }

  @Test
  void inspectionsPastTheirWindowWithoutAResultAreListed() {
    List<UnresultedInspection> late = deadlines.pastWindow(LocalDate.of(2026, 6, 1));
    assertThat(late).isNotEmpty().allSatisfy(u -> {
      assertThat(u.taskCode()).isEqualTo("2026-WJJ-01");
      assertThat(u.taskEnd()).isEqualTo(LocalDate.of(2026, 5, 29));
    });
    assertThat(late).extracting(UnresultedInspection::inspectionId).doesNotContain(healthResult, published);
    assertThat(deadlines.pastWindow(LocalDate.of(2026, 5, 29))).isEmpty();
  }

  @Test
  void theHomePageCountsPerDepartment() {
    LocalDate asOf = LocalDate.of(2026, 11, 2);
    List<DepartmentDeadlines> counts = deadlines.countsByDepartment(asOf);
    int wjjLate = (int) deadlines.pastWindow(asOf).stream().filter(u -> u.departmentCode().equals("WJJ")).count();
    int scjgjLate = (int) deadlines.pastWindow(asOf).stream().filter(u -> u.departmentCode().equals("SCJGJ")).count();
    assertThat(counts).extracting(DepartmentDeadlines::departmentCode).containsExactly("SCJGJ", "WJJ");
    assertThat(counts.get(0)).satisfies(c -> {
      assertThat(c.overdue()).isEqualTo(1);
      assertThat(c.pending()).isEqualTo(1);
      assertThat(c.pastWindow()).isEqualTo(scjgjLate).isPositive();
    });
    assertThat(counts.get(1)).satisfies(c -> {
      assertThat(c.overdue()).isEqualTo(1);
      assertThat(c.soon() + c.ok()).isZero();
      assertThat(c.pastWindow()).isEqualTo(wjjLate).isPositive();
    });
  }

  @Test
  void theCountsAgreeWithTheFullListOnEveryDayAcrossNationalDayAndIntoAnUncoveredYear() {
    for (LocalDate asOf = LocalDate.of(2026, 5, 1); asOf.isBefore(LocalDate.of(2028, 2, 1)); asOf = asOf.plusDays(1)) {
      List<PublicationDeadline> due = deadlines.due(asOf);
      for (DepartmentDeadlines c : deadlines.countsByDepartment(asOf)) {
        LocalDate day = asOf;
        List<DeadlineState> states = due.stream().filter(d -> d.departmentCode().equals(c.departmentCode()))
            .map(PublicationDeadline::state).toList();
        assertThat(new int[] {c.ok(), c.soon(), c.overdue()}).as("%s on %s", c.departmentCode(), day).containsExactly(
            (int) states.stream().filter(s -> s == DeadlineState.OK).count(),
            (int) states.stream().filter(s -> s == DeadlineState.SOON).count(),
            (int) states.stream().filter(s -> s == DeadlineState.OVERDUE).count());
      }
      assertThat(deadlines.countsByDepartment(asOf).stream().mapToInt(DepartmentDeadlines::pending).sum())
          .isEqualTo(due.size()).isEqualTo(2);
    }
  }

  @Test
  void theThresholdsFollowTheCalendarAcrossTheSpringFestival() {
    var cal = f.calendar.calendar();
    LocalDate asOf = LocalDate.of(2026, 3, 2);
    LocalDate notOverdue = DeadlineService.firstResultDate(cal, 20, asOf, s -> s != DeadlineState.OVERDUE);
    // the threshold is the first result day whose due day (festival days skipped) is not yet passed
    assertThat(cal.deadline(notOverdue, 20).date()).isAfterOrEqualTo(asOf);
    assertThat(cal.deadline(notOverdue.minusDays(1), 20).date()).isBefore(asOf);
    LocalDate ok = DeadlineService.firstResultDate(cal, 20, asOf, s -> s == DeadlineState.OK);
    assertThat(cal.workdaysBetween(asOf, cal.deadline(ok, 20).date())).isGreaterThan(PublicationDeadline.SOON_WORKDAYS);
    assertThat(cal.workdaysBetween(asOf, cal.deadline(ok.minusDays(1), 20).date()))
        .isLessThanOrEqualTo(PublicationDeadline.SOON_WORKDAYS);
  }
}
