package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What a confirmed draw asks of the directory, in the caller's transaction: the row ids of the
 * drawn targets' and inspectors' keys, and the targets' last-drawn date.
 */
public final class DrawnTargetRepository {
  /** The ids of the target keys found (keys no longer in the directory are left out). */
  public Map<String, Long> targetIds(DSLContext tx, List<String> objectKeys) {
    // one statement (ADR 0033): the keys go in as one array, each found by the unique key's index
    Table<?> keys = DSL.unnest(DSL.val(objectKeys.toArray(String[]::new))).as("k", "object_key");
    Map<String, Long> ids = new HashMap<>();
    tx.select(TARGET.OBJECT_KEY, TARGET.ID).from(keys).join(TARGET)
        .on(TARGET.OBJECT_KEY.eq(keys.field("object_key", String.class)))
        .forEach(r -> ids.put(r.value1(), r.value2()));
    return ids;
  }

  /** The ids of the inspector keys found (keys no longer in the directory are left out). */
  public Map<String, Long> inspectorIds(DSLContext tx, List<String> inspectorKeys) {
    Table<?> keys = DSL.unnest(DSL.val(inspectorKeys.toArray(String[]::new))).as("k", "inspector_key");
    Map<String, Long> ids = new HashMap<>();
    tx.select(INSPECTOR.INSPECTOR_KEY, INSPECTOR.ID).from(keys).join(INSPECTOR)
        .on(INSPECTOR.INSPECTOR_KEY.eq(keys.field("inspector_key", String.class)))
        .forEach(r -> ids.put(r.value1(), r.value2()));
    return ids;
  }

  /** Sets the targets' last-drawn date. */
  public void markDrawn(DSLContext tx, List<Long> targetIds, LocalDate drawnOn) {
    // one MERGE over the ids as an array: H2 looks each up in the primary key. Not "UPDATE … WHERE
    // id IN (SELECT … FROM UNNEST(?))": H2 re-reads that subquery for every row of the directory
    // (minutes at a million targets); not "= ANY(?)": jOOQ spells it out as one OR per id
    Table<?> ids = DSL.unnest(DSL.val(targetIds.toArray(Long[]::new))).as("d", "id");
    tx.mergeInto(TARGET).using(ids).on(TARGET.ID.eq(ids.field("id", Long.class)))
        .whenMatchedThenUpdate().set(TARGET.LAST_DRAWN_DATE, drawnOn)
        .execute();
  }
}
