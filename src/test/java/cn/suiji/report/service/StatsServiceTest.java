package cn.suiji.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.report.domain.CodeShare;
import cn.suiji.report.domain.EarlyWarning;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.OpenFollowUp;
import cn.suiji.report.domain.ProblemRate;
import cn.suiji.report.domain.RepeatedProblemTarget;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.report.domain.StatsView;
import cn.suiji.report.domain.YearStats;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every figure of {@link ScriptedYear}, whose counts are known by construction. */
class StatsServiceTest {
  private static ScriptedYear year;
  private static YearStats all;

  @BeforeAll
  static void script() {
    year = new ScriptedYear();
    all = year.stats.year(StatsScope.year(2026), Progress.NONE);
  }

  @AfterAll
  static void close() {
    year.close();
  }

  /** key, planned, tasks, unsized, drawn, notified, inspected, withProblem, published, onTime, followUps, closed */
  private static Object[] figures(GroupFigures g) {
    return new Object[] {g.key(), g.planned(), g.tasks(), g.unsizedTasks(), g.drawn(), g.notified(), g.inspected(),
        g.withProblem(), g.published(), g.onTime(), g.followUps(), g.followUpsClosed()};
  }

  private static List<Object[]> rows(StatsView v) {
    return v.rows().stream().map(StatsServiceTest::figures).toList();
  }

