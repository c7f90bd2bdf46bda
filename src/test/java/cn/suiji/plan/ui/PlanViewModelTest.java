package cn.suiji.plan.ui;

import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.plan.PlanDemo;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan screen's state on the demo county, run on one thread with a fake dialog service. */
class PlanViewModelTest {
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
  void loadingShowsTheFirstDepartmentsLatestPlanAndItsFirstTask() {
    assertThat(vm.departments()).hasSize(6);
    assertThat(vm.departmentProperty().get().value()).isEqualTo("SCJGJ");
    assertThat(vm.yearProperty().get()).isEqualTo(2026);
    assertThat(vm.years()).containsExactly(2027, 2026, 2025);
    assertThat(vm.rows()).extracting(PlanViewModel.Row::code)
        .containsExactly("2026-SCJGJ-01", "2026-SCJGJ-02", "2026-SCJGJ-03", "2026-SCJGJ-04");
    assertThat(vm.rows().get(0).amount()).isEqualTo("A类2%、B类5%、C类30%、D类80%");
    assertThat(vm.rows().get(2).partners()).endsWith("卫生健康局");
    assertThat(vm.selectedProperty().get().code()).isEqualTo("2026-SCJGJ-01");
    assertThat(vm.editor().codeProperty().get()).isEqualTo("2026-SCJGJ-01");
    assertThat(vm.editor().validProperty().get()).as(vm.editor().messageProperty().get()).isTrue();
    assertThat(vm.countTextProperty().get()).isEqualTo("显示 4 个任务，共 4 个");
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void aReloadKeepsTheTaskTheClerkChose() {
    vm.selectedProperty().set(vm.rows().get(1));
    vm.loadPlan(); // e.g. an earlier load finishing after the click
    assertThat(vm.selectedProperty().get().code()).isEqualTo(vm.rows().get(1).code());
  }

  @Test
  void theEditorChecksAsYouTypeAndNamesTheFloor() {
    vm.selectedProperty().set(vm.rows().get(1));
    TaskEditorModel e = vm.editor();
    assertThat(e.amountKindProperty().get()).isEqualTo(AmountKind.RATIO);
    e.ratioProperty().set("2");
    assertThat(e.validProperty().get()).isFalse();
    assertThat(e.messageProperty().get()).isEqualTo("抽查比例 2% 低于工作细则规定的不定向抽查比例下限 3%");
    e.ratioProperty().set("2.5a");
    assertThat(e.problems()).contains("抽查比例（%）“2.5a”不是数字");
    e.ratioProperty().set("3");
    assertThat(e.validProperty().get()).isTrue();
    e.typeProperty().set(TaskType.DIRECTED);
    assertThat(e.messageProperty().get()).contains("定向抽查比例下限 10%");
    e.typeProperty().set(TaskType.UNDIRECTED);
    e.endProperty().set(LocalDate.of(2026, 6, 1));
    assertThat(e.messageProperty().get()).contains("早于开始日期");
    e.endProperty().set(LocalDate.of(2026, 9, 30));
    e.items().forEach(p -> p.selectedProperty().set(false));
    assertThat(e.messageProperty().get()).isEqualTo("请至少选择一个抽查事项");
    e.items().get(0).selectedProperty().set(true);
    e.industriesProperty().set("52");
    assertThat(e.messageProperty().get()).contains("“52”应为 4 位数字");
    e.industriesProperty().set("");
    e.codeProperty().set("2026-SCJGJ-01");
    assertThat(e.messageProperty().get()).isEqualTo("任务编号“2026-SCJGJ-01”已被其他任务使用");
    e.codeProperty().set("2026-SCJGJ-02");
    assertThat(e.validProperty().get()).isTrue();
  }

  private static Pick pick(List<Pick> picks, String value) {
    return picks.stream().filter(p -> p.value().equals(value)).findFirst().orElseThrow();
  }

  @Test
  void theItemsOfferedAreTheLeadsAndTheTickedPartnersAndFollowThePartners() {
    vm.newTask();
    TaskEditorModel e = vm.editor();
    assertThat(e.items()).isNotEmpty().extracting(Pick::value).allSatisfy(v -> assertThat(v).startsWith("SX-SCJGJ-"));
    pick(e.partners(), "WJJ").selectedProperty().set(true);
    assertThat(e.items()).extracting(Pick::value).contains("SX-SCJGJ-01", "SX-WJJ-02")
        .allSatisfy(v -> assertThat(v).matches("SX-(SCJGJ|WJJ)-.*"));
    e.nameProperty().set("联合抽查");
    e.ratioProperty().set("4");
    e.startProperty().set(LocalDate.of(2026, 10, 1));
    e.endProperty().set(LocalDate.of(2026, 11, 30));
    pick(e.items(), "SX-SCJGJ-01").selectedProperty().set(true);
    pick(e.items(), "SX-WJJ-02").selectedProperty().set(true);
    assertThat(e.validProperty().get()).as(e.messageProperty().get()).isTrue();

    pick(e.partners(), "WJJ").selectedProperty().set(false);
    assertThat(e.items()).extracting(Pick::value).as("ticked: kept for the clerk to see and untick").contains("SX-WJJ-02");
    assertThat(e.validProperty().get()).isFalse();
    assertThat(e.messageProperty().get()).contains("SX-WJJ-02", "WJJ");
    vm.save();
    assertThat(vm.rows()).hasSize(4);

    pick(e.items(), "SX-WJJ-02").selectedProperty().set(false);
    pick(e.partners(), "YJJ").selectedProperty().set(true);
    assertThat(e.items()).extracting(Pick::value).doesNotContain("SX-WJJ-02").anyMatch(v -> v.startsWith("SX-YJJ-"));
    assertThat(e.validProperty().get()).as(e.messageProperty().get()).isTrue();
  }

  @Test
  void aStoredTasksItemNoLongerInForceIsShownTickedAndNamed() {
    services.database().dsl().update(INSPECTION_ITEM).set(INSPECTION_ITEM.VALID_TO, LocalDate.of(2025, 12, 31))
        .where(INSPECTION_ITEM.CODE.eq("SX-WJJ-02")).execute();
    vm.load();
    vm.selectedProperty().set(vm.rows().get(2));
    TaskEditorModel e = vm.editor();
    assertThat(pick(e.items(), "SX-WJJ-02").selectedProperty().get()).isTrue();
    assertThat(e.validProperty().get()).isFalse();
    assertThat(e.messageProperty().get()).contains("SX-WJJ-02").contains("不在本年度有效");
    vm.newTask();
    assertThat(e.items()).extracting(Pick::value).doesNotContain("SX-WJJ-02");
  }

  @Test
  void anInvalidTaskIsNotSavedAndAValidNewOneIs() {
    vm.newTask();
    TaskEditorModel e = vm.editor();
    assertThat(e.codeProperty().get()).isEqualTo("2026-SCJGJ-05");
    assertThat(e.validProperty().get()).isFalse();
    vm.save();
    assertThat(vm.rows()).hasSize(4);
    e.nameProperty().set("新增的不定向抽查");
    e.ratioProperty().set("4");
    e.startProperty().set(LocalDate.of(2026, 10, 1));
    e.endProperty().set(LocalDate.of(2026, 11, 30));
    e.items().get(0).selectedProperty().set(true);
    e.partners().stream().filter(p -> p.value().equals("WJJ")).findFirst().orElseThrow().selectedProperty().set(true);
    assertThat(e.validProperty().get()).as(e.messageProperty().get()).isTrue();
    vm.save();
    assertThat(dialogs.errors).isEmpty();
    assertThat(vm.rows()).hasSize(5);
    assertThat(vm.selectedProperty().get().code()).isEqualTo("2026-SCJGJ-05");
    assertThat(vm.selectedProperty().get().partners()).endsWith("卫生健康局");
  }

  @Test
  void filtersNarrowTheRowsByTypeStatusAndText() {
    vm.typeFilterProperty().set(vm.types().stream().filter(o -> o.value() == TaskType.DIRECTED).findFirst().orElseThrow());
    assertThat(vm.shown()).extracting(PlanViewModel.Row::code).containsExactly("2026-SCJGJ-03", "2026-SCJGJ-04");
    vm.filterTextProperty().set("城关");
    assertThat(vm.shown()).extracting(PlanViewModel.Row::code).containsExactly("2026-SCJGJ-04");
    assertThat(vm.countTextProperty().get()).isEqualTo("显示 1 个任务，共 4 个");
    vm.typeFilterProperty().set(vm.types().get(0));
    vm.filterTextProperty().set("");
    dialogs.confirmAnswer = true;
    vm.selectedProperty().set(vm.rows().get(3));
    vm.cancelTask();
    vm.statusFilterProperty().set(vm.statuses().stream().filter(o -> o.value() != null && o.value().name().equals("CANCELLED"))
        .findFirst().orElseThrow());
    assertThat(vm.shown()).extracting(PlanViewModel.Row::code).containsExactly("2026-SCJGJ-04");
  }

  @Test
  void exportsThePlanTableAndTheCurrentView() throws Exception {
    dialogs.nextFile = dir.resolve("计划.docx");
    vm.exportPlan();
    assertThat(dialogs.errors).isEmpty();
    assertThat(dialogs.infos).singleElement().satisfies(s -> assertThat(s).contains("4 个任务"));
    try (InputStream in = Files.newInputStream(dialogs.nextFile); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables().get(0).getRows()).hasSize(5);
    }
    dialogs.nextFile = dir.resolve("view.xlsx");
    vm.exportView(new TableSnapshot(List.of("任务编号", "任务名称"), List.of(List.of("2026-SCJGJ-01", "企业公示"))));
    assertThat(dialogs.infos).hasSize(2);
    assertThat(dir.resolve("view.xlsx")).exists();
  }
}
