package cn.suiji.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.demo.domain.DemoCounty;
import cn.suiji.demo.domain.DemoGenerator;
import org.junit.jupiter.api.Test;

/** The demo county's working rules are rules the editor accepts, so every department opens saveable. */
class DemoRulesTest {
  @Test
  void everyDemoDepartmentsRulesPassTheChecks() {
    DemoCounty county = DemoGenerator.generate(42, 2_000);
    assertThat(county.rules()).isNotEmpty();
    for (DemoCounty.Rules r : county.rules()) {
      WorkingRules rules = new WorkingRules(1, r.inspectorsPerTarget(), r.floorUndirected(), r.floorDirected(),
          r.exclusionMonths(), r.publishWorkdays(), r.listedFullCoverage(), r.recusalRule(), r.rulesText());
      assertThat(RulesCheck.problems(rules)).as(r.departmentCode()).isEmpty();
      RulesCheck.Result typed = RulesCheck.parse(1, RulesInput.of(rules));
      assertThat(typed.problems()).as(r.departmentCode()).isEmpty();
      assertThat(typed.rules()).isEqualTo(new WorkingRules(1, rules.inspectorsPerTarget(), rules.floorUndirected(),
          rules.floorDirected(), rules.exclusionMonths(), rules.publishWorkdays(), rules.listedFullCoverage(),
          rules.recusalRule().strip(), rules.rulesText().strip()));
    }
  }
}
