package cn.suiji.plan.service;

import cn.suiji.directory.domain.Department;
import cn.suiji.plan.data.PlanRepository;
import cn.suiji.plan.data.TaskRepository;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.plan.domain.PlanTask;
import java.time.LocalDate;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * For the demo county (issue 17 §5): writes annual plans and their tasks into an empty file
 * through the plan's own repositories, the scope in the plan's one codec ({@code TaskScope}).
 * Every method runs in the caller's transaction and checks nothing beyond what the repositories
 * and the schema check — no {@code TaskCheck}, no outbox entry for a published plan, no audit
 * entry one by one: the caller made the data, knows it whole and audits it.
 */
public final class PlanSeed {
  private final PlanRepository plans = new PlanRepository();
  private final TaskRepository tasks = new TaskRepository();

  /** Inserts the department's plan of {@code year} with its code, filed and published dates. */
  public AnnualPlan plan(DSLContext tx, Department department, int year, String title, @Nullable String code,
      @Nullable LocalDate filed, @Nullable LocalDate published) {
    AnnualPlan plan = plans.insert(tx, department, year, title);
    plans.updateInfo(tx, plan.id(), code, filed, published);
    return new AnnualPlan(plan.id(), plan.departmentCode(), plan.departmentName(), year, title, code, filed, published);
  }

  /**
   * Inserts a task of the plan with its items and partners; its id. {@code departmentIds}: by
   * department code; {@code itemIds}: the item version each of the task's item codes names.
   */
  public long task(DSLContext tx, long planId, PlanTask task, Map<String, Long> departmentIds,
      Map<String, Long> itemIds) {
    return tasks.insert(tx, planId, task, departmentIds, itemIds);
  }
}
