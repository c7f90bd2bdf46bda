package cn.suiji.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.demo.domain.DemoCounty.Item;
import cn.suiji.demo.domain.DemoCounty.Target;
import cn.suiji.demo.domain.DemoCounty.Task;
import cn.suiji.plan.domain.TaskType;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoPlanTest {
  private static DemoCounty county;

  @BeforeAll
  static void generate() {
    county = DemoGenerator.generate(DemoGenerator.DEFAULT_SEED);
  }

  @Test
  void itemsHaveArticleLevelLegalBasesAndValidFrom2025() {
    assertThat(county.items()).allSatisfy(i -> {
      assertThat(i.legalBasis()).matches("《[^》]+》第[一二三四五六七八九十百]+条");
      assertThat(i.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(i.method()).isNotBlank();
      assertThat(i.ratioPercent()).isPositive();
    });
    for (DemoCounty.Department d : county.departments()) {
      assertThat(county.items()).filteredOn(i -> i.departmentCode().equals(d.code())).hasSizeGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void tasksCoverBothTypesJointTasksAndRiskClassRatios() {
    assertThat(county.tasks()).hasSizeBetween(12, 24);
    assertThat(county.tasks()).extracting(Task::type).contains(TaskType.DIRECTED, TaskType.UNDIRECTED);
    assertThat(county.tasks()).filteredOn(t -> !t.partners().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(county.tasks()).filteredOn(Task::byRiskClass).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(t -> assertThat(t.ratioPercent()).isNull());
    assertThat(county.tasks()).filteredOn(t -> !t.byRiskClass()).allSatisfy(t -> assertThat(t.ratioPercent()).isNotNull());
  }

  @Test
  void tasksAreWellFormed() {
    Set<String> itemCodes = county.items().stream().map(Item::code).collect(Collectors.toSet());
    Set<String> departments = county.departments().stream().map(DemoCounty.Department::code).collect(Collectors.toSet());
    assertThat(county.plans()).allSatisfy(p -> assertThat(p.tasks())
        .allSatisfy(t -> assertThat(t.leadDepartmentCode()).isEqualTo(p.departmentCode())));
    assertThat(county.tasks()).allSatisfy(t -> {
      assertThat(t.code()).matches("2026-" + t.leadDepartmentCode() + "-0[1-4]");
      assertThat(itemCodes).containsAll(t.itemCodes());
      assertThat(t.itemCodes()).anyMatch(c -> c.startsWith("SX-" + t.leadDepartmentCode() + "-"));
      assertThat(departments).containsAll(t.partners());
      assertThat(t.partners()).doesNotContain(t.leadDepartmentCode());
      assertThat(t.startDate().getYear()).isEqualTo(2026);
      assertThat(t.endDate()).isAfterOrEqualTo(t.startDate()).hasYear(2026);
    });
    assertThat(county.tasks().stream().map(Task::code).distinct().count()).isEqualTo(county.tasks().size());
  }

  @Test
  void everyTaskScopeFindsTargetsInTheLeadDirectory() {
    for (Task task : county.tasks()) {
      long pool = county.targets().stream()
          .filter(t -> t.departments().contains(task.leadDepartmentCode()) && inScope(t, task.scope()))
          .count();
      assertThat(pool).as(task.code()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void rulesFollowTheDefaults() {
    assertThat(county.rules()).allSatisfy(r -> {
      assertThat(r.inspectorsPerTarget()).isEqualTo(2);
      assertThat(r.floorUndirected()).isEqualByComparingTo("3");
      assertThat(r.floorDirected()).isEqualByComparingTo("10");
      assertThat(r.exclusionMonths()).isEqualTo(12);
      assertThat(r.publishWorkdays()).isEqualTo(20);
      assertThat(r.rulesText()).contains("工作细则");
    });
  }

  private static boolean inScope(Target t, TaskScope s) {
    return (s.townships().isEmpty() || s.townships().contains(t.township()))
        && (s.industries().isEmpty() || s.industries().contains(t.industryCode()))
        && (s.kinds().isEmpty() || s.kinds().contains(t.kind()));
  }
}
