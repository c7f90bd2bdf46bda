package cn.suiji.report.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.FOLLOW_UP;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.report.domain.OpenFollowUp;
import cn.suiji.report.domain.RepeatedProblemTarget;
import cn.suiji.report.domain.StatsScope;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The early-warning lists, each one query (ADR 0026: the report reads the other features' tables). */
public final class WarningRepository {
  /**
   * Targets with a problem in the current results of two or more inspections of the plan years
   * up to the scope's (the department's tasks only, when one is chosen); most problems first.
   */
  public List<RepeatedProblemTarget> repeatedProblems(DSLContext dsl, StatsScope scope, int limit) {
    Condition years = ANNUAL_PLAN.PLAN_YEAR.le(scope.lastYear());
    if (scope.departmentCode() != null) {
      years = years.and(DEPARTMENT.CODE.eq(scope.departmentCode()));
    }
    Field<Integer> count = DSL.count();
    Field<LocalDate> last = DSL.max(INSPECTION_RESULT.FORMED_ON);
    Field<String> tasks = DSL.listAgg(TASK.CODE, "、").withinGroupOrderBy(TASK.CODE);
    return dsl.select(StatsRepository.TARGET_CODE, TARGET.NAME, TARGET.TOWNSHIP, TARGET.INDUSTRY_NAME, count, last,
            tasks, TARGET.OBJECT_KEY)
        .from(INSPECTION)
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(INSPECTION_RESULT).on(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(INSPECTION.ID))
        .join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(years).and(StatsRepository.problemFound())
        .groupBy(TARGET.ID, TARGET.USCC, TARGET.REG_NO, TARGET.OBJECT_KEY, TARGET.NAME, TARGET.TOWNSHIP,
            TARGET.INDUSTRY_NAME)
        .having(DSL.count().ge(2))
        .orderBy(count.desc(), last.desc(), StatsRepository.TARGET_CODE)
        .limit(limit)
        .fetch(r -> new RepeatedProblemTarget(r.value1(), r.value2(), StatsRepository.text(r.value3()),
            StatsRepository.text(r.value4()), r.value5(), r.value6(), r.value7(), r.value8()));
  }

  /** Open follow-ups of the scope whose due day is before {@code asOf}, the oldest due first. */
  public List<OpenFollowUp> overdue(DSLContext dsl, StatsScope scope, LocalDate asOf, int limit) {
    return open(dsl, scope, FOLLOW_UP.CLOSED.isFalse().and(FOLLOW_UP.DUE_DATE.lt(asOf)), limit);
  }

  /** Referrals (移送/抄告) of the scope without feedback, open or closed, the oldest referral first. */
  public List<OpenFollowUp> referralsWithoutFeedback(DSLContext dsl, StatsScope scope, int limit) {
    return open(dsl, scope, FOLLOW_UP.KIND.eq(FollowUpKind.REFERRAL.name())
        .and(FOLLOW_UP.FEEDBACK.isNull().or(DSL.trim(FOLLOW_UP.FEEDBACK).eq(""))), limit);
  }

  private static List<OpenFollowUp> open(DSLContext dsl, StatsScope scope, Condition which, int limit) {
    return dsl.select(FOLLOW_UP.ID, TASK.CODE, DEPARTMENT.CODE, StatsRepository.TARGET_CODE, TARGET.NAME,
            FOLLOW_UP.KIND, FOLLOW_UP.DUE_DATE, FOLLOW_UP.RECEIVING_BODY, FOLLOW_UP.REFERRED_ON)
        .from(FOLLOW_UP)
        .join(INSPECTION).on(INSPECTION.ID.eq(FOLLOW_UP.INSPECTION_ID))
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(StatsRepository.planScope(scope)).and(which)
        .orderBy(FOLLOW_UP.DUE_DATE.asc().nullsLast(), FOLLOW_UP.REFERRED_ON.asc().nullsLast(), FOLLOW_UP.ID)
        .limit(limit)
        .fetch(r -> new OpenFollowUp(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
            FollowUpKind.valueOf(r.value6()), r.value7(), r.value8(), r.value9()));
  }
}
