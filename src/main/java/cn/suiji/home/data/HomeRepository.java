package cn.suiji.home.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.domain.UpcomingTask;
import cn.suiji.home.domain.WorkTask;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Counts for the home page, each one an indexed count. */
public final class HomeRepository {
  /** The statuses of targets no longer in business. */
  private static final List<String> CLOSED = Arrays.stream(TargetStatus.values()).filter(s -> !s.inBusiness())
      .map(Enum::name).toList();

  /** The seven counts in one statement: one parse and one trip at the start, when nothing is warm yet. */
  public HomeFigures figures(DSLContext dsl, LocalDate today) {
    var r = dsl.select(
        count(DSL.selectCount().from(DEPARTMENT)),
        count(DSL.selectCount().from(INSPECTION_ITEM).where(INSPECTION_ITEM.VALID_FROM.le(today)
            .and(INSPECTION_ITEM.VALID_TO.isNull().or(INSPECTION_ITEM.VALID_TO.ge(today))))),
        count(DSL.selectCount().from(TARGET)),
        // in business = all but the closed ones (the column allows only TargetStatus): the index range read is the
        // few closed targets, not the many open ones (a fifth of the time on the demo county, at its first read)
        count(DSL.selectCount().from(TARGET).where(TARGET.STATUS.in(CLOSED))),
        count(DSL.selectCount().from(INSPECTOR)),
        count(DSL.selectCount().from(INSPECTOR).where(INSPECTOR.STATUS.eq("ON_DUTY"))),
        count(DSL.selectCount().from(TASK))).fetchOne();
    if (r == null) {
      throw new IllegalStateException("no row from a select without FROM");
    }
    return new HomeFigures(r.value1(), r.value2(), r.value3(), r.value3() - r.value4(), r.value5(), r.value6(),
        r.value7());
  }

  private static Field<Integer> count(org.jooq.Select<? extends org.jooq.Record1<Integer>> select) {
    return DSL.field(select);
  }

  /** Tasks whose window has not ended, the soonest end first. */
  public List<UpcomingTask> upcoming(DSLContext dsl, LocalDate today, int limit) {
    return dsl.select(TASK.CODE, TASK.NAME, DEPARTMENT.NAME, TASK.START_DATE, TASK.END_DATE)
        .from(TASK).join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .where(TASK.END_DATE.ge(today)).and(TASK.STATUS.ne("CANCELLED"))
        .orderBy(TASK.END_DATE, TASK.CODE)
        .limit(limit)
        .fetch(r -> new UpcomingTask(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  /** Undrawn tasks (no confirmed draw, neither cancelled nor done) whose window ended before {@code today}, the oldest end first. */
  public List<WorkTask> overdue(DSLContext dsl, LocalDate today, int limit) {
    return undrawn(dsl, TASK.END_DATE.lt(today), limit);
  }

  /** Undrawn tasks whose window has not ended, the soonest end first. */
  public List<WorkTask> dueSoon(DSLContext dsl, LocalDate today, int limit) {
    return undrawn(dsl, TASK.END_DATE.ge(today), limit);
  }

  /** Drawn tasks with inspections not yet published, counted by the step each waits for; the soonest end first. */
  public List<WorkTask> drawnWaiting(DSLContext dsl, int limit) {
    Field<Integer> notice = DSL.count().filterWhere(INSPECTION.STATUS.eq("AWAITING_NOTICE"));
    Field<Integer> inspection = DSL.count().filterWhere(INSPECTION.STATUS.eq("NOTIFIED"));
    Field<Integer> publication = DSL.count().filterWhere(INSPECTION.STATUS.eq("INSPECTED"));
    return dsl.select(TASK.CODE, TASK.NAME, DEPARTMENT.CODE, DEPARTMENT.NAME, ANNUAL_PLAN.PLAN_YEAR, TASK.START_DATE,
            TASK.END_DATE, notice, inspection, publication)
        .from(TASK).join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DRAW).on(DRAW.TASK_ID.eq(TASK.ID).and(DRAW.STATUS.eq("CONFIRMED")))
        .join(INSPECTION).on(INSPECTION.DRAW_ID.eq(DRAW.ID))
        .where(INSPECTION.STATUS.ne("PUBLISHED"))
        .groupBy(TASK.CODE, TASK.NAME, DEPARTMENT.CODE, DEPARTMENT.NAME, ANNUAL_PLAN.PLAN_YEAR, TASK.START_DATE,
            TASK.END_DATE)
        .orderBy(TASK.END_DATE, TASK.CODE)
        .limit(limit)
        .fetch(r -> new WorkTask(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
            r.value8(), r.value9(), r.value10()));
  }

  private static List<WorkTask> undrawn(DSLContext dsl, Condition window, int limit) {
    return dsl.select(TASK.CODE, TASK.NAME, DEPARTMENT.CODE, DEPARTMENT.NAME, ANNUAL_PLAN.PLAN_YEAR, TASK.START_DATE,
            TASK.END_DATE)
        .from(TASK).join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .where(window).and(TASK.STATUS.notIn("CANCELLED", "DONE"))
        .andNotExists(DSL.selectOne().from(DRAW).where(DRAW.TASK_ID.eq(TASK.ID)).and(DRAW.STATUS.eq("CONFIRMED")))
        .orderBy(TASK.END_DATE, TASK.CODE)
        .limit(limit)
        .fetch(r -> new WorkTask(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
            0, 0, 0));
  }
}
