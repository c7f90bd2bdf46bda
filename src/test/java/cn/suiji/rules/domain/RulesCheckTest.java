package cn.suiji.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesCheckTest {
  private static RulesInput input(String inspectors, String undirected, String directed, String exclusion, String publish) {
    return new RulesInput(inspectors, undirected, directed, exclusion, publish, true, "", "");
  }

  @Test
  void theDefaultsPass() {
    assertThat(RulesCheck.problems(WorkingRules.defaults(1))).isEmpty();
    RulesCheck.Result r = RulesCheck.parse(1, RulesInput.of(WorkingRules.defaults(1)));
    assertThat(r.ok()).isTrue();
    assertThat(r.rules()).isEqualTo(WorkingRules.defaults(1));
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3}/{4} → {5} {6}")
  @CsvSource(delimiter = '|', value = {
      "1 | 3 | 10 | 12 | 20 | INSPECTORS_PER_TARGET | rules.error.inspectorsFloor",
      "0 | 3 | 10 | 12 | 20 | INSPECTORS_PER_TARGET | rules.error.inspectorsFloor",
      "11 | 3 | 10 | 12 | 20 | INSPECTORS_PER_TARGET | rules.error.inspectorsMax",
      "2.5 | 3 | 10 | 12 | 20 | INSPECTORS_PER_TARGET | rules.error.notInteger",
      "'' | 3 | 10 | 12 | 20 | INSPECTORS_PER_TARGET | rules.error.empty",
      "2 | 2.99 | 10 | 12 | 20 | FLOOR_UNDIRECTED | rules.error.undirectedFloor",
      "2 | 3 | 9.5 | 12 | 20 | FLOOR_DIRECTED | rules.error.directedFloor",
      "2 | 3 | 100.01 | 12 | 20 | FLOOR_DIRECTED | rules.error.ratioMax",
      "2 | 3.125 | 10 | 12 | 20 | FLOOR_UNDIRECTED | rules.error.notNumber",
      "2 | abc | 10 | 12 | 20 | FLOOR_UNDIRECTED | rules.error.notNumber",
      "2 | 3 | 10 | 61 | 20 | EXCLUSION_MONTHS | rules.error.exclusionRange",
      "2 | 3 | 10 | -1 | 20 | EXCLUSION_MONTHS | rules.error.notInteger",
      "2 | 3 | 10 | 12 | 0 | PUBLISH_WORKDAYS | rules.error.publishRange",
      "2 | 3 | 10 | 12 | 61 | PUBLISH_WORKDAYS | rules.error.publishRange",
  })
  void refusesWithTheFieldAndReason(String inspectors, String undirected, String directed, String exclusion, String publish,
      RulesField field, String key) {
    RulesCheck.Result r = RulesCheck.parse(1, input(inspectors, undirected, directed, exclusion, publish));
    assertThat(r.ok()).isFalse();
    assertThat(r.rules()).isNull();
    assertThat(r.of(field)).isNotNull();
    assertThat(r.of(field).key()).isEqualTo(key);
  }

  @Test
  void floorsMayBeRaisedAndBoundsAreInclusive() {
    RulesCheck.Result r = RulesCheck.parse(7, input("10", "100", "100", "60", "60"));
    assertThat(r.ok()).isTrue();
    RulesCheck.Result low = RulesCheck.parse(7, input("2", "3", "10", "0", "1"));
    assertThat(low.ok()).isTrue();
    assertThat(low.rules().exclusionMonths()).isZero();
  }

  @Test
  void fullWidthDigitsSpacesAndPercentSignsAreRead() {
    RulesCheck.Result r = RulesCheck.parse(1, input("　３ ", "５％", "12.5%", "６", "２０"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.rules().inspectorsPerTarget()).isEqualTo(3);
    assertThat(r.rules().floorUndirected()).isEqualByComparingTo(BigDecimal.valueOf(5));
    assertThat(r.rules().floorDirected()).isEqualByComparingTo(new BigDecimal("12.5"));
    assertThat(r.rules().publishWorkdays()).isEqualTo(20);
  }

  @Test
  void everyFieldGetsItsOwnMessageAtOnce() {
    RulesCheck.Result r = RulesCheck.parse(1, new RulesInput("1", "x", "9", "", "0", true, "回".repeat(2001), ""));
    assertThat(r.problems()).extracting(RulesProblem::field).contains(RulesField.INSPECTORS_PER_TARGET,
        RulesField.FLOOR_UNDIRECTED, RulesField.EXCLUSION_MONTHS, RulesField.RECUSAL_RULE);
  }

  @Test
  void textLengthsCountCharactersNotBytes() {
    WorkingRules ok = new WorkingRules(1, 2, BigDecimal.valueOf(3), BigDecimal.TEN, 12, 20, true, "回".repeat(2000), "");
    assertThat(RulesCheck.problems(ok)).isEmpty();
    WorkingRules tooLong = new WorkingRules(1, 2, BigDecimal.valueOf(3), BigDecimal.TEN, 12, 20, true, "回".repeat(2001), "");
    assertThat(RulesCheck.problems(tooLong)).extracting(RulesProblem::key).containsExactly("rules.error.recusalTooLong");
    assertThat(RulesCheck.problems(tooLong).get(0).args()).containsExactly(2000, 2001);
    WorkingRules text = new WorkingRules(1, 2, BigDecimal.valueOf(3), BigDecimal.TEN, 12, 20, true, "",
        "细".repeat(WorkingRules.MAX_RULES_TEXT + 1));
    assertThat(RulesCheck.problems(text)).extracting(RulesProblem::field).containsExactly(RulesField.RULES_TEXT);
  }
}
