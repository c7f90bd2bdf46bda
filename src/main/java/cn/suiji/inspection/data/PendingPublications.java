package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static cn.suiji.shared.db.generated.Tables.PENDING_PUBLICATION_DAY;
import static cn.suiji.shared.db.generated.Tables.TASK;

import cn.suiji.inspection.domain.InspectionStatus;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Keeps what awaits publication in step (V036, ADR 0027): {@code inspection_result.pending_department_id}
 * — the task's lead department on the current result of an inspection at INSPECTED, NULL on every
 * other version — and {@code pending_publication_day}, those results counted per department and
 * result day. Called in the caller's transaction after a result is stored and after an inspection
 * moves, so the deadlines read one index range and a few hundred counts instead of joining every
 * inspection.
 */
final class PendingPublications {
  private PendingPublications() {}

  /** Sets the marks of the inspection's results from its status and task, as they stand in {@code tx}. */
  static void sync(DSLContext tx, long inspectionId) {
    List<Record2<Long, LocalDate>> before = marked(tx, inspectionId);
    var department = DSL.select(TASK.LEAD_DEPARTMENT_ID).from(INSPECTION).join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .where(INSPECTION.ID.eq(inspectionId)).and(INSPECTION.STATUS.eq(InspectionStatus.INSPECTED.name()));
    tx.update(INSPECTION_RESULT).set(INSPECTION_RESULT.PENDING_DEPARTMENT_ID, department.asField())
        .where(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(inspectionId)).execute();
    tx.update(INSPECTION_RESULT).setNull(INSPECTION_RESULT.PENDING_DEPARTMENT_ID)
        .where(INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId)).and(INSPECTION_RESULT.CURRENT_INSPECTION_ID.isNull())
        .and(INSPECTION_RESULT.PENDING_DEPARTMENT_ID.isNotNull()).execute();
    List<Record2<Long, LocalDate>> after = marked(tx, inspectionId);
    if (before.equals(after)) {
      return;
    }
    for (Record2<Long, LocalDate> r : before) {
      int deleted = tx.deleteFrom(PENDING_PUBLICATION_DAY).where(PENDING_PUBLICATION_DAY.DEPARTMENT_ID.eq(r.value1()))
          .and(PENDING_PUBLICATION_DAY.FORMED_ON.eq(r.value2())).and(PENDING_PUBLICATION_DAY.PENDING.le(1)).execute();
      if (deleted == 0) {
        tx.update(PENDING_PUBLICATION_DAY).set(PENDING_PUBLICATION_DAY.PENDING, PENDING_PUBLICATION_DAY.PENDING.minus(1))
            .where(PENDING_PUBLICATION_DAY.DEPARTMENT_ID.eq(r.value1()))
            .and(PENDING_PUBLICATION_DAY.FORMED_ON.eq(r.value2())).execute();
      }
    }
    for (Record2<Long, LocalDate> r : after) {
      int updated = tx.update(PENDING_PUBLICATION_DAY)
          .set(PENDING_PUBLICATION_DAY.PENDING, PENDING_PUBLICATION_DAY.PENDING.plus(1))
          .where(PENDING_PUBLICATION_DAY.DEPARTMENT_ID.eq(r.value1()))
          .and(PENDING_PUBLICATION_DAY.FORMED_ON.eq(r.value2())).execute();
      if (updated == 0) {
        tx.insertInto(PENDING_PUBLICATION_DAY, PENDING_PUBLICATION_DAY.DEPARTMENT_ID, PENDING_PUBLICATION_DAY.FORMED_ON,
            PENDING_PUBLICATION_DAY.PENDING).values(r.value1(), r.value2(), 1).execute();
      }
    }
  }

  private static List<Record2<Long, LocalDate>> marked(DSLContext tx, long inspectionId) {
    return tx.select(INSPECTION_RESULT.PENDING_DEPARTMENT_ID, INSPECTION_RESULT.FORMED_ON).from(INSPECTION_RESULT)
        .where(INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId)).and(INSPECTION_RESULT.PENDING_DEPARTMENT_ID.isNotNull())
        .orderBy(INSPECTION_RESULT.ID).fetch();
  }
}
