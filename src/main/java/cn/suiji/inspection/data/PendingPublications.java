package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static cn.suiji.shared.db.generated.Tables.TASK;

import cn.suiji.inspection.domain.InspectionStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Keeps {@code inspection_result.pending_department_id} in step (V036, ADR 0027): the task's lead
 * department on the current result of an inspection at INSPECTED, NULL on every other version.
 * Called in the caller's transaction after a result is stored and after an inspection moves, so
 * the deadlines read one index range instead of joining every inspection.
 */
final class PendingPublications {
  private PendingPublications() {}

  /** Sets the mark of the inspection's results from its status and task, as they stand in {@code tx}. */
  static void sync(DSLContext tx, long inspectionId) {
    var department = DSL.select(TASK.LEAD_DEPARTMENT_ID).from(INSPECTION).join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .where(INSPECTION.ID.eq(inspectionId)).and(INSPECTION.STATUS.eq(InspectionStatus.INSPECTED.name()));
    tx.update(INSPECTION_RESULT).set(INSPECTION_RESULT.PENDING_DEPARTMENT_ID, department.asField())
        .where(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(inspectionId)).execute();
    tx.update(INSPECTION_RESULT).setNull(INSPECTION_RESULT.PENDING_DEPARTMENT_ID)
        .where(INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId)).and(INSPECTION_RESULT.CURRENT_INSPECTION_ID.isNull())
        .and(INSPECTION_RESULT.PENDING_DEPARTMENT_ID.isNotNull()).execute();
  }
}
