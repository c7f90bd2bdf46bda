package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK_PARTNER;

import cn.suiji.inspection.domain.ConfirmedDraw;
import cn.suiji.inspection.domain.DocumentSources;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.shared.SuijiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Record;

/**
 * Reads what the documents after a draw print — the task and its plan, the departments, the
 * items, the targets and the drawn inspectors — in one query each for a whole draw, whatever
 * its size (a 1,000-target draw is not read target by target). Reads the plan's and the
 * directory's tables: a named exception of the ownership test. Every method takes the caller's
 * transaction.
 */
public final class DocumentSourceRepository {
  /** The confirmed draws, by the inspections they created, newest first, with their task. */
  public List<ConfirmedDraw> confirmedDraws(DSLContext tx) {
    return tx.select(INSPECTION.DRAW_ID, TASK.CODE, TASK.NAME, DSL.count())
        .from(INSPECTION).join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .groupBy(INSPECTION.DRAW_ID, TASK.CODE, TASK.NAME)
        .orderBy(INSPECTION.DRAW_ID.desc())
        .fetch(r -> new ConfirmedDraw(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /** One statement may carry at most 100,000 parameters; a chosen list of inspections is read in chunks. */
  private static final int CHUNK = 1_000;

  public Optional<DocumentSources.Task> task(DSLContext tx, String code) {
    return task(tx, TASK.CODE.eq(code));
  }

  public Optional<DocumentSources.Task> task(DSLContext tx, long id) {
    return task(tx, TASK.ID.eq(id));
  }

  private Optional<DocumentSources.Task> task(DSLContext tx, Condition where) {
    return tx.select(TASK.ID, TASK.CODE, TASK.NAME, TASK.TASK_TYPE, TASK.PROVINCE_NUMBER, TASK.START_DATE, TASK.END_DATE,
            TASK.SCOPE_JSON, TASK.LEAD_DEPARTMENT_ID, ANNUAL_PLAN.PLAN_CODE, ANNUAL_PLAN.TITLE)
        .from(TASK).join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .where(where)
        .fetchOptional(r -> new DocumentSources.Task(r.value1(), r.value2(), r.value3(), TaskType.valueOf(r.value4()),
            r.value5(), r.value6(), r.value7(), scope(r.value8(), r.value2()), r.value9(), r.value10(), r.value11()));
  }

  /** The departments of the task: the lead first, then the partners in the office's order. */
  public List<DocumentSources.Department> departments(DSLContext tx, long taskId, long leadDepartmentId) {
    List<DocumentSources.Department> out = new ArrayList<>();
    tx.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.DOC_PREFIX).from(DEPARTMENT)
        .where(DEPARTMENT.ID.eq(leadDepartmentId))
        .forEach(r -> out.add(new DocumentSources.Department(r.value1(), r.value2(), r.value3())));
    tx.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.DOC_PREFIX).from(TASK_PARTNER)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK_PARTNER.DEPARTMENT_ID))
        .where(TASK_PARTNER.TASK_ID.eq(taskId)).and(DEPARTMENT.ID.ne(leadDepartmentId))
        .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.CODE)
        .forEach(r -> out.add(new DocumentSources.Department(r.value1(), r.value2(), r.value3())));
    return out;
  }

  /** Any department by id (an inspector's, when it is not among the task's). */
  public Map<Long, DocumentSources.Department> departmentsById(DSLContext tx, Collection<Long> ids) {
    Map<Long, DocumentSources.Department> out = new LinkedHashMap<>();
    tx.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.DOC_PREFIX).from(DEPARTMENT).where(DEPARTMENT.ID.in(ids))
        .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.CODE)
        .forEach(r -> out.put(r.value1(), new DocumentSources.Department(r.value1(), r.value2(), r.value3())));
    return out;
  }

  /** The task's items in the versions it uses: the lead department's first, then by department and code. */
  public List<DocumentSources.Item> items(DSLContext tx, long taskId, long leadDepartmentId) {
    return tx.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.NAME, INSPECTION_ITEM.SUB_ITEM, INSPECTION_ITEM.LEGAL_BASIS,
            INSPECTION_ITEM.CONTENT, INSPECTION_ITEM.METHOD)
        .from(TASK_ITEM).join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTION_ITEM.DEPARTMENT_ID))
        .where(TASK_ITEM.TASK_ID.eq(taskId))
        .orderBy(org.jooq.impl.DSL.when(DEPARTMENT.ID.eq(leadDepartmentId), 0).otherwise(1), DEPARTMENT.SORT_ORDER,
            INSPECTION_ITEM.CODE)
        .fetch(r -> new DocumentSources.Item(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
  }

  /** The industry names of {@code codes} as the directory has them (code → name), for the scope in words. */
  public Map<String, String> industryNames(DSLContext tx, Collection<String> codes) {
    Map<String, String> out = new HashMap<>();
    if (codes.isEmpty()) {
      return out;
    }
    tx.selectDistinct(TARGET.INDUSTRY_CODE, TARGET.INDUSTRY_NAME).from(TARGET)
        .where(TARGET.INDUSTRY_CODE.in(codes)).and(TARGET.INDUSTRY_NAME.isNotNull())
        .forEach(r -> out.putIfAbsent(r.value1(), r.value2()));
    return out;
  }

  /** The draw's inspections with their targets, in draw order. */
  public List<DocumentSources.Target> targetsOfDraw(DSLContext tx, long drawId) {
    return targets(tx, INSPECTION.DRAW_ID.eq(drawId));
  }

  /** The task's inspections with their targets, in draw order. */
  public List<DocumentSources.Target> targetsOfTask(DSLContext tx, long taskId) {
    return targets(tx, INSPECTION.TASK_ID.eq(taskId));
  }

  /** The inspections named, with their targets (those that exist), in draw order within each chunk. */
  public Map<Long, DocumentSources.Target> targetsOf(DSLContext tx, List<Long> inspectionIds) {
    Map<Long, DocumentSources.Target> out = new LinkedHashMap<>();
    for (int from = 0; from < inspectionIds.size(); from += CHUNK) {
      List<Long> chunk = inspectionIds.subList(from, Math.min(inspectionIds.size(), from + CHUNK));
      targets(tx, INSPECTION.ID.in(chunk)).forEach(t -> out.put(t.inspectionId(), t));
    }
    return out;
  }

  private static List<DocumentSources.Target> targets(DSLContext tx, Condition where) {
    return tx.select(INSPECTION.ID, INSPECTION.DRAW_ID, INSPECTION.TASK_ID, INSPECTION.DRAW_ORDER, INSPECTION.STATUS, TARGET.NAME, TARGET.USCC,
            TARGET.REG_NO, TARGET.OBJECT_KEY, TARGET.ADDRESS, TARGET.LEGAL_REP, TARGET.PHONE, TARGET.LIAISON,
            TARGET.REGISTRATION_AUTHORITY)
        .from(INSPECTION).join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(where)
        .orderBy(INSPECTION.DRAW_ORDER, INSPECTION.ID)
        .fetch(DocumentSourceRepository::target);
  }

  private static DocumentSources.Target target(Record r) {
    return new DocumentSources.Target(r.get(INSPECTION.ID), r.get(INSPECTION.DRAW_ID), r.get(INSPECTION.TASK_ID), r.get(INSPECTION.DRAW_ORDER),
        InspectionStatus.valueOf(r.get(INSPECTION.STATUS)), r.get(TARGET.NAME), r.get(TARGET.USCC), r.get(TARGET.REG_NO),
        r.get(TARGET.OBJECT_KEY), r.get(TARGET.ADDRESS), r.get(TARGET.LEGAL_REP), r.get(TARGET.PHONE),
        r.get(TARGET.LIAISON), r.get(TARGET.REGISTRATION_AUTHORITY));
  }

  /** The drawn inspectors of the draw's inspections (inspection id → inspectors in pick order). */
  public Map<Long, List<DocumentSources.Officer>> officersOfDraw(DSLContext tx, long drawId) {
    Map<Long, List<DocumentSources.Officer>> out = new HashMap<>();
    tx.select(INSPECTION_INSPECTOR.INSPECTION_ID, INSPECTOR.NAME, INSPECTOR.CERT_NO, INSPECTOR.DEPARTMENT_ID)
        .from(INSPECTION_INSPECTOR)
        .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_INSPECTOR.INSPECTION_ID))
        .join(INSPECTOR).on(INSPECTOR.ID.eq(INSPECTION_INSPECTOR.INSPECTOR_ID))
        .where(INSPECTION.DRAW_ID.eq(drawId))
        .orderBy(INSPECTION_INSPECTOR.INSPECTION_ID, INSPECTION_INSPECTOR.PICK_ORDER)
        .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
            .add(new DocumentSources.Officer(r.value2(), r.value3(), r.value4())));
    return out;
  }

  private static TaskScope scope(String json, String taskCode) {
    try {
      return TaskScope.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new SuijiException(e, "notice.error.badScope", taskCode);
    }
  }
}
