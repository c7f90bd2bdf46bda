package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;

import cn.suiji.directory.domain.EarlierInspections;
import cn.suiji.directory.domain.TargetHistoryEntry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A target's history: its inspections (the tasks whose confirmed draws selected it), newest first,
 * and what the directory keeps of earlier ones ({@code last_inspected_date}, {@code inspection_count}).
 */
public final class TargetHistoryRepository {
  public List<TargetHistoryEntry> history(DSLContext dsl, long targetId) {
    return dsl.select(TASK.CODE, TASK.NAME, DRAW.CLOSED_AT, INSPECTION.STATUS, INSPECTION.NOTICE_NO,
            INSPECTION.INSPECTED_ON)
        .from(INSPECTION)
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(DRAW).on(DRAW.ID.eq(INSPECTION.DRAW_ID))
        .where(INSPECTION.TARGET_ID.eq(targetId))
        .orderBy(DRAW.CLOSED_AT.desc().nullsLast(), INSPECTION.ID.desc())
        .fetch(r -> new TargetHistoryEntry(r.value1(), r.value2(), day(r.value3()), r.value4(), r.value5(), r.value6()));
  }

  private static @Nullable LocalDate day(@Nullable OffsetDateTime at) {
    return at == null ? null : at.toLocalDate();
  }

  /** Sets the targets' earlier inspections: one prepared update, bound once per target (a JDBC batch). */
  public void setEarlier(DSLContext tx, List<EarlierInspections> earlier) {
    if (earlier.isEmpty()) {
      return;
    }
    BatchBindStep batch = tx.batch(tx.update(TARGET)
        .set(TARGET.LAST_INSPECTED_DATE, (LocalDate) null)
        .set(TARGET.INSPECTION_COUNT, (Integer) null)
        .where(TARGET.ID.eq((Long) null)));
    for (EarlierInspections e : earlier) {
      batch = batch.bind(e.lastInspected(), e.count(), e.targetId());
    }
    batch.execute();
  }
}
