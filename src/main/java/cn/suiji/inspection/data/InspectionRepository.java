package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import cn.suiji.inspection.domain.DrawnInspection;
import cn.suiji.inspection.domain.DrawnTarget;
import cn.suiji.inspection.domain.InspectionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The inspection tables (INSPECTION, INSPECTION_INSPECTOR): the rows a confirmed draw creates,
 * read back for the draw's verification, and their status. Every method takes the caller's
 * transaction.
 */
public final class InspectionRepository {

  /**
   * One inspection per drawn target (in draw order from 1, waiting for its notice), then its
   * inspectors in pick order. {@code lap} is told as each part ends (inspections, inspectors).
   */
  public void insertForDraw(DSLContext tx, long drawId, long taskId, List<DrawnTarget> drawn,
      java.util.function.Consumer<String> lap) {
    // two statements whatever the draw's size (ADR 0033): the rows go in as arrays and H2 inserts
    // them by INSERT … SELECT over UNNEST, no row sent on its own and no parameter limit to chunk for
    Long[] targets = new Long[drawn.size()];
    int pairs = 0;
    for (int i = 0; i < drawn.size(); i++) {
      targets[i] = drawn.get(i).targetId();
      pairs += drawn.get(i).inspectorIds().size();
    }
    // the array's ordinality is the draw order (from 1)
    Table<?> rows = DSL.unnest(DSL.val(targets)).withOrdinality().as("u", "target_id", "draw_order");
    tx.insertInto(INSPECTION, INSPECTION.DRAW_ID, INSPECTION.TASK_ID, INSPECTION.TARGET_ID, INSPECTION.DRAW_ORDER,
            INSPECTION.STATUS)
        .select(DSL.select(DSL.val(drawId), DSL.val(taskId), rows.field("target_id", Long.class),
            rows.field("draw_order", Integer.class), DSL.val(InspectionStatus.AWAITING_NOTICE.name())).from(rows))
        .execute();
    lap.accept("inspections");
    if (pairs > 0) {
      Long[] pairTargets = new Long[pairs];
      Long[] inspectors = new Long[pairs];
      Integer[] picks = new Integer[pairs];
      int at = 0;
      for (DrawnTarget d : drawn) {
        for (int p = 0; p < d.inspectorIds().size(); p++, at++) {
          pairTargets[at] = d.targetId();
          inspectors[at] = d.inspectorIds().get(p);
          picks[at] = p + 1;
        }
      }
      // one row per pair from the three arrays side by side (H2's UNNEST of several arrays; jOOQ's
      // unnest takes one, and picking the others by ordinality, array[n], re-reads the whole array
      // per row); each pair finds its inspection by the unique (task, target) key just written
      Table<?> pair = DSL.table("unnest({0}, {1}, {2})", DSL.val(pairTargets), DSL.val(inspectors), DSL.val(picks))
          .as("p", "target_id", "inspector_id", "pick_order");
      tx.insertInto(INSPECTION_INSPECTOR, INSPECTION_INSPECTOR.INSPECTION_ID, INSPECTION_INSPECTOR.INSPECTOR_ID,
              INSPECTION_INSPECTOR.PICK_ORDER)
          .select(DSL.select(INSPECTION.ID, DSL.field(DSL.name("p", "inspector_id"), Long.class),
                  DSL.field(DSL.name("p", "pick_order"), Integer.class))
              .from(pair).join(INSPECTION).on(INSPECTION.TASK_ID.eq(taskId))
              .and(INSPECTION.TARGET_ID.eq(DSL.field(DSL.name("p", "target_id"), Long.class))))
          .execute();
    }
    lap.accept("inspectors");
  }

  /**
   * The inspections that belong to the draw (its {@code draw_id}) or, with {@code taskId}, to
   * its task too, by draw order then id, each with its target's key and its inspectors' keys
   * in pick order. Reads the directory's TARGET and INSPECTOR for the keys (a named exception
   * of the ownership test).
   */
  public List<DrawnInspection> ofDraw(DSLContext tx, long drawId, @Nullable Long taskId) {
    Condition mine = taskId == null ? INSPECTION.DRAW_ID.eq(drawId)
        : INSPECTION.DRAW_ID.eq(drawId).or(INSPECTION.TASK_ID.eq(taskId));
    Map<Long, List<String>> inspectors = new HashMap<>();
    tx.select(INSPECTION_INSPECTOR.INSPECTION_ID, INSPECTOR.INSPECTOR_KEY).from(INSPECTION_INSPECTOR)
        .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_INSPECTOR.INSPECTION_ID))
        .join(INSPECTOR).on(INSPECTOR.ID.eq(INSPECTION_INSPECTOR.INSPECTOR_ID))
        .where(mine)
        .orderBy(INSPECTION_INSPECTOR.INSPECTION_ID, INSPECTION_INSPECTOR.PICK_ORDER)
        .forEach(r -> inspectors.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    return tx.select(INSPECTION.ID, INSPECTION.DRAW_ID, INSPECTION.TASK_ID, TARGET.OBJECT_KEY, INSPECTION.DRAW_ORDER,
            INSPECTION.STATUS)
        .from(INSPECTION).join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(mine)
        .orderBy(INSPECTION.DRAW_ORDER, INSPECTION.ID)
        .fetch(r -> new DrawnInspection(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
            inspectors.getOrDefault(r.value1(), List.of())));
  }

  /** Locks the inspection's row for the rest of the transaction and returns its stored status. */
  public Optional<String> lockStatus(DSLContext tx, long inspectionId) {
    return tx.select(INSPECTION.STATUS).from(INSPECTION).where(INSPECTION.ID.eq(inspectionId)).forUpdate()
        .fetchOptional(INSPECTION.STATUS);
  }

  /**
   * Sets the status; an inspection moved to INSPECTED takes {@code date} as its inspected date
   * (the draw's exclusion window counts from it), one closed without a visit keeps its reason.
   */
  public void move(DSLContext tx, long inspectionId, InspectionStatus to, LocalDate date, @Nullable String reason) {
    var update = tx.update(INSPECTION).set(INSPECTION.STATUS, to.name());
    if (to == InspectionStatus.INSPECTED) {
      update = update.set(INSPECTION.INSPECTED_ON, date);
    }
    if (to == InspectionStatus.CLOSED_WITHOUT_VISIT) {
      update = update.set(INSPECTION.CLOSED_REASON, reason);
    }
    update.where(INSPECTION.ID.eq(inspectionId)).execute();
    PendingPublications.sync(tx, inspectionId);
  }

  /** Sets the inspected date alone (a corrected result's date). */
  public void setInspectedOn(DSLContext tx, long inspectionId, LocalDate date) {
    tx.update(INSPECTION).set(INSPECTION.INSPECTED_ON, date).where(INSPECTION.ID.eq(inspectionId)).execute();
  }
}
