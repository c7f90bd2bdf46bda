package cn.suiji.plan.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;

import cn.suiji.directory.domain.Department;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.RatioFloors;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * Annual plans, and what the plan screen and the task check read around them: departments,
 * the working rules' ratio floors, the items in force in a year and the townships of a
 * department's directory. Every method takes the caller's transaction.
 */
public final class PlanRepository {
  public List<Department> departments(DSLContext tx) {
    return tx.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.CODE)
        .fetch(r -> new Department(r.getId(), r.getCode(), r.getName(), r.getDocPrefix(), r.getSortOrder()));
  }

  public Optional<AnnualPlan> find(DSLContext tx, long departmentId, int year) {
    return tx.select(ANNUAL_PLAN.fields()).select(DEPARTMENT.CODE, DEPARTMENT.NAME)
        .from(ANNUAL_PLAN).join(DEPARTMENT).on(DEPARTMENT.ID.eq(ANNUAL_PLAN.DEPARTMENT_ID))
        .where(ANNUAL_PLAN.DEPARTMENT_ID.eq(departmentId)).and(ANNUAL_PLAN.PLAN_YEAR.eq(year))
        .fetchOptional(PlanRepository::plan);
  }

  /** The years the department has a plan for, newest first. */
  public List<Integer> years(DSLContext tx, long departmentId) {
    return tx.select(ANNUAL_PLAN.PLAN_YEAR).from(ANNUAL_PLAN).where(ANNUAL_PLAN.DEPARTMENT_ID.eq(departmentId))
        .orderBy(ANNUAL_PLAN.PLAN_YEAR.desc()).fetch(r -> r.value1());
  }

  public AnnualPlan insert(DSLContext tx, Department department, int year, String title) {
    long id = tx.insertInto(ANNUAL_PLAN)
        .set(ANNUAL_PLAN.DEPARTMENT_ID, department.id())
        .set(ANNUAL_PLAN.PLAN_YEAR, year)
        .set(ANNUAL_PLAN.TITLE, title)
        .returningResult(ANNUAL_PLAN.ID).fetchSingle().value1();
    return new AnnualPlan(id, department.code(), department.name(), year, title, null, null, null);
  }

  /** Sets the plan's code (抽查计划编号), filed and published dates. */
  public void updateInfo(DSLContext tx, long planId, @Nullable String code, @Nullable LocalDate filed,
      @Nullable LocalDate published) {
    tx.update(ANNUAL_PLAN).set(ANNUAL_PLAN.PLAN_CODE, code).set(ANNUAL_PLAN.FILED_DATE, filed)
        .set(ANNUAL_PLAN.PUBLISHED_DATE, published).where(ANNUAL_PLAN.ID.eq(planId)).execute();
  }

  /** 抽查频次 of the items in force in {@code year} that have one, by item code (the latest version's). */
  public Map<String, Integer> frequencies(DSLContext tx, int year) {
    Map<String, Integer> out = new LinkedHashMap<>();
    tx.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.FREQUENCY_PER_YEAR).from(INSPECTION_ITEM)
        .where(INSPECTION_ITEM.FREQUENCY_PER_YEAR.isNotNull())
        .and(INSPECTION_ITEM.VALID_FROM.le(LocalDate.of(year, 12, 31)))
        .and(INSPECTION_ITEM.VALID_TO.isNull().or(INSPECTION_ITEM.VALID_TO.ge(LocalDate.of(year, 1, 1))))
        .orderBy(INSPECTION_ITEM.VALID_FROM, INSPECTION_ITEM.ID)
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** The codes of the tasks of {@code year}'s plans (every department, none cancelled) naming each item, by item code. */
  public Map<String, List<String>> tasksByItem(DSLContext tx, int year) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    tx.selectDistinct(INSPECTION_ITEM.CODE, TASK.CODE).from(TASK_ITEM)
        .join(TASK).on(TASK.ID.eq(TASK_ITEM.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID))
        .where(ANNUAL_PLAN.PLAN_YEAR.eq(year)).and(TASK.STATUS.ne("CANCELLED"))
        .orderBy(INSPECTION_ITEM.CODE, TASK.CODE)
        .forEach(r -> out.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
    return out;
  }

  /** The department's floors, or the defaults (3 %, 10 %) where it has no working rules. */
  public RatioFloors floors(DSLContext tx, long departmentId) {
    return tx.select(WORKING_RULES.FLOOR_UNDIRECTED, WORKING_RULES.FLOOR_DIRECTED).from(WORKING_RULES)
        .where(WORKING_RULES.DEPARTMENT_ID.eq(departmentId))
        .fetchOptional(r -> new RatioFloors(r.value1(), r.value2()))
        .orElse(RatioFloors.DEFAULT);
  }

  /** The townships of the department's directory, sorted. */
  public Set<String> townships(DSLContext tx, long departmentId) {
    return new TreeSet<>(tx.selectDistinct(TARGET.TOWNSHIP).from(TARGET)
        .join(TARGET_DEPARTMENT).on(TARGET_DEPARTMENT.TARGET_ID.eq(TARGET.ID))
        .where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(departmentId)).and(TARGET.TOWNSHIP.isNotNull())
        .fetch(r -> r.value1()));
  }

  /**
   * The items in force at some time of {@code year}, of the departments given, one per code (the
   * latest version), ordered by department and code.
   */
  public List<ItemRef> items(DSLContext tx, Collection<Long> departmentIds, int year) {
    Map<String, ItemRef> byCode = new LinkedHashMap<>();
    tx.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.NAME, DEPARTMENT.CODE)
        .from(INSPECTION_ITEM).join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTION_ITEM.DEPARTMENT_ID))
        .where(INSPECTION_ITEM.DEPARTMENT_ID.in(departmentIds))
        .and(INSPECTION_ITEM.VALID_FROM.le(LocalDate.of(year, 12, 31)))
        .and(INSPECTION_ITEM.VALID_TO.isNull().or(INSPECTION_ITEM.VALID_TO.ge(LocalDate.of(year, 1, 1))))
        .orderBy(DEPARTMENT.SORT_ORDER, INSPECTION_ITEM.CODE, INSPECTION_ITEM.VALID_FROM)
        .forEach(r -> byCode.put(r.value1(), new ItemRef(r.value1(), r.value2(), r.value3())));
    return List.copyOf(byCode.values());
  }

  /** The id of the version of each item code in force in {@code year} (the latest). */
  public Map<String, Long> itemIds(DSLContext tx, Collection<String> codes, int year) {
    Map<String, Long> ids = new LinkedHashMap<>();
    tx.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.ID).from(INSPECTION_ITEM)
        .where(INSPECTION_ITEM.CODE.in(codes))
        .and(INSPECTION_ITEM.VALID_FROM.le(LocalDate.of(year, 12, 31)))
        .and(INSPECTION_ITEM.VALID_TO.isNull().or(INSPECTION_ITEM.VALID_TO.ge(LocalDate.of(year, 1, 1))))
        .orderBy(INSPECTION_ITEM.VALID_FROM, INSPECTION_ITEM.ID)
        .forEach(r -> ids.put(r.value1(), r.value2()));
    return ids;
  }

  static AnnualPlan plan(Record r) {
    return new AnnualPlan(r.get(ANNUAL_PLAN.ID), r.get(DEPARTMENT.CODE), r.get(DEPARTMENT.NAME),
        r.get(ANNUAL_PLAN.PLAN_YEAR), r.get(ANNUAL_PLAN.TITLE), r.get(ANNUAL_PLAN.PLAN_CODE), r.get(ANNUAL_PLAN.FILED_DATE),
        r.get(ANNUAL_PLAN.PUBLISHED_DATE));
  }
}
