package cn.suiji.home.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.domain.UpcomingTask;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/** Counts for the home page, each one an indexed count. */
public final class HomeRepository {
  public HomeFigures figures(DSLContext dsl, LocalDate today) {
    return new HomeFigures(
        dsl.fetchCount(DEPARTMENT),
        dsl.fetchCount(INSPECTION_ITEM, INSPECTION_ITEM.VALID_FROM.le(today)
            .and(INSPECTION_ITEM.VALID_TO.isNull().or(INSPECTION_ITEM.VALID_TO.ge(today)))),
        dsl.fetchCount(TARGET),
        dsl.fetchCount(TARGET, TARGET.STATUS.in("EXISTING", "OPERATING")),
        dsl.fetchCount(INSPECTOR),
        dsl.fetchCount(INSPECTOR, INSPECTOR.STATUS.eq("ON_DUTY")),
        dsl.fetchCount(TASK));
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
}
