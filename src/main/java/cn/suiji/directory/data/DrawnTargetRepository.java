package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What a confirmed draw asks of the directory, in the caller's transaction: the row ids of the
 * drawn targets' and inspectors' keys, and the targets' last-drawn date.
 */
public final class DrawnTargetRepository {
  private static final int CHUNK = 1_000;

  /** The ids of the target keys found (keys no longer in the directory are left out). */
  public Map<String, Long> targetIds(DSLContext tx, List<String> objectKeys) {
    Map<String, Long> ids = new HashMap<>();
    // in key order: each chunk then reads one stretch of the key index, not pages all over it
    List<String> sorted = objectKeys.stream().sorted().toList();
    for (int from = 0; from < sorted.size(); from += CHUNK) {
      tx.select(TARGET.OBJECT_KEY, TARGET.ID).from(TARGET)
          .where(TARGET.OBJECT_KEY.in(sorted.subList(from, Math.min(sorted.size(), from + CHUNK))))
          .forEach(r -> ids.put(r.value1(), r.value2()));
    }
    return ids;
  }

  /** The ids of the inspector keys found (keys no longer in the directory are left out). */
  public Map<String, Long> inspectorIds(DSLContext tx, List<String> inspectorKeys) {
    Map<String, Long> ids = new HashMap<>();
    List<String> sorted = inspectorKeys.stream().sorted().toList();
    for (int from = 0; from < sorted.size(); from += CHUNK) {
      tx.select(INSPECTOR.INSPECTOR_KEY, INSPECTOR.ID).from(INSPECTOR)
          .where(INSPECTOR.INSPECTOR_KEY.in(sorted.subList(from, Math.min(sorted.size(), from + CHUNK))))
          .forEach(r -> ids.put(r.value1(), r.value2()));
    }
    return ids;
  }

  /** Sets the targets' last-drawn date. */
  public void markDrawn(DSLContext tx, List<Long> targetIds, LocalDate drawnOn) {
    // by primary key in chunks: an IN (subquery) made H2 scan the whole directory per row; in
    // id order, so each page of the table is read once rather than at random, chunk after chunk
    List<Long> drawn = targetIds.stream().sorted().toList();
    for (int from = 0; from < drawn.size(); from += CHUNK) {
      tx.update(TARGET).set(TARGET.LAST_DRAWN_DATE, drawnOn)
          .where(TARGET.ID.in(drawn.subList(from, Math.min(drawn.size(), from + CHUNK))))
          .execute();
    }
  }
}
