package cn.suiji.directory;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;

/** A plan task that uses an item version, for the tests of the item list (the plan feature owns the real ones). */
public final class TestTasks {
  private TestTasks() {}

  /** Adds a 2026 task of the department using the item version {@code itemId}. */
  public static void use(DSLContext dsl, long departmentId, long itemId) {
    Long plan = dsl.select(ANNUAL_PLAN.ID).from(ANNUAL_PLAN)
        .where(ANNUAL_PLAN.DEPARTMENT_ID.eq(departmentId), ANNUAL_PLAN.PLAN_YEAR.eq(2026)).fetchOne(ANNUAL_PLAN.ID);
    if (plan == null) {
      plan = dsl.insertInto(ANNUAL_PLAN).set(ANNUAL_PLAN.DEPARTMENT_ID, departmentId).set(ANNUAL_PLAN.PLAN_YEAR, 2026)
          .set(ANNUAL_PLAN.TITLE, "2026年度抽查计划").returning(ANNUAL_PLAN.ID).fetchOne().getId();
    }
    long task = dsl.insertInto(TASK).set(TASK.PLAN_ID, plan).set(TASK.CODE, "T-" + itemId).set(TASK.NAME, "测试任务")
        .set(TASK.TASK_TYPE, "UNDIRECTED").set(TASK.LEAD_DEPARTMENT_ID, departmentId)
        .set(TASK.RATIO_PERCENT, new BigDecimal("3")).set(TASK.START_DATE, LocalDate.of(2026, 4, 1))
        .set(TASK.END_DATE, LocalDate.of(2026, 6, 30)).set(TASK.MODE, "县抽县查").set(TASK.STATUS, "PLANNED")
        .returning(TASK.ID).fetchOne().getId();
    dsl.insertInto(TASK_ITEM).set(TASK_ITEM.TASK_ID, task).set(TASK_ITEM.ITEM_ID, itemId).execute();
  }
}
