package cn.suiji.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.report.domain.DepartmentYearFacts.TaskFacts;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the indicators that the scripted year does not reach: frequency, late draws, the weighting. */
class IndicatorsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

  private static TaskFacts task(String code, boolean drawn, boolean late, String... items) {
    return new TaskFacts(code, "任务" + code, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), false, drawn, late,
        null, List.of(items));
  }

  private static DepartmentYearFacts facts(List<TaskFacts> tasks, Map<String, Integer> frequency) {
    return new DepartmentYearFacts(2026, AS_OF, 0, null, 0, null, 0, 0, null, frequency, false, null, null, false,
        false, tasks, 0, 0, 0, 0, GroupFigures.empty("D", "D", true), List.of(), List.of(), List.of());
  }

  @Test
  void anItemInMoreTasksThanItsFrequencyPutsEachOfThemOutOfOrder() {
    IndicatorRow row = Indicators.randomInspection(facts(
        List.of(task("A", true, false, "X"), task("B", true, false, "X"), task("C", true, false, "Y")),
        Map.of("X", 1, "Y", 1)));
    assertThat(row.score()).isEqualTo(1.0 / 3);
    assertThat(row.problems()).containsExactly("事项 X 本年度安排了 2 次抽查，超过其抽查频次（每年 1 次）。");
  }

  @Test
  void aDrawAfterTheWindowIsOutOfOrderAndNothingDueDoesNotApply() {
    assertThat(Indicators.randomInspection(facts(List.of(task("A", true, true), task("B", true, false)), Map.of()))
        .score()).isEqualTo(0.5);
    TaskFacts future = new TaskFacts("F", "f", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), false, false,
        false, null, List.of());
    TaskFacts cancelled = new TaskFacts("K", "k", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), true, false,
        false, null, List.of());
    assertThat(Indicators.randomInspection(facts(List.of(future, cancelled), Map.of())).score()).isNull();
  }

  @Test
  void theScoreIsTheWeightedMeanOfTheRowsThatApply() {
    List<IndicatorRow> rows = List.of(new IndicatorRow(Indicator.ORGANISATION, 1.0, List.of(), List.of()),
        new IndicatorRow(Indicator.PUBLICITY, 0.0, List.of(), List.of()),
        new IndicatorRow(Indicator.RESULT_USE, null, List.of(), List.of()));
    Map<Indicator, Double> weights = new EnumMap<>(Indicator.class);
    weights.put(Indicator.ORGANISATION, 3.0);
    weights.put(Indicator.PUBLICITY, 1.0);
    weights.put(Indicator.RESULT_USE, 5.0);
    assertThat(Scorecard.score(rows, weights)).isEqualTo(75.0);
    assertThat(Scorecard.score(rows.subList(2, 3), weights)).isNull();
    List<Grade> grades = List.of(new Grade("优秀", 90), new Grade("合格", 60), new Grade("不合格", 0));
    assertThat(Grade.of(75.0, grades)).isEqualTo("合格");
    assertThat(Grade.of(90.0, grades)).isEqualTo("优秀");
    assertThat(Grade.of(null, grades)).isNull();
  }

  @Test
  void referralsWithoutFeedbackAndOpenFollowUpsLowerTheUseOfResults() {
    GroupFigures g = new GroupFigures("D", "D", 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 3);
    Referral answered = new Referral(1, "T", "C", "甲", "公安局", LocalDate.of(2026, 5, 1), "已立案",
        LocalDate.of(2026, 5, 9), false);
    Referral open = new Referral(2, "T", "C", "乙", "税务局", LocalDate.of(2026, 6, 1), " ", null, false);
    DepartmentYearFacts f = new DepartmentYearFacts(2026, AS_OF, 0, null, 0, null, 0, 0, null, Map.of(), false, null,
        null, false, false, List.of(), 0, 0, 0, 0, g, List.of(answered, open), List.of(), List.of());
    IndicatorRow row = Indicators.resultUse(f);
    assertThat(row.score()).isEqualTo((0.75 + 0.5) / 2);
    assertThat(Indicators.resultUse(facts(List.of(), Map.of())).score()).as("nothing to close or answer").isNull();
    assertThat(row.problems()).containsExactly("移送/抄告“乙”（接收单位 税务局，转办日期 2026-06-01）尚无反馈。",
        "1 项后续处置尚未完结。");
  }
}
