package cn.suiji.directory.data;

import org.jooq.DSLContext;

/**
 * The set-based way to index new targets' names, for bulk writers (the target import, the search
 * bench's fill): they switch the per-row trigger off for their inserts in their own session
 * ({@link #defer}), then add the grams of the ids they inserted with one {@code INSERT … SELECT}
 * per id range ({@link #fill}) in the same transaction, so a rollback leaves neither targets nor
 * grams. The keys written ({@link TargetNameGrams#key}) are exactly those of
 * {@link TargetNameGrams#of} of each name, as the trigger writes them: each distinct two-character piece once (a piece is kept at its first position
 * only, found by {@code LOCATE}, so no {@code DISTINCT} over millions of rows is needed), and
 * the last character alone. The keys go in in order, so within each gram the table is appended
 * to rather than touched at random.
 */
public final class TargetNameGramFill {
  private static final String FILL = "INSERT INTO target_name_key (k)"
      + " SELECT (CAST(ASCII(SUBSTRING(t.name FROM r.x FOR 1)) AS BIGINT) * 65536"
      + " + CASE WHEN r.x < CHAR_LENGTH(t.name) THEN ASCII(SUBSTRING(t.name FROM r.x + 1 FOR 1)) ELSE 0 END)"
      + " * 2147483648 + t.id"
      + " FROM target t JOIN SYSTEM_RANGE(1, 200) r ON r.x <= CHAR_LENGTH(t.name)"
      + " WHERE t.id BETWEEN ? AND ?"
      + " AND (r.x = CHAR_LENGTH(t.name) OR LOCATE(SUBSTRING(t.name FROM r.x FOR 2), t.name) = r.x)"
      + " ORDER BY 1";

  private TargetNameGramFill() {}

  /**
   * Turns the trigger's grams for this session's inserts off ({@code true}) or back on. Session
   * state, not transactional: the caller must turn it back on in a {@code finally}.
   */
  public static void defer(DSLContext tx, boolean on) {
    tx.execute("SET @" + TargetNameGramTrigger.DEFER_VARIABLE + " = " + (on ? "TRUE" : "NULL"));
  }

  /**
   * Adds the grams of every target with an id from {@code fromId} to {@code toId}: call it only
   * for ids this session inserted with the trigger deferred (others have their grams already).
   * Returns the gram rows written.
   */
  public static int fill(DSLContext tx, long fromId, long toId) {
    if (toId > TargetNameGrams.MAX_ID) {
      throw new cn.suiji.shared.SuijiException("directory.target.search.idTooLarge", toId);
    }
    return tx.execute(FILL, fromId, toId);
  }
}
