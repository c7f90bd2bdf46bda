package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstStartViewModelTest {
  private Services services;
  private SameThreadTaskExecutor executor;
  private FakeDialogService dialogs;
  private FirstStartViewModel vm;
  private boolean done;

  @BeforeEach
  void emptyDatabase() {
    services = new Services(Database.inMemory("first-" + System.nanoTime()), Clock.systemDefaultZone());
    executor = new SameThreadTaskExecutor();
    dialogs = new FakeDialogService();
    vm = new FirstStartViewModel(services.setup(), executor, dialogs, Messages.current());
    vm.setOnDone(() -> done = true);
    vm.operatorNameProperty().set("王晓明");
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void cancellingTheDemoLeavesTheDatabaseEmpty() {
    executor.cancelAfterFirstUpdate();
    vm.loadDemo();
    assertThat(done).isFalse();
    assertThat(vm.errorProperty().get()).isEqualTo(Messages.current().get("common.cancelled"));
    assertThat(services.departments().all()).isEmpty();
    assertThat(services.home().figures().targets()).isZero();
    assertThat(services.settings().setupDone()).isFalse();
  }

  @Test
  void loadingTheDemoFinishesSetup() {
    vm.loadDemo();
    assertThat(done).isTrue();
    assertThat(services.home().figures().targets()).isEqualTo(20_000);
    assertThat(services.settings().setupDone()).isTrue();
  }

  @Test
  void badDepartmentCodeIsNamedAndNothingIsSaved() {
    vm.countyNameProperty().set("测试县");
    vm.departments().get(0).code().set("市场局");
    vm.departments().get(0).name().set("测试县市场监督管理局");
    vm.departments().get(0).prefix().set("测市监");
    vm.startEmpty();
    assertThat(vm.errorProperty().get()).contains("市场局").contains("部门代码");
    assertThat(done).isFalse();
    assertThat(services.departments().all()).isEmpty();
  }

  @Test
  void missingCountyIsRefusedWithoutSavingTheDepartments() {
    vm.departments().get(0).code().set("CSJ");
    vm.departments().get(0).name().set("测试县市场监督管理局");
    vm.departments().get(0).prefix().set("测市监");
    vm.startEmpty();
    assertThat(dialogs.errors).singleElement().asString().contains("县");
    assertThat(services.departments().all()).isEmpty();
  }

  @Test
  void duplicateDepartmentsRollBackTheWholeSetup() {
    vm.countyNameProperty().set("测试县");
    vm.departments().get(0).code().set("CSJ");
    vm.departments().get(0).name().set("测试县市场监督管理局");
    vm.departments().get(0).prefix().set("测市监");
    vm.addDepartment();
    vm.departments().get(1).code().set("csj");
    vm.departments().get(1).name().set("测试县卫生健康局");
    vm.departments().get(1).prefix().set("测卫健");
    vm.startEmpty();
    assertThat(dialogs.errors).singleElement().asString().contains("CSJ");
    assertThat(services.departments().all()).isEmpty();
    assertThat(services.settings().countyName()).isEmpty();
  }

  @Test
  void startingEmptySavesCountyAndDepartments() {
    vm.countyNameProperty().set("测试县");
    vm.departments().get(0).code().set("csj");
    vm.departments().get(0).name().set(" 测试县市场监督管理局 ");
    vm.departments().get(0).prefix().set("测市监");
    vm.startEmpty();
    assertThat(done).isTrue();
    assertThat(services.settings().countyName()).contains("测试县");
    assertThat(services.departments().all()).singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo("CSJ");
          assertThat(d.name()).isEqualTo("测试县市场监督管理局");
        });
    assertThat(services.auditor().verify(services.database().dsl()).isIntact()).isTrue();
  }

  @Test
  void theOperatorNamedAtFirstStartSignsEveryEntryOfTheSetUp() {
    vm.operatorRoleProperty().set("负责人");
    vm.countyNameProperty().set("测试县");
    vm.departments().get(0).code().set("CSJ");
    vm.departments().get(0).name().set("测试县市场监督管理局");
    vm.departments().get(0).prefix().set("测市监");
    vm.startEmpty();
    assertThat(done).isTrue();
    assertThat(services.settings().operators()).containsExactly(new cn.suiji.admin.domain.Operator("王晓明", "负责人"));
    // the calendar is seeded when the file opens, before anyone is named: every entry after it is the operator's
    assertThat(services.auditor().latest(services.database().dsl(), 100).stream()
        .filter(e -> !e.action().equals("calendar.seed")).toList()).hasSizeGreaterThan(3)
        .allSatisfy(e -> assertThat(e.user()).isEqualTo("王晓明"));
    assertThat(vm.phaseProperty().get()).isEqualTo(Messages.current().get("setup.phase.open"));
  }

  @Test
  void withoutAnOperatorNothingStartsAndTheNameIsAskedFor() {
    vm.operatorNameProperty().set(" ");
    vm.loadDemo();
    assertThat(vm.errorProperty().get()).isEqualTo(Messages.current().get("setup.error.operatorMissing"));
    assertThat(done).isFalse();
    assertThat(services.settings().setupDone()).isFalse();
  }

  @Test
  void theDemoPhasesAreNamedAndTheBarNeverSitsAtFull() {
    java.util.List<String> phases = new java.util.ArrayList<>();
    java.util.List<Double> shown = new java.util.ArrayList<>();
    vm.phaseProperty().addListener((o, a, b) -> phases.add(b));
    vm.shownProgressProperty().addListener((o, a, b) -> shown.add(b.doubleValue()));
    vm.loadDemo();
    assertThat(done).isTrue();
    assertThat(phases).first().isEqualTo(Messages.current().get("setup.phase.generate"));
    assertThat(phases).last().isEqualTo(Messages.current().get("setup.phase.open"));
    assertThat(shown).doesNotContain(1.0);
    assertThat(services.auditor().latest(services.database().dsl(), 1).get(0).user()).isEqualTo("王晓明");
  }
}
