package cn.suiji.publish.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.service.ResultFixture;
import cn.suiji.publish.data.PublicationRepository;
import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.service.DeadlineService;
import cn.suiji.publish.service.PublishService;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deadlines view's model on the demo county, today 2026-11-20: two health-bureau results of
 * May (overdue), one market-bureau result of 2026-11-13 (due soon), the rest of both
 * draws past their windows (05-29, 10-30) without a result.
 */
class DeadlinesViewModelTest {
  @TempDir
  Path dir;
  private ResultFixture f;
  private DeadlinesViewModel vm;
  private final FakeDialogService dialogs = new FakeDialogService();
  private long may20;
  private long may21;
  private long november;

  @BeforeEach
  void county() {
    f = new ResultFixture();
    RulesService rules = new RulesService(f.dsl, new RulesRepository(),
        new DepartmentService(f.dsl, new DepartmentRepository(), f.auditor), f.auditor, ResultFixture.CLOCK);
    DeadlineService deadlines = new DeadlineService(f.results, rules, f.calendar, ResultFixture.CLOCK);
    PublishService publish = new PublishService(f.dsl, new PublicationRepository(), f.results, f.inspections, rules,
        f.calendar, f.auditor, ResultFixture.CLOCK, () -> "张办事员", dir);
    may20 = f.notified(f.wjjDraw, 1);
    f.results.record(f.draft(may20, LocalDate.of(2026, 5, 20), List.of("1"), List.of()));
    may21 = f.notified(f.wjjDraw, 2);
    f.results.record(f.draft(may21, LocalDate.of(2026, 5, 21), List.of("E"), List.of()));
    november = f.notified(f.scjgjDraw, 1);
    ResultDraft d = f.draft(november, LocalDate.of(2026, 11, 13), List.of("1"), List.of());
    f.results.record(new ResultDraft(d.inspectionId(), d.formedOn(), d.inspectors(), d.findings(), d.methods(),
        d.codes(), d.followUps(), "补查", null));
    vm = new DeadlinesViewModel(deadlines, publish, new SameThreadTaskExecutor(), dialogs, Messages.current());
    vm.refresh();
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theResultsAreListedSoonestDueFirstWithTheirStates() {
    assertThat(vm.lines()).extracting(DeadlinesViewModel.Line::inspectionId).containsExactly(may20, may21, november);
    assertThat(vm.lines().get(0).state()).isEqualTo(DeadlineState.OVERDUE);
    assertThat(vm.lines().get(0).stateText()).isEqualTo("已逾期");
    assertThat(vm.lines().get(0).dueDate()).isEqualTo("2026-06-17");
    assertThat(vm.lines().get(2).state()).isEqualTo(DeadlineState.OK);
    assertThat(vm.summaryProperty().get()).contains("待公示 3 条").contains("已逾期 2 条");
    vm.filterProperty().set(DeadlinesViewModel.Filter.OVERDUE);
    assertThat(vm.lines()).extracting(DeadlinesViewModel.Line::inspectionId).containsExactly(may20, may21);
    vm.filterProperty().set(DeadlinesViewModel.Filter.SOON);
    assertThat(vm.lines()).isEmpty();
    vm.filterProperty().set(DeadlinesViewModel.Filter.ALL);
    assertThat(vm.lines()).hasSize(3);
  }

  @Test
  void theInspectionsPastTheirWindowWithoutAResultAreListed() {
    assertThat(vm.pastWindow()).filteredOn(p -> p.task().equals("2026-WJJ-01")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.taskEnd()).isEqualTo("2026-05-29"));
    assertThat(vm.pastWindow()).filteredOn(p -> p.task().equals("2026-SCJGJ-04")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.taskEnd()).isEqualTo("2026-10-30"));
    assertThat(vm.pastWindow()).extracting(DeadlinesViewModel.PastLine::inspectionId).doesNotContain(may20, may21);
  }

  @Test
  void markingTheChosenRowsPublishesThemAndShowsTheOnTimeRate() {
    vm.markChosen();
    assertThat(vm.errorProperty().get()).contains("请先选择");
    vm.chosen().setAll(vm.lines().get(0));
    vm.markChosen();
    assertThat(vm.errorProperty().get()).contains("发布前审核人");
    vm.reviewerProperty().set("张科长");
    vm.reviewedOnProperty().set(LocalDate.of(2026, 5, 19));
    vm.markDateProperty().set(LocalDate.of(2026, 5, 19));
    vm.markChosen();
    assertThat(vm.errorProperty().get()).contains("早于检查完成日期");
    vm.reviewedOnProperty().set(LocalDate.of(2026, 6, 16));
    vm.markDateProperty().set(LocalDate.of(2026, 6, 17));
    vm.markChosen();
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.outcomeProperty().get()).contains("已标记 1 条").contains("超过公示期限 0 条");
    assertThat(f.status(may20)).isEqualTo("PUBLISHED");
    assertThat(vm.lines()).extracting(DeadlinesViewModel.Line::inspectionId).containsExactly(may21, november);
    assertThat(vm.rates()).singleElement().satisfies(r -> {
      assertThat(r.task()).isEqualTo("2026-WJJ-01");
      assertThat(r.rate()).isEqualTo("100.0%");
      assertThat(r.reviews()).isEqualTo("张科长 2026-06-16");
    });
  }

  @Test
  void markingTheWholeTaskAsksFirst() {
    vm.chosen().setAll(vm.lines().get(1));
    vm.reviewerProperty().set("张科长");
    dialogs.confirmAnswer = false;
    vm.markTask();
    assertThat(f.status(may21)).isEqualTo("INSPECTED");
    dialogs.confirmAnswer = true;
    vm.markTask();
    assertThat(f.status(may20)).isEqualTo("PUBLISHED");
    assertThat(f.status(may21)).isEqualTo("PUBLISHED");
    assertThat(f.status(november)).isEqualTo("INSPECTED");
    assertThat(vm.outcomeProperty().get()).contains("已标记 2 条").contains("超过公示期限 2 条");
    assertThat(vm.rates()).singleElement().satisfies(r -> assertThat(r.rate()).isEqualTo("0.0%"));
  }

  @Test
  void theChosenTasksAnnouncementAndPublicExportAreWrittenToTheFilesNamed() {
    List<String> calls = new java.util.ArrayList<>();
    RulesService rules = new RulesService(f.dsl, new RulesRepository(),
        new DepartmentService(f.dsl, new DepartmentRepository(), f.auditor), f.auditor, ResultFixture.CLOCK);
    DeadlinesViewModel withFiles = new DeadlinesViewModel(
        new DeadlineService(f.results, rules, f.calendar, ResultFixture.CLOCK),
        new PublishService(f.dsl, new PublicationRepository(), f.results, f.inspections, rules, f.calendar, f.auditor,
            ResultFixture.CLOCK, () -> "张办事员", dir),
        (task, day, out, p) -> {
          calls.add("公告 " + task + " " + day + " " + out.getFileName());
          return "公告已写入";
        },
        (task, out, p) -> {
          calls.add("导出 " + task + " " + out.getFileName());
          return "已导出";
        }, new SameThreadTaskExecutor(), dialogs, Messages.current());
    withFiles.refresh();
    withFiles.exportTask();
    assertThat(withFiles.errorProperty().get()).contains("请先在表中选择");
    withFiles.chosen().setAll(withFiles.lines().get(0));
    dialogs.nextFile = dir.resolve("结果.docx");
    withFiles.announceTask();
    assertThat(withFiles.outcomeProperty().get()).isEqualTo("公告已写入");
    dialogs.nextFile = dir.resolve("公示.csv");
    withFiles.exportTask();
    assertThat(withFiles.outcomeProperty().get()).isEqualTo("已导出");
    assertThat(calls).containsExactly("公告 2026-WJJ-01 " + ResultFixture.TODAY + " 结果.docx", "导出 2026-WJJ-01 公示.csv");
  }
}