  @Test
  void everyViewAgreesWithTheSameFiguresComputedGroupByGroup() {
    // the views count from the scope's tasks outward; the group-by-group form joins every row to its task
    // (the labels: the view names the empty group, e.g. （未填乡镇）; asserted in the tests below)
    for (Grouping g : Grouping.values()) {
      assertThat(all.view(g).rows()).as(g.name()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("label")
          .containsExactlyElementsOf(year.stats.viewGroupByGroup(StatsScope.year(2026), g));
    }
  }

  @Test
  void perDepartmentThePlannedSumOfKAndEveryCount() {
    StatsView v = all.view(Grouping.DEPARTMENT);
    // SCJGJ: T1 k=10 fixed, T2 k=6 (its draw), T3 not drawn (k unknown); WJJ: T4 k=5, T5 cancelled
    assertThat(rows(v)).containsExactly(
        new Object[] {"SCJGJ", 16, 3, 1, 16, 14, 12, 4, 6, 5, 3, 1},
        new Object[] {"WJJ", 5, 1, 0, 4, 2, 2, 1, 1, 1, 1, 1});
    assertThat(v.rows()).extracting(GroupFigures::label).containsExactly("县市场监督管理局", "县卫生健康局");
    assertThat(figures(v.total())).containsExactly("", 21, 4, 1, 20, 16, 14, 5, 7, 6, 4, 2);
  }

  @Test
  void theRatesAreTheirCountsOverTheirBases() {
    GroupFigures t = all.total();
    assertThat(t.completion().fraction()).isEqualTo(14.0 / 20);
    assertThat(t.problemRate().fraction()).isEqualTo(5.0 / 14);
    assertThat(t.closure().fraction()).isEqualTo(2.0 / 4);
    assertThat(t.onTimeRate().fraction()).isEqualTo(6.0 / 7);
    assertThat(t.completion().percentText()).isEqualTo("70.0%");
    GroupFigures t3 = all.view(Grouping.TASK).rows().stream().filter(r -> r.key().equals("T3")).findFirst()
        .orElseThrow();
    assertThat(t3.completion().fraction()).as("nothing drawn: no rate").isNull();
    assertThat(t3.completion().percentText()).isEqualTo("—");
  }

  @Test
  void perTaskCancelledTasksAreNotPlanned() {
    assertThat(rows(all.view(Grouping.TASK))).containsExactly(
        new Object[] {"T1", 10, 1, 0, 10, 9, 8, 4, 6, 5, 3, 1},
        new Object[] {"T2", 6, 1, 0, 6, 5, 4, 0, 0, 0, 0, 0},
        new Object[] {"T3", 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0},
        new Object[] {"T4", 5, 1, 0, 4, 2, 2, 1, 1, 1, 1, 1});
  }

  @Test
  void perItemATaskCountsUnderEachOfItsItems() {
    StatsView v = all.view(Grouping.ITEM);
    assertThat(rows(v)).containsExactly(
        new Object[] {"SC-01", 16, 3, 1, 16, 14, 12, 4, 6, 5, 3, 1},
        new Object[] {"SC-02", 10, 1, 0, 10, 9, 8, 4, 6, 5, 3, 1},
        new Object[] {"WJ-01", 5, 1, 0, 4, 2, 2, 1, 1, 1, 1, 1});
    assertThat(v.rows()).extracting(GroupFigures::label).containsExactly("登记事项检查", "公示信息检查", "公共场所卫生检查");
    assertThat(v.total().drawn()).as("the total counts an inspection once").isEqualTo(20);
  }

  @Test
  void perTownshipAndIndustryByTheTargetsRecord() {
    assertThat(rows(all.view(Grouping.TOWNSHIP))).containsExactly(
        new Object[] {"", null, 0, 0, 3, 1, 1, 0, 0, 0, 0, 0},
        new Object[] {"A镇", null, 0, 0, 11, 10, 9, 5, 7, 6, 4, 2},
        new Object[] {"B乡", null, 0, 0, 6, 5, 4, 0, 0, 0, 0, 0});
    StatsView industries = all.view(Grouping.INDUSTRY);
    assertThat(industries.rows()).extracting(GroupFigures::key, GroupFigures::label, GroupFigures::drawn,
            GroupFigures::inspected, GroupFigures::withProblem)
        .containsExactly(tuple("C13", "农副食品加工业", 11, 8, 3), tuple("F52", "零售业", 9, 6, 2));
    assertThat(industries.total().planned()).isNull();
  }

  @Test
  void perMonthOfTheResultASupersededVersionNotCounted() {
    // T1's 5th result was first D (a problem) in May, then corrected to 1: only the current one counts
    assertThat(rows(all.view(Grouping.MONTH))).containsExactly(
        new Object[] {"", null, 0, 0, 6, 3, 0, 0, 0, 0, 0, 0},
        new Object[] {"2026-04", null, 0, 0, 4, 4, 4, 4, 4, 4, 3, 1},
        new Object[] {"2026-05", null, 0, 0, 8, 7, 8, 0, 2, 1, 0, 0},
        new Object[] {"2026-06", null, 0, 0, 2, 2, 2, 1, 1, 1, 1, 1});
  }

  @Test
  void coverageAgainstTheLiveDirectory() {
    assertThat(all.coverage().coveredTargets()).as("target 1 drawn twice counts once").isEqualTo(19);
    assertThat(all.coverage().directoryTargets()).as("26–30 cancelled").isEqualTo(25);
    YearStats wjj = year.stats.year(new StatsScope(2026, "WJJ"), Progress.NONE);
    assertThat(wjj.coverage().coveredTargets()).isEqualTo(4);
    assertThat(wjj.coverage().directoryTargets()).isEqualTo(6);
  }

  @Test
  void sharePerResultCodeOfTheCurrentResults() {
    assertThat(all.codes()).extracting(CodeShare::code, CodeShare::results).containsExactly(
        tuple("1", 8), tuple("2", 1), tuple("B", 2), tuple("6", 1), tuple("3", 1), tuple("E", 1), tuple("9", 1));
  }

  @Test
  void oneDepartmentAndAnotherYear() {
    YearStats wjj = year.stats.year(new StatsScope(2026, "WJJ"), Progress.NONE);
    assertThat(rows(wjj.view(Grouping.DEPARTMENT))).containsExactly(
        new Object[] {"WJJ", 5, 1, 0, 4, 2, 2, 1, 1, 1, 1, 1});
    assertThat(wjj.view(Grouping.TASK).rows()).extracting(GroupFigures::key).containsExactly("T4");
    YearStats y2025 = year.stats.year(StatsScope.year(2025), Progress.NONE);
    assertThat(figures(y2025.total())).containsExactly("", 2, 1, 0, 2, 2, 2, 1, 0, 0, 0, 0);
    assertThat(year.stats.view(StatsScope.year(2024), Grouping.DEPARTMENT).rows()).isEmpty();
  }

  @Test
  void anUnknownDepartmentIsRefusedByName() {
    assertThatThrownBy(() -> year.stats.year(new StatsScope(2026, "NOPE"), Progress.NONE))
        .isInstanceOf(SuijiException.class).hasMessageContaining("NOPE");
  }

  @Test
  void warningRepeatedProblemsAcrossYears() {
    EarlyWarning w = year.stats.warnings(StatsScope.year(2026), LocalDate.of(2026, 11, 20), 3);
    assertThat(w.repeated()).extracting(RepeatedProblemTarget::targetCode, RepeatedProblemTarget::problemInspections,
            RepeatedProblemTarget::lastResult, RepeatedProblemTarget::taskCodes)
        .containsExactly(tuple("K1", 2, LocalDate.of(2026, 6, 1), "T1、T4"),
            tuple("K2", 2, LocalDate.of(2026, 4, 10), "T0、T1"));
    assertThat(year.stats.warnings(StatsScope.year(2025), LocalDate.of(2026, 11, 20), 3).repeated()).isEmpty();
    assertThat(year.stats.warnings(new StatsScope(2026, "WJJ"), LocalDate.of(2026, 11, 20), 3).repeated())
        .as("within WJJ's tasks target 1 has one problem").isEmpty();
  }

  @Test
  void warningGroupsRankedByTheWilsonLowerBoundOnlyWithEnoughInspections() {
    EarlyWarning w = year.stats.warnings(StatsScope.year(2026), LocalDate.of(2026, 11, 20), 3);
    assertThat(w.townships()).extracting(ProblemRate::key, ProblemRate::withProblem, ProblemRate::inspected)
        .containsExactly(tuple("A镇", 5, 9), tuple("B乡", 0, 4));
    // C13 3/8 (lower 0.1368) before F52 2/6 (lower 0.0968)
    assertThat(w.industries()).extracting(ProblemRate::key).containsExactly("C13", "F52");
    assertThat(w.industries().get(0).interval().lower()).isBetween(0.1367, 0.1369);
    EarlyWarning strict = year.stats.warnings(StatsScope.year(2026), LocalDate.of(2026, 11, 20), 5);
    assertThat(strict.townships()).extracting(ProblemRate::key).as("B乡 has only 4 inspected").containsExactly("A镇");
    assertThat(strict.industries()).extracting(ProblemRate::key).containsExactly("C13", "F52");
  }

  @Test
  void warningOverdueFollowUpsAndReferralsWithoutFeedback() {
    EarlyWarning w = year.stats.warnings(StatsScope.year(2026), LocalDate.of(2026, 11, 20), 3);
    assertThat(w.overdueFollowUps()).extracting(OpenFollowUp::targetCode, OpenFollowUp::kind, OpenFollowUp::dueDate)
        .containsExactly(tuple("K2", FollowUpKind.REFERRAL, LocalDate.of(2026, 5, 1)));
    assertThat(w.referralsWithoutFeedback()).extracting(OpenFollowUp::targetCode, OpenFollowUp::taskCode)
        .containsExactly(tuple("K2", "T1"));
    assertThat(year.stats.warnings(StatsScope.year(2026), LocalDate.of(2026, 4, 30), 3).overdueFollowUps())
        .as("nothing due before 2026-05-01 is open").isEmpty();
  }

  @Test
  void aPeriodOfWholeMonthsReadFromThePreAggregateEqualsTheRows() {
    // May and June: the 6 inspections without a result, 8 with one in May, 2 in June; April's 4 left out
    StatsScope period = StatsScope.period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30), null);
    YearStats s = year.stats.year(period, Progress.NONE);
    assertThat(s.total().drawn()).isEqualTo(16);
    assertThat(s.total().inspected()).isEqualTo(10);
    assertThat(s.total().planned()).as("planned is the tasks' whole").isEqualTo(21);
    assertThat(s.view(Grouping.MONTH).rows()).extracting(GroupFigures::key).containsExactly("", "2026-05", "2026-06");
    for (Grouping g : Grouping.values()) {
      assertThat(s.view(g).rows()).as(g.name()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("label")
          .containsExactlyElementsOf(year.stats.viewGroupByGroup(period, g));
    }
    assertThat(s.codes()).extracting(CodeShare::results).asList()
        .as("the codes of the 10 results of May and June").isNotEmpty();
    assertThat(s.codes().stream().mapToInt(CodeShare::results).sum()).isLessThan(
        all.codes().stream().mapToInt(CodeShare::results).sum());
  }

