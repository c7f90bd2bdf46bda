package cn.suiji.report.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.FOLLOW_UP;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK_PARTNER;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.report.domain.DepartmentYearFacts.TaskFacts;
import cn.suiji.report.domain.Referral;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation reads of the other features' tables for one department's year — the
 * directories, the item list, the plan and its tasks with their draws, the working rules, the
 * referral follow-ups — each a query or two (ADR 0031: read only, as the statistics are, ADR 0026).
 */
public final class EvaluationRepository {
  /** A count and the last day one of the counted rows changed. */
  public record Counted(int count, @Nullable LocalDate lastUpdated) {}

  /** The item-list versions valid in the year: count, publicised, last publicity day, code → frequency. */
  public record Items(int count, int publicised, @Nullable LocalDate lastPublicised, Map<String, Integer> frequency) {}

  /** The plan of the year: whether it exists, published and filed days. */
  public record Plan(boolean exists, @Nullable LocalDate published, @Nullable LocalDate filed) {}

  /** Joint tasks of the year: led with partners (drawn), taken part in (drawn). */
  public record Joint(int led, int ledDrawn, int partnered, int partneredDrawn) {}

  /** Existing and operating targets of the department's directory, and the last import or edit of any of its targets. */
  public Counted targets(DSLContext tx, long departmentId) {
    int live = tx.selectCount().from(TARGET_DEPARTMENT).join(TARGET).on(TARGET.ID.eq(TARGET_DEPARTMENT.TARGET_ID))
        .where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)).and(TARGET.STATUS.in("EXISTING", "OPERATING"))
        .fetchSingle().value1();
    OffsetDateTime last = tx.select(org.jooq.impl.DSL.max(TARGET.UPDATED_AT)).from(TARGET_DEPARTMENT)
        .join(TARGET).on(TARGET.ID.eq(TARGET_DEPARTMENT.TARGET_ID))
        .where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)).fetchSingle().value1();
    return new Counted(live, last == null ? null : last.toLocalDate());
  }

  /** Inspectors of the department on duty, and the last change to any of its inspectors. */
  public Counted inspectors(DSLContext tx, long departmentId) {
    int onDuty = tx.fetchCount(INSPECTOR, INSPECTOR.DEPARTMENT_ID.eq(departmentId).and(INSPECTOR.STATUS.eq("ON_DUTY")));
    OffsetDateTime last = tx.select(org.jooq.impl.DSL.max(INSPECTOR.UPDATED_AT)).from(INSPECTOR)
        .where(INSPECTOR.DEPARTMENT_ID.eq(departmentId)).fetchSingle().value1();
    return new Counted(onDuty, last == null ? null : last.toLocalDate());
  }

  public Items items(DSLContext tx, long departmentId, int year) {
    Condition valid = INSPECTION_ITEM.DEPARTMENT_ID.eq(departmentId)
        .and(INSPECTION_ITEM.VALID_FROM.le(LocalDate.of(year, 12, 31)))
        .and(INSPECTION_ITEM.VALID_TO.isNull().or(INSPECTION_ITEM.VALID_TO.ge(LocalDate.of(year, 1, 1))));
    int count = 0;
    int publicised = 0;
    LocalDate last = null;
    Map<String, Integer> frequency = new HashMap<>();
    for (var r : tx.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.PUBLICISED_DATE, INSPECTION_ITEM.FREQUENCY_PER_YEAR)
        .from(INSPECTION_ITEM).where(valid).fetch()) {
      count++;
      LocalDate p = r.value2();
      if (p != null) {
        publicised++;
        last = last == null || p.isAfter(last) ? p : last;
      }
      if (r.value3() != null) {
        frequency.merge(r.value1(), r.value3(), Math::min);
      }
    }
    return new Items(count, publicised, last, frequency);
  }

  public Plan plan(DSLContext tx, long departmentId, int year) {
    var r = tx.select(ANNUAL_PLAN.PUBLISHED_DATE, ANNUAL_PLAN.FILED_DATE).from(ANNUAL_PLAN)
        .where(ANNUAL_PLAN.DEPARTMENT_ID.eq(departmentId)).and(ANNUAL_PLAN.PLAN_YEAR.eq(year)).fetchOne();
    return r == null ? new Plan(false, null, null) : new Plan(true, r.value1(), r.value2());
  }

  /** Null without working rules; else whether the rules text is written. */
  public @Nullable Boolean rulesWithText(DSLContext tx, long departmentId) {
    var r = tx.select(WORKING_RULES.RULES_TEXT).from(WORKING_RULES).where(WORKING_RULES.DEPARTMENT_ID.eq(departmentId))
        .fetchOne();
    return r == null ? null : r.value1() != null && !r.value1().isBlank();
  }

  /** The tasks of the year's plans the department leads, in code order (createdOn left null: the audit log tells it). */
  public List<TaskFacts> tasks(DSLContext tx, long departmentId, int year) {
    Map<Long, List<String>> items = new HashMap<>();
    for (Record3<Long, String, Long> r : tx.select(TASK_ITEM.TASK_ID, INSPECTION_ITEM.CODE, TASK.ID).from(TASK_ITEM)
        .join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID))
        .join(TASK).on(TASK.ID.eq(TASK_ITEM.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .where(ANNUAL_PLAN.PLAN_YEAR.eq(year)).and(TASK.LEAD_DEPARTMENT_ID.eq(departmentId))
        .orderBy(INSPECTION_ITEM.CODE).fetch()) {
      items.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
    }
    return tx.select(TASK.ID, TASK.CODE, TASK.NAME, TASK.START_DATE, TASK.END_DATE, TASK.STATUS, DRAW.ID,
            DRAW.LATE_REASON)
        .from(TASK)
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .leftJoin(DRAW).on(DRAW.CONFIRMED_TASK_ID.eq(TASK.ID))
        .where(ANNUAL_PLAN.PLAN_YEAR.eq(year)).and(TASK.LEAD_DEPARTMENT_ID.eq(departmentId))
        .orderBy(TASK.CODE)
        .fetch(r -> new TaskFacts(r.value2(), r.value3(), r.value4(), r.value5(), "CANCELLED".equals(r.value6()),
            r.value7() != null, r.value8() != null, null, items.getOrDefault(r.value1(), List.of())));
  }

  public Joint joint(DSLContext tx, long departmentId, int year) {
    Condition drawn = org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(DRAW)
        .where(DRAW.CONFIRMED_TASK_ID.eq(TASK.ID)));
    Condition hasPartner = org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(TASK_PARTNER)
        .where(TASK_PARTNER.TASK_ID.eq(TASK.ID)));
    Condition ofYear = ANNUAL_PLAN.PLAN_YEAR.eq(year).and(TASK.STATUS.ne("CANCELLED"));
    Condition led = ofYear.and(TASK.LEAD_DEPARTMENT_ID.eq(departmentId)).and(hasPartner);
    Condition partnered = ofYear.and(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(TASK_PARTNER)
        .where(TASK_PARTNER.TASK_ID.eq(TASK.ID)).and(TASK_PARTNER.DEPARTMENT_ID.eq(departmentId))));
    return new Joint(countTasks(tx, led), countTasks(tx, led.and(drawn)), countTasks(tx, partnered),
        countTasks(tx, partnered.and(drawn)));
  }

  private static int countTasks(DSLContext tx, Condition c) {
    return tx.selectCount().from(TASK).join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID)).where(c)
        .fetchSingle().value1();
  }

  /**
   * The 问题线索转办 register: referral follow-ups (移送/抄告) of the inspections of the year's tasks
   * the department leads (every department's when code is null), oldest referral first.
   */
  public List<Referral> referrals(DSLContext tx, @Nullable String departmentCode, int year) {
    Condition c = ANNUAL_PLAN.PLAN_YEAR.eq(year).and(FOLLOW_UP.KIND.eq(FollowUpKind.REFERRAL.name()));
    if (departmentCode != null) {
      c = c.and(DEPARTMENT.CODE.eq(departmentCode));
    }
    return tx.select(FOLLOW_UP.ID, TASK.CODE, StatsRepository.TARGET_CODE, TARGET.NAME, FOLLOW_UP.RECEIVING_BODY,
            FOLLOW_UP.REFERRED_ON, FOLLOW_UP.FEEDBACK, FOLLOW_UP.FEEDBACK_ON, FOLLOW_UP.CLOSED)
        .from(FOLLOW_UP)
        .join(INSPECTION).on(INSPECTION.ID.eq(FOLLOW_UP.INSPECTION_ID))
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(c)
        .orderBy(FOLLOW_UP.REFERRED_ON.asc().nullsLast(), FOLLOW_UP.ID)
        .fetch(r -> new Referral(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
            r.value8(), Boolean.TRUE.equals(r.value9())));
  }

  /** Department code → name, in the directory's order (active ones). */
  public Map<String, String> departments(DSLContext tx) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    tx.select(DEPARTMENT.CODE, DEPARTMENT.NAME).from(DEPARTMENT).where(DEPARTMENT.ACTIVE.isTrue())
        .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.CODE).fetch().forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }
}
