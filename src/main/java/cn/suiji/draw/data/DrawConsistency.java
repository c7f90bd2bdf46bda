package cn.suiji.draw.data;

import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.TASK;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What a whole confirmation leaves, checked by counts: a confirmed draw has its inspections and
 * its task marked drawn; an inspection belongs to a confirmed draw; a drawn task has its
 * confirmed draw. For the check after an unclean close — a half-written confirmation breaks one.
 */
public final class DrawConsistency {

  /** One broken rule: which draw or task, and which rule. */
  public record Finding(String key, String taskCode, long drawId, int attempt) {}

  public List<Finding> findings(DSLContext tx) {
    List<Finding> found = new ArrayList<>();
    org.jooq.Field<Integer> inspections = DSL.field(DSL.selectCount().from(INSPECTION).where(INSPECTION.DRAW_ID.eq(DRAW.ID)));
    tx.select(TASK.CODE, DRAW.ID, DRAW.ATTEMPT, TASK.STATUS, inspections)
        .from(DRAW).join(TASK).on(TASK.ID.eq(DRAW.TASK_ID))
        .where(DRAW.STATUS.eq("CONFIRMED"))
        .forEach(r -> {
          if (r.value5() == 0) {
            found.add(new Finding("recovery.draw.noInspections", r.value1(), r.value2(), r.value3()));
          }
          if (!"DRAWN".equals(r.value4())) {
            found.add(new Finding("recovery.draw.taskNotDrawn", r.value1(), r.value2(), r.value3()));
          }
        });
    tx.selectDistinct(TASK.CODE, DRAW.ID, DRAW.ATTEMPT)
        .from(INSPECTION).join(DRAW).on(DRAW.ID.eq(INSPECTION.DRAW_ID)).join(TASK).on(TASK.ID.eq(DRAW.TASK_ID))
        .where(DRAW.STATUS.ne("CONFIRMED"))
        .forEach(r -> found.add(new Finding("recovery.draw.inspectionsOfUnconfirmed", r.value1(), r.value2(), r.value3())));
    tx.select(TASK.CODE)
        .from(TASK)
        .where(TASK.STATUS.eq("DRAWN"))
        .andNotExists(DSL.selectOne().from(DRAW).where(DRAW.CONFIRMED_TASK_ID.eq(TASK.ID)))
        .forEach(r -> found.add(new Finding("recovery.draw.drawnWithoutDraw", r.value1(), 0, 0)));
    return found;
  }
}
