package cn.suiji.plan.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK_PARTNER;

import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskForDraw;
import cn.suiji.plan.domain.TaskLabel;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.generated.tables.records.TaskRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The tasks of annual plans with their items (task_item), partner departments (task_partner)
 * and scope ({@code scope_json}, in {@link TaskScope}'s format, the one the draw reads). Every
 * method takes the caller's transaction.
 */
public final class TaskRepository {

  /** A stored task and the plan it belongs to. */
  public record Stored(long planId, PlanTask task) {}

  /** The plan's tasks in code order. */
  public List<PlanTask> tasks(DSLContext tx, long planId) {
    return read(tx, TASK.PLAN_ID.eq(planId)).stream().map(Stored::task).toList();
  }

  public Optional<Stored> find(DSLContext tx, String code) {
    return read(tx, TASK.CODE.eq(code)).stream().findFirst();
  }

  public Optional<Stored> findById(DSLContext tx, long id) {
    return read(tx, TASK.ID.eq(id)).stream().findFirst();
  }

  /** True if a task other than {@code exceptId} uses {@code code}. */
  public boolean codeTaken(DSLContext tx, String code, @Nullable Long exceptId) {
    return tx.fetchExists(TASK, TASK.CODE.eq(code).and(exceptId == null ? TASK.ID.isNotNull() : TASK.ID.ne(exceptId)));
  }

  /** True if the task has a confirmed draw (its targets and inspectors are fixed). */
  public boolean hasConfirmedDraw(DSLContext tx, long taskId) {
    return tx.fetchExists(DRAW, DRAW.TASK_ID.eq(taskId).and(DRAW.CONFIRMED_TASK_ID.isNotNull()));
  }

  /** The task as the draw reads it (departments with ids and names, items with their lists), by code. */
  public Optional<TaskForDraw> forDraw(DSLContext tx, String code) {
    var t = tx.select(TASK.fields()).select(DEPARTMENT.CODE, DEPARTMENT.NAME)
        .from(TASK).join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .where(TASK.CODE.eq(code)).fetchOne();
    if (t == null) {
      return Optional.empty();
    }
    long id = t.get(TASK.ID);
    List<TaskForDraw.Department> partners = tx.select(DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME)
        .from(TASK_PARTNER).join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK_PARTNER.DEPARTMENT_ID))
        .where(TASK_PARTNER.TASK_ID.eq(id)).and(TASK_PARTNER.DEPARTMENT_ID.ne(t.get(TASK.LEAD_DEPARTMENT_ID)))
        .orderBy(DEPARTMENT.CODE)
        .fetch(r -> new TaskForDraw.Department(r.value1(), r.value2(), r.value3()));
    List<TaskForDraw.Item> items = tx.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.DEPARTMENT_ID,
            INSPECTION_ITEM.ITEM_CLASS)
        .from(TASK_ITEM).join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID))
        .where(TASK_ITEM.TASK_ID.eq(id)).orderBy(INSPECTION_ITEM.CODE)
        .fetch(r -> new TaskForDraw.Item(r.value1(), r.value2(), "KEY".equals(r.value3())));
    return Optional.of(new TaskForDraw(id, t.get(TASK.CODE), t.get(TASK.NAME), TaskType.valueOf(t.get(TASK.TASK_TYPE)),
        TaskStatus.valueOf(t.get(TASK.STATUS)),
        new TaskForDraw.Department(t.get(TASK.LEAD_DEPARTMENT_ID), t.get(DEPARTMENT.CODE), t.get(DEPARTMENT.NAME)),
        partners, t.get(TASK.RATIO_PERCENT), t.get(TASK.FIXED_COUNT), t.get(TASK.RATIO_A), t.get(TASK.RATIO_B),
        t.get(TASK.RATIO_C), t.get(TASK.RATIO_D), scope(t.get(TASK.SCOPE_JSON), t.get(TASK.CODE)),
        t.get(TASK.START_DATE), t.get(TASK.END_DATE), items));
  }

  /** Codes and names of the tasks without a confirmed draw (cancelled tasks left out), by code. */
  public List<TaskLabel> undrawn(DSLContext tx) {
    return tx.select(TASK.CODE, TASK.NAME).from(TASK)
        .where(TASK.STATUS.ne(TaskStatus.CANCELLED.name()))
        .andNotExists(DSL.selectOne().from(DRAW).where(DRAW.CONFIRMED_TASK_ID.eq(TASK.ID)))
        .orderBy(TASK.CODE)
        .fetch(r -> new TaskLabel(r.value1(), r.value2()));
  }

  /** Marks the task drawn (its draw was confirmed), in the draw's transaction. */
  public void markDrawn(DSLContext tx, long taskId) {
    tx.update(TASK).set(TASK.STATUS, TaskStatus.DRAWN.name()).where(TASK.ID.eq(taskId)).execute();
  }

  /** The task's stored status. */
  public TaskStatus status(DSLContext tx, long taskId) {
    return TaskStatus.valueOf(tx.select(TASK.STATUS).from(TASK).where(TASK.ID.eq(taskId)).fetchSingle().value1());
  }

  /** Inserts the task, its items (codes → item ids) and partners (codes → department ids); returns its id. */
  public long insert(DSLContext tx, long planId, PlanTask t, Map<String, Long> departmentIds, Map<String, Long> itemIds) {
    TaskRecord r = tx.newRecord(TASK);
    r.setPlanId(planId);
    fill(r, t, departmentIds);
    r.store();
    links(tx, r.getId(), t, departmentIds, itemIds);
    return r.getId();
  }

  /** Replaces the stored task's fields, items and partners (its id and plan stay). */
  public void update(DSLContext tx, long id, PlanTask t, Map<String, Long> departmentIds, Map<String, Long> itemIds) {
    TaskRecord r = tx.fetchSingle(TASK, TASK.ID.eq(id));
    fill(r, t, departmentIds);
    r.store();
    tx.deleteFrom(TASK_ITEM).where(TASK_ITEM.TASK_ID.eq(id)).execute();
    tx.deleteFrom(TASK_PARTNER).where(TASK_PARTNER.TASK_ID.eq(id)).execute();
    links(tx, id, t, departmentIds, itemIds);
  }

  /** The provincial task numbers (省级任务编号) of the plan's tasks that have one, by task code. */
  public Map<String, String> provinceNumbers(DSLContext tx, long planId) {
    Map<String, String> out = new HashMap<>();
    tx.select(TASK.CODE, TASK.PROVINCE_NUMBER).from(TASK).where(TASK.PLAN_ID.eq(planId))
        .and(TASK.PROVINCE_NUMBER.isNotNull()).forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** The day each of the plan's drawn tasks had its draw confirmed, by task code. */
  public Map<String, LocalDate> drawnOn(DSLContext tx, long planId, ZoneId zone) {
    Map<String, LocalDate> out = new HashMap<>();
    tx.select(TASK.CODE, DRAW.CLOSED_AT, DRAW.CREATED_AT).from(DRAW).join(TASK).on(TASK.ID.eq(DRAW.TASK_ID))
        .where(TASK.PLAN_ID.eq(planId)).and(DRAW.CONFIRMED_TASK_ID.isNotNull())
        .forEach(r -> out.put(r.value1(), (r.value2() != null ? r.value2() : r.value3())
            .atZoneSameInstant(zone).toLocalDate()));
    return out;
  }

  public @Nullable String provinceNumber(DSLContext tx, long id) {
    return tx.select(TASK.PROVINCE_NUMBER).from(TASK).where(TASK.ID.eq(id)).fetchOne(r -> r.value1());
  }

  public void setProvinceNumber(DSLContext tx, long id, @Nullable String number) {
    tx.update(TASK).set(TASK.PROVINCE_NUMBER, number).where(TASK.ID.eq(id)).execute();
  }

  public void setStatus(DSLContext tx, long id, TaskStatus status) {
    tx.update(TASK).set(TASK.STATUS, status.name()).where(TASK.ID.eq(id)).execute();
  }

  private static void fill(TaskRecord r, PlanTask t, Map<String, Long> departmentIds) {
    r.setCode(t.code());
    r.setName(t.name());
    r.setTaskType(t.type().name());
    r.setLeadDepartmentId(departmentIds.get(t.leadDepartment()));
    r.setRatioPercent(t.ratioPercent());
    r.setFixedCount(t.fixedCount());
    r.setRatioA(t.ratioA());
    r.setRatioB(t.ratioB());
    r.setRatioC(t.ratioC());
    r.setRatioD(t.ratioD());
    r.setScopeJson(t.scope().toJson());
    r.setStartDate(t.startDate());
    r.setEndDate(t.endDate());
    r.setMode(t.mode().name());
    r.setStatus(t.status().name());
  }

  private static void links(DSLContext tx, long id, PlanTask t, Map<String, Long> departmentIds,
      Map<String, Long> itemIds) {
    for (String code : t.itemCodes()) {
      tx.insertInto(TASK_ITEM).set(TASK_ITEM.TASK_ID, id).set(TASK_ITEM.ITEM_ID, itemIds.get(code)).execute();
    }
    for (String code : t.partners()) {
      tx.insertInto(TASK_PARTNER).set(TASK_PARTNER.TASK_ID, id).set(TASK_PARTNER.DEPARTMENT_ID, departmentIds.get(code))
          .execute();
    }
  }

  private List<Stored> read(DSLContext tx, Condition where) {
    var rows = tx.select(TASK.fields()).select(DEPARTMENT.CODE).from(TASK)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .where(where).orderBy(TASK.CODE).fetch();
    List<Long> ids = rows.map(r -> r.get(TASK.ID));
    Map<Long, List<ItemRef>> items = items(tx, ids);
    Map<Long, List<String>> partners = partners(tx, ids);
    List<Stored> out = new ArrayList<>();
    for (var r : rows) {
      long id = r.get(TASK.ID);
      out.add(new Stored(r.get(TASK.PLAN_ID), new PlanTask(id, r.get(TASK.CODE), r.get(TASK.NAME),
          TaskType.valueOf(r.get(TASK.TASK_TYPE)), r.get(TASK.RATIO_PERCENT), r.get(TASK.FIXED_COUNT),
          r.get(TASK.RATIO_A), r.get(TASK.RATIO_B), r.get(TASK.RATIO_C), r.get(TASK.RATIO_D),
          scope(r.get(TASK.SCOPE_JSON), r.get(TASK.CODE)), r.get(TASK.START_DATE), r.get(TASK.END_DATE),
          r.get(DEPARTMENT.CODE), partners.getOrDefault(id, List.of()), InspectionMode.valueOf(r.get(TASK.MODE)),
          TaskStatus.valueOf(r.get(TASK.STATUS)), items.getOrDefault(id, List.of()))));
    }
    return out;
  }

  private static Map<Long, List<ItemRef>> items(DSLContext tx, Collection<Long> taskIds) {
    Map<Long, List<ItemRef>> out = new HashMap<>();
    tx.select(TASK_ITEM.TASK_ID, INSPECTION_ITEM.CODE, INSPECTION_ITEM.NAME, DEPARTMENT.CODE)
        .from(TASK_ITEM).join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTION_ITEM.DEPARTMENT_ID))
        .where(TASK_ITEM.TASK_ID.in(taskIds)).orderBy(TASK_ITEM.TASK_ID, INSPECTION_ITEM.CODE)
        .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
            .add(new ItemRef(r.value2(), r.value3(), r.value4())));
    return out;
  }

  private static Map<Long, List<String>> partners(DSLContext tx, Collection<Long> taskIds) {
    Map<Long, List<String>> out = new HashMap<>();
    tx.select(TASK_PARTNER.TASK_ID, DEPARTMENT.CODE).from(TASK_PARTNER)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK_PARTNER.DEPARTMENT_ID))
        .where(TASK_PARTNER.TASK_ID.in(taskIds)).orderBy(TASK_PARTNER.TASK_ID, DEPARTMENT.SORT_ORDER, DEPARTMENT.CODE)
        .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    return out;
  }

  private static TaskScope scope(String json, String taskCode) {
    try {
      return TaskScope.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new SuijiException(e, "plan.error.badScope", taskCode);
    }
  }
}
