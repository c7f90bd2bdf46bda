package cn.suiji.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.home.ui.HomeViewModel.Destination;
import cn.suiji.home.ui.HomeViewModel.Kind;
import cn.suiji.home.ui.HomeViewModel.Screen;
import cn.suiji.home.ui.HomeViewModel.WorkRow;
import cn.suiji.plan.PlanDemo;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskHandle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page's work on the demo county on 2026-05-06, with 2026-SCJGJ-04 drawn: a real H2
 * file, the same-thread executor, and the destinations the page asks the main window to open.
 */
class HomeViewModelTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 6);
  private static final String DRAWN = "2026-SCJGJ-04";

  @TempDir
  Path dir;
  private Services services;
  private HomeViewModel vm;
  private final List<Destination> opened = new ArrayList<>();

  @BeforeEach
  void demoCountyWithOneDrawnTask() {
    Clock may = Clock.fixed(Instant.parse("2026-05-06T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    services = new Services(Database.openFile(PlanDemo.copyInto(dir)), may);
    services.draw().run(DRAWN, "07 21 33 45", List.of("王监督", "李监督"), "张操作");
    vm = new HomeViewModel(services.home(), new SameThreadTaskExecutor(), new Messages(Locale.SIMPLIFIED_CHINESE),
        opened::add);
    vm.refresh();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void theFiguresAreMarkedLoadedOnlyOnceTheyHaveBeenRead() {
    HomeViewModel fresh = new HomeViewModel(services.home(), new SameThreadTaskExecutor(),
        new Messages(Locale.SIMPLIFIED_CHINESE), opened::add);
    assertThat(fresh.loadedProperty().get()).as("the cards show dashes, not zeros, before the first read").isFalse();
    fresh.refresh();
    assertThat(fresh.loadedProperty().get()).isTrue();
    assertThat(fresh.figuresProperty().get().targets()).isPositive();
  }

  @Test
  void whatWasReadAheadShowsWithoutReadingAgain() {
    SameThreadTaskExecutor same = new SameThreadTaskExecutor();
    List<String> reads = new ArrayList<>();
    TaskExecutor counting = new TaskExecutor() {
      @Override
      public <T> TaskHandle execute(BackgroundTask<T> task) {
        reads.add("read");
        return same.execute(task);
      }

      @Override
      public void runOnUiThread(Runnable action) {
        action.run();
      }

      @Override
      public void shutdown() {}
    };
    HomeViewModel ahead = new HomeViewModel(services.home(), counting, new Messages(Locale.SIMPLIFIED_CHINESE), opened::add);
    ahead.readAhead();
    assertThat(ahead.loadedProperty().get()).as("read ahead, not shown yet").isFalse();
    ahead.refresh();
    assertThat(ahead.loadedProperty().get()).as("shown at once from what was read ahead").isTrue();
    assertThat(reads).as("no second read in the background").isEmpty();
    assertThat(ahead.figuresProperty().get()).isEqualTo(vm.figuresProperty().get());
    assertThat(ahead.work()).isEqualTo(vm.work());
    ahead.refresh();
    assertThat(reads).as("the next refresh reads again").hasSize(1);
  }

  @Test
  void overdueUndrawnTasksComeFirstWithTheDaysOverdue() {
    List<WorkRow> overdue = rows(Kind.OVERDUE);
    assertThat(overdue).isNotEmpty();
    assertThat(vm.work().subList(0, overdue.size())).as("overdue rows lead the list").isEqualTo(overdue);
    assertThat(overdue).allSatisfy(r -> assertThat(r.task().end()).isBefore(TODAY));
    // 2026-YJJ-01's window ended on 2026-04-30: six days before 2026-05-06
    WorkRow chemicals = overdue.stream().filter(r -> r.code().equals("2026-YJJ-01")).findFirst().orElseThrow();
    assertThat(chemicals.state()).isEqualTo("已逾期 6 天");
    assertThat(chemicals.kindText()).isEqualTo("逾期未抽取");
    assertThat(chemicals.department()).isEqualTo("青岚县应急管理局");
    assertThat(vm.overdueProperty().get()).isEqualTo(overdue.size());
  }

  @Test
  void tasksDueSoonAreUndrawnAndNotEndedSoonestFirst() {
    List<WorkRow> soon = rows(Kind.DUE_SOON);
    assertThat(soon).extracting(WorkRow::code).contains("2026-SCJGJ-01").doesNotContain(DRAWN);
    assertThat(soon).allSatisfy(r -> assertThat(r.task().end()).isAfterOrEqualTo(TODAY));
    assertThat(soon).extracting(r -> r.task().end()).isSorted();
    assertThat(soon.get(0).state()).matches("剩余 \\d+ 个工作日");
  }

  @Test
  void aDrawnTaskWaitsForItsNoticesUntilTheyAreSent() {
    List<WorkRow> waiting = rows(Kind.WAITING);
    assertThat(waiting).extracting(WorkRow::code).containsExactly(DRAWN);
    WorkRow row = waiting.get(0);
    assertThat(row.task().awaitingNotice()).isPositive();
    assertThat(row.state()).isEqualTo(row.task().awaitingNotice() + " 户待送达检查通知书");
    assertThat(vm.waitingProperty().get()).isEqualTo(1);
  }

  @Test
  void aCancelledTaskIsNoLongerWork() {
    services.plans().cancelTask("2026-YJJ-01");
    vm.refresh();
    assertThat(vm.work()).extracting(WorkRow::code).doesNotContain("2026-YJJ-01");
  }

  @Test
  void rowsOpenTheDrawWizardTheNoticesOrThePlanAtTheirTask() {
    vm.open(rows(Kind.OVERDUE).stream().filter(r -> r.code().equals("2026-YJJ-01")).findFirst().orElseThrow());
    vm.open(rows(Kind.WAITING).get(0));
    vm.openPlan(rows(Kind.WAITING).get(0));
    assertThat(opened).containsExactly(
        new Destination(Screen.DRAW, "2026-YJJ-01", "YJJ", 2026),
        new Destination(Screen.NOTICES, DRAWN, "SCJGJ", 2026),
        new Destination(Screen.PLAN, DRAWN, "SCJGJ", 2026));
  }

  @Test
  void cardsOpenTheirScreens() {
    vm.openFirst(Kind.OVERDUE);
    vm.openScreen(Screen.INSPECTORS);
    assertThat(opened.get(0).screen()).isEqualTo(Screen.DRAW);
    assertThat(opened.get(0).taskCode()).isEqualTo(rows(Kind.OVERDUE).get(0).code());
    assertThat(opened.get(1)).isEqualTo(new Destination(Screen.INSPECTORS, null, null, 0));
  }

  private List<WorkRow> rows(Kind kind) {
    return vm.work().stream().filter(r -> r.kind() == kind).toList();
  }
}
