package cn.suiji.report.service;

import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.service.PlanService;
import cn.suiji.report.domain.WatchList;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the early warning's watch list into a directed (定向) task of the next year's plan of one
 * department, through the plan's service (ADR 0026, addendum): named targets become a task whose
 * pool is exactly those targets, each inspected (k = their number); townships and industries a
 * task over the department's targets in them at the working rules' directed floor. The task's
 * items are those the department's tasks of the year shown carried (for targets: the tasks their
 * problems were found in), as far as next year's item list still has them.
 */
public final class WatchListService {
  private final PlanService plans;

  public WatchListService(PlanService plans) {
    this.plans = plans;
  }

  private String name(String departmentCode) {
    return plans.departments().stream().filter(d -> d.code().equals(departmentCode)).map(d -> d.name()).findFirst()
        .orElse(departmentCode);
  }

  /** The task made: its code and name, the plan year, how many targets it names (0: by township and industry). */
  public record DirectedTask(String code, String name, int year, int targets) {}

  /**
   * Adds the directed task of {@code list} to {@code departmentCode}'s plan of the year after
   * {@code list.year()}. One transaction (the plan's), audited there.
   *
   * @throws SuijiException when no department is chosen, the list is empty or mixes targets with
   *     townships or industries, no item is left, or the plan refuses (no plan, already published)
   */
  public DirectedTask toDirectedTask(WatchList list, String departmentCode) {
    if (departmentCode.isBlank()) {
      throw new SuijiException("report.watch.noDepartment");
    }
    if (list.isEmpty()) {
      throw new SuijiException("report.watch.empty");
    }
    if (!list.targets().isEmpty() && (!list.townships().isEmpty() || !list.industries().isEmpty())) {
      throw new SuijiException("report.watch.mixed");
    }
    int next = list.year() + 1;
    // the plan says first why it cannot take a task (it says so again, inside its own transaction)
    var plan = plans.plan(departmentCode, next).plan();
    if (plan == null) {
      throw new SuijiException("plan.error.watchNoPlan", name(departmentCode), next);
    }
    if (plan.publishedDate() != null) {
      throw new SuijiException("plan.error.watchPublished", name(departmentCode), next,
          plan.publishedDate());
    }
    Set<String> from = list.targets().stream().flatMap(t -> t.taskCodes().stream()).collect(Collectors.toSet());
    Set<String> items = new LinkedHashSet<>();
    for (PlanTask t : plans.plan(departmentCode, list.year()).tasks()) {
      if (t.status() != TaskStatus.CANCELLED && (from.isEmpty() || from.contains(t.code()))) {
        items.addAll(t.itemCodes());
      }
    }
    var choices = plans.choices(departmentCode, next);
    Set<String> inForce = choices.itemsFor(List.of()).stream().map(ItemRef::code).collect(Collectors.toSet());
    items.retainAll(inForce);
    if (items.isEmpty()) {
      throw new SuijiException("report.watch.noItems", departmentCode, list.year(), next);
    }
    PlanTask task;
    if (!list.targets().isEmpty()) {
      List<String> keys = list.targets().stream().map(WatchList.Target::objectKey).distinct().toList();
      task = plans.addDirectedTask(departmentCode, next, Messages.msg("report.watch.targetsTaskName", next, list.year()),
          new TaskScope(List.of(), List.of(), List.of(), keys), List.copyOf(items), keys.size(), null,
          "watch-list targets=" + keys.size());
      return new DirectedTask(task.code(), task.name(), next, keys.size());
    }
    task = plans.addDirectedTask(departmentCode, next, Messages.msg("report.watch.groupsTaskName", next, list.year()),
        new TaskScope(list.townships(), list.industries(), List.of()), List.copyOf(items), null,
        choices.floors().directed(), "watch-list townships=" + list.townships() + " industries=" + list.industries());
    return new DirectedTask(task.code(), task.name(), next, 0);
  }
}