  @Test
  void aPeriodEndingMidMonthReadFromThePreAggregateEqualsTheRows() {
    // to 10 June: the result of 1 June counts, that of 15 June does not (nor does its inspection)
    StatsScope period = StatsScope.period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 10), null);
    YearStats s = year.stats.year(period, Progress.NONE);
    assertThat(s.total().drawn()).isEqualTo(15);
    assertThat(s.total().inspected()).isEqualTo(9);
    assertThat(s.view(Grouping.MONTH).rows()).filteredOn(r -> r.key().equals("2026-06"))
        .extracting(GroupFigures::inspected).containsExactly(1);
    for (Grouping g : Grouping.values()) {
      assertThat(s.view(g).rows()).as(g.name()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("label")
          .containsExactlyElementsOf(year.stats.viewGroupByGroup(period, g));
    }
    assertThat(s.coverage().coveredTargets()).isLessThan(all.coverage().coveredTargets());
  }

  @Test
  void periodsStartingAndEndingInsideMonthsEqualTheRowsInEveryView() {
    // results on 2025-05-01, 2026-04-10, 05-03, 05-20, 06-01, 06-15; each period cut into whole months and days
    record Case(String from, String to, int drawn, int inspected) {}
    List<Case> cases = List.of(
        new Case("2026-04-15", "2026-06-10", 15, 9), // April's 4 out, May whole, 1 June in, 15 June out
        new Case("2026-05-02", "2026-05-19", 10, 4), // within one month: only 3 May
        new Case("2026-05-03", "2026-06-01", 15, 9), // both ends a result's day: inclusive
        new Case("2026-05-04", "2026-05-31", 10, 4), // 3 May out, 20 May in
        new Case("2026-06-02", "2026-06-14", 6, 0), // no result formed: only those without one
        new Case("2025-04-20", "2026-05-10", 16, 10), // across a year end: 2025's two, 2026's April and 3 May
        new Case("2025-12-31", "2026-01-01", 6, 0)); // two days of two years, no result on either
    for (Case c : cases) {
      StatsScope period = StatsScope.period(LocalDate.parse(c.from()), LocalDate.parse(c.to()), null);
      YearStats s = year.stats.year(period, Progress.NONE);
      assertThat(s.total().drawn()).as(c + " drawn").isEqualTo(c.drawn());
      assertThat(s.total().inspected()).as(c + " inspected").isEqualTo(c.inspected());
      for (Grouping g : Grouping.values()) {
        assertThat(s.view(g).rows()).as(c + " " + g.name())
            .usingRecursiveFieldByFieldElementComparatorIgnoringFields("label")
            .containsExactlyElementsOf(year.stats.viewGroupByGroup(period, g));
      }
      assertThat(s.codes()).as(c + " codes' shares").isEqualTo(year.dsl.transactionResult(trx ->
          new cn.suiji.report.data.StatsRepository().codeSharesFromRows(trx.dsl(), period)));
      StatsScope scd = StatsScope.period(period.from(), period.to(), "SCJGJ");
      for (Grouping g : Grouping.values()) {
        assertThat(year.stats.view(scd, g).rows()).as(c + " SCJGJ " + g.name())
            .usingRecursiveFieldByFieldElementComparatorIgnoringFields("label")
            .containsExactlyElementsOf(year.stats.viewGroupByGroup(scd, g));
      }
    }
  }

  @Test
  void aPeriodOverTwoPlanYearsAndABackwardPeriodRefused() {
    StatsScope both = StatsScope.period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null);
    assertThat(year.stats.year(both, Progress.NONE).total().drawn()).as("2025's 2 and 2026's 20").isEqualTo(22);
    assertThatThrownBy(() -> year.stats.year(StatsScope.period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1),
        null), Progress.NONE)).isInstanceOf(SuijiException.class).hasMessageContaining("2026-06-01");
  }
}
