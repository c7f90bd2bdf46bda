package cn.suiji.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.PlannedStratum;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.report.domain.WatchList;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch list turned into a directed task of next year's plan on the demo county: the task's
 * pool is exactly the listed targets (the draw's own plan of it), its items those of the tasks the
 * problems were found in; refused without a plan, once the plan is published, and when mixed.
 */
class WatchListServiceTest {
  @TempDir
  static Path dir;
  static Services s;
  static List<String> keys;
  static String fromTask;

  @BeforeAll
  static void demo() {
    s = Services.open(dir.resolve("county"));
    s.demo().create(false, Progress.NONE);
    // three SCJGJ targets in business, and one of SCJGJ's 2026 tasks as where their problems were found
    keys = s.database().dsl().fetch("SELECT t.object_key FROM target t JOIN target_department td ON td.target_id = t.id"
        + " JOIN department d ON d.id = td.department_id WHERE d.code = 'SCJGJ' AND t.status IN ('EXISTING', 'OPERATING')"
        + " ORDER BY t.object_key DESC LIMIT 3").getValues(0, String.class);
    fromTask = s.plans().plan("SCJGJ", 2026).tasks().get(0).code();
  }

  @AfterAll
  static void close() {
    s.close();
  }

  private static java.util.function.Consumer<Throwable> says(String part) {
    return e -> assertThat(Messages.current().describe((SuijiException) e)).contains(part);
  }

  private static WatchList targets() {
    return new WatchList(2026, keys.stream().map(k -> new WatchList.Target(k, List.of(fromTask))).toList(), List.of(),
        List.of());
  }

  private static int auditEntries(String detail) {
    return s.database().dsl().fetchCount(s.database().dsl().selectFrom("audit_log")
        .where("action = 'task.create' AND detail LIKE ?", "%" + detail + "%"));
  }

  @Test
  void targetsBecomeADirectedTaskOfNextYearWhosePoolIsExactlyThem() {
    s.plans().createPlan("SCJGJ", 2027);
    WatchListService.DirectedTask made = s.watchList().toDirectedTask(targets(), "SCJGJ");
    assertThat(made.year()).isEqualTo(2027);
    assertThat(made.targets()).isEqualTo(3);
    assertThat(made.code()).startsWith("2027-SCJGJ-");
    PlanTask task = s.plans().plan("SCJGJ", 2027).tasks().stream().filter(t -> t.code().equals(made.code()))
        .findFirst().orElseThrow();
    assertThat(task.type()).isEqualTo(TaskType.DIRECTED);
    assertThat(task.scope().targets()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(task.fixedCount()).as("each target of the list is inspected").isEqualTo(3);
    assertThat(task.itemCodes()).containsExactlyInAnyOrderElementsOf(
        s.plans().plan("SCJGJ", 2026).tasks().get(0).itemCodes());
    assertThat(task.startDate()).isEqualTo(LocalDate.of(2027, 1, 1));

    DrawPlan plan = s.draw().plan(made.code());
    assertThat(plan.directed()).isTrue();
    assertThat(plan.strata().stream().flatMap(st -> st.pool().stream()).toList())
        .as("the pool is the watch list").containsExactlyInAnyOrderElementsOf(keys);
    assertThat(plan.strata().stream().mapToInt(PlannedStratum::k).sum()).isEqualTo(3);
    assertThat(auditEntries("from=watch-list targets=3")).isEqualTo(1);

    // a second list the same year takes the next code
    WatchListService.DirectedTask again = s.watchList().toDirectedTask(targets(), "SCJGJ");
    assertThat(again.code()).isNotEqualTo(made.code());
  }

  @Test
  void aWatchListOfTwoThousandTargetsBecomesATaskWhosePoolIsExactlyThem() {
    // 4,000 characters of scope_json held about 150 object keys; V049 widened the column
    List<String> many = s.database().dsl().fetch("SELECT t.object_key FROM target t JOIN target_department td"
        + " ON td.target_id = t.id JOIN department d ON d.id = td.department_id WHERE d.code = 'SCJGJ'"
        + " AND t.status IN ('EXISTING', 'OPERATING') ORDER BY t.object_key LIMIT 2000").getValues(0, String.class);
    assertThat(many).as("the demo county has 2,000 SCJGJ targets in business").hasSize(2000);
    if (!s.plans().years("SCJGJ").contains(2027)) {
      s.plans().createPlan("SCJGJ", 2027);
    }
    WatchList list = new WatchList(2026, many.stream().map(k -> new WatchList.Target(k, List.of(fromTask))).toList(),
        List.of(), List.of());
    WatchListService.DirectedTask made = s.watchList().toDirectedTask(list, "SCJGJ");
    assertThat(made.targets()).isEqualTo(2000);
    PlanTask task = s.plans().plan("SCJGJ", 2027).tasks().stream().filter(t -> t.code().equals(made.code()))
        .findFirst().orElseThrow();
    assertThat(task.scope().toJson().length()).as("far past the old 4,000").isGreaterThan(4000);
    assertThat(task.scope().targets()).containsExactlyInAnyOrderElementsOf(many);
    DrawPlan plan = s.draw().plan(made.code());
    assertThat(plan.strata().stream().flatMap(st -> st.pool().stream()).toList())
        .as("the pool is the watch list, no more, no less").containsExactlyInAnyOrderElementsOf(many);
    assertThat(plan.strata().stream().mapToInt(PlannedStratum::k).sum()).isEqualTo(2000);
  }

  @Test
  void refusedWithoutNextYearsPlanOrOnceItIsPublishedAndNothingWritten() {
    assertThatThrownBy(() -> s.watchList().toDirectedTask(targets(), "WJJ"))
        .satisfies(says("还没有 2027 年度抽查工作计划"), says("请先在“年度计划”页建立"));
    assertThat(s.plans().years("WJJ")).doesNotContain(2027);

    s.plans().createPlan("SHJ", 2027);
    s.plans().savePlanInfo("SHJ", 2027, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
    WatchList shj = new WatchList(2026, List.of(), List.of(), List.of("5812"));
    assertThatThrownBy(() -> s.watchList().toDirectedTask(shj, "SHJ"))
        .satisfies(says("已于 2026-12-02 公开"));
    assertThat(s.plans().plan("SHJ", 2027).tasks()).isEmpty();
  }

  @Test
  void refusesAMixedOrEmptyListAndNoDepartment() {
    WatchList mixed = new WatchList(2026, targets().targets(), List.of("城关镇"), List.of());
    assertThatThrownBy(() -> s.watchList().toDirectedTask(mixed, "SCJGJ")).satisfies(says("分两次生成"));
    assertThatThrownBy(() -> s.watchList().toDirectedTask(new WatchList(2026, List.of(), List.of(), List.of()),
        "SCJGJ")).satisfies(says("关注名单是空的"));
    assertThatThrownBy(() -> s.watchList().toDirectedTask(targets(), "")).satisfies(says("请先在“部门”中选一个部门"));
  }
}
