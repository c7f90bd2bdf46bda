package cn.suiji.plan.ui;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.plan.PlanDemo;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan editor's rules of issue 11 on the demo county: drawn tasks read-only with the reason,
 * unsaved edits asked about, an unchanged save not audited, the plan's code and dates, the
 * provincial task number, the item-frequency warning, no problem shown before any input.
 */
class PlanEditorRulesTest {
  @TempDir
  Path dir;
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private PlanViewModel vm;

  @BeforeEach
  void open() {
    services = Services.open(PlanDemo.copyInto(dir));
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
    vm = new PlanViewModel(services.plans(), new SameThreadTaskExecutor(), dialogs,
        new Messages(Locale.SIMPLIFIED_CHINESE), clock);
    vm.load();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void aDrawnTaskIsReadOnlyWithTheDayItWasDrawn() {
    // the services run on the system clock: a late reason in case the demo's window is past
    services.draw().run("2026-SCJGJ-04", "07 21 33 45", List.of("王监督", "李监督"), "张操作", "测试");
    vm.loadPlan();
    choose("2026-SCJGJ-04");
    TaskEditorModel e = vm.editor();
    assertThat(e.readOnlyProperty().get()).isTrue();
    assertThat(e.readOnlyReasonProperty().get()).isEqualTo("该任务已于 " + LocalDate.now() + " 抽取，不能修改。");
    int before = audits();
    e.nameProperty().set("改名");
    vm.save();
    assertThat(audits()).isEqualTo(before);
    assertThat(dialogs.errors).isEmpty();
    assertThat(vm.unsaved()).as("nothing of a drawn task counts as an unsaved edit").isFalse();

    choose("2026-SCJGJ-02");
    assertThat(e.readOnlyProperty().get()).isFalse();
    assertThat(e.readOnlyReasonProperty().get()).isEmpty();
  }

  @Test
  void aSaveThatChangesNothingWritesNoAuditEntry() {
    choose("2026-SCJGJ-02");
    int before = audits();
    vm.save();
    assertThat(dialogs.errors).isEmpty();
    assertThat(audits()).isEqualTo(before);
    assertThat(vm.selectedProperty().get().code()).as("the editor stays at the task").isEqualTo("2026-SCJGJ-02");

    vm.editor().nameProperty().set("个体工商户年度报告抽查（调整）");
    vm.save();
    assertThat(dialogs.errors).isEmpty();
    assertThat(vm.editor().messageProperty().get()).isEmpty();
    assertThat(audits()).isEqualTo(before + 1);
    assertThat(vm.selectedProperty().get().name()).isEqualTo("个体工商户年度报告抽查（调整）");
  }

  @Test
  void leavingWithUnsavedEditsAsksAndStaysOnNo() {
    AtomicInteger left = new AtomicInteger();
    vm.leave(left::incrementAndGet);
    assertThat(left).hasValue(1);
    assertThat(dialogs.confirms).as("nothing changed: nothing to ask").isEmpty();

    vm.editor().nameProperty().set("改过的名称");
    dialogs.confirmAnswer = false;
    vm.leave(left::incrementAndGet);
    assertThat(left).hasValue(1);
    assertThat(dialogs.confirms).containsExactly("年度计划有未保存的修改，离开本页将放弃这些修改。仍要离开吗？");
    assertThat(vm.editor().nameProperty().get()).isEqualTo("改过的名称");

    dialogs.confirmAnswer = true;
    vm.leave(left::incrementAndGet);
    assertThat(left).hasValue(2);
  }

  @Test
  void choosingAnotherDepartmentOrYearWithUnsavedEditsAsksAndStaysOnNo() {
    Integer year = vm.yearProperty().get();
    vm.editor().nameProperty().set("改过的名称");
    dialogs.confirmAnswer = false;
    vm.yearProperty().set(year - 1);
    assertThat(vm.yearProperty().get()).as("the year goes back").isEqualTo(year);
    var department = vm.departmentProperty().get();
    vm.departmentProperty().set(vm.departments().get(1));
    assertThat(vm.departmentProperty().get()).as("the department goes back").isEqualTo(department);
    assertThat(vm.editor().nameProperty().get()).isEqualTo("改过的名称");
    assertThat(dialogs.confirms).containsExactly(
        "年度计划有未保存的修改，换部门或年度将放弃这些修改。仍要切换吗？",
        "年度计划有未保存的修改，换部门或年度将放弃这些修改。仍要切换吗？");

    dialogs.confirmAnswer = true;
    vm.departmentProperty().set(vm.departments().get(1));
    assertThat(vm.departmentProperty().get()).isEqualTo(vm.departments().get(1));
    assertThat(vm.unsaved()).as("the other department's plan is shown, the edits dropped").isFalse();
  }

  @Test
  void choosingAnotherTaskWithUnsavedEditsAsksFirst() {
    choose("2026-SCJGJ-01");
    vm.editor().nameProperty().set("改过的名称");
    dialogs.confirmAnswer = false;
    assertThat(vm.choose(row("2026-SCJGJ-02"))).isFalse();
    assertThat(vm.selectedProperty().get().code()).isEqualTo("2026-SCJGJ-01");
    assertThat(vm.editor().nameProperty().get()).isEqualTo("改过的名称");
    assertThat(dialogs.confirms).containsExactly("当前任务有未保存的修改，放弃这些修改吗？");
  }

  @Test
  void thePlansCodeAndDatesAreSavedOnceAndAudited() {
    int before = audits();
    vm.planCodeProperty().set("青市监随机〔2026〕1号");
    vm.filedDateProperty().set(LocalDate.of(2026, 1, 20));
    vm.publishedDateProperty().set(LocalDate.of(2026, 1, 25));
    assertThat(vm.unsaved()).isTrue();
    vm.savePlanInfo();
    assertThat(dialogs.errors).isEmpty();
    assertThat(vm.unsaved()).isFalse();
    AnnualPlan stored = services.plans().plan("SCJGJ", 2026).plan();
    assertThat(stored.code()).isEqualTo("青市监随机〔2026〕1号");
    assertThat(stored.filedDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(stored.publishedDate()).isEqualTo(LocalDate.of(2026, 1, 25));
    assertThat(audits()).isEqualTo(before + 1);
    vm.savePlanInfo();
    assertThat(audits()).as("saved again unchanged").isEqualTo(before + 1);

    vm.publishedDateProperty().set(LocalDate.of(2026, 1, 10));
    vm.savePlanInfo();
    assertThat(dialogs.errors).containsExactly("公开日期 2026-01-10 早于备案日期 2026-01-20。");
  }

  @Test
  void theProvincialTaskNumberIsKeptWithTheTask() {
    choose("2026-SCJGJ-02");
    vm.editor().provinceNumberProperty().set("GS-2026-0815");
    vm.save();
    assertThat(dialogs.errors).isEmpty();
    assertThat(row("2026-SCJGJ-02").provinceNumber()).isEqualTo("GS-2026-0815");
    assertThat(services.plans().plan("SCJGJ", 2026).provinceNumbers()).containsEntry("2026-SCJGJ-02", "GS-2026-0815");
    assertThat(vm.editor().provinceNumberProperty().get()).isEqualTo("GS-2026-0815");
    assertThat(vm.unsaved()).isFalse();
  }

  @Test
  void anItemNamedMoreOftenThanItsFrequencyIsAWarningNotARefusal() {
    // the demo's items are inspected once a year; 2026-SCJGJ-04, 2026-WLJ-01 and 2026-JYJ-01 name 明码标价的检查
    choose("2026-SCJGJ-04");
    TaskEditorModel e = vm.editor();
    assertThat(e.warningProperty().get()).startsWith("提示：抽查事项“").contains("每年抽查 1 次，2026 年已有 3 个任务列入该事项")
        .contains("2026-SCJGJ-04").contains("2026-WLJ-01").contains("2026-JYJ-01");
    assertThat(e.validProperty().get()).isTrue();
    choose("2026-SCJGJ-02");
    assertThat(e.warningProperty().get()).isEmpty();
  }

  @Test
  void aNewTaskShowsNoProblemBeforeInputButOnSave() {
    vm.newTask();
    TaskEditorModel e = vm.editor();
    assertThat(e.validProperty().get()).isFalse();
    assertThat(e.messageProperty().get()).isEmpty();
    vm.save();
    assertThat(e.messageProperty().get()).contains("任务名称");
    assertThat(vm.rows()).hasSize(4);
  }

  private void choose(String code) {
    assertThat(vm.choose(row(code))).isTrue();
  }

  private PlanViewModel.Row row(String code) {
    return vm.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  private int audits() {
    return services.database().dsl().fetchCount(AUDIT_LOG);
  }
}
