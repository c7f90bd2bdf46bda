package cn.suiji.cli.bench;

import cn.suiji.cli.bench.data.SyntheticTargets;
import cn.suiji.directory.data.TargetNameGramFill;
import cn.suiji.directory.service.TargetImportService;
import org.jooq.DSLContext;

/**
 * The database's own share of a target import, for {@code suiji bench import}: the same number
 * of targets written as the import writes them — one transaction, the name-gram trigger deferred
 * and the grams filled per {@link TargetImportService#GRAM_PIECE} ids, the department membership
 * — but made by H2 itself ({@link SyntheticTargets}, {@code INSERT … SELECT}), with no file to
 * read, no row to check and no look-up. No import into this schema can be faster than this, so
 * the bench prints it beside the import and the parse-only floor.
 */
public final class TargetWriteFloor {
  private static final long STATEMENT_ROWS = 1000;

  private TargetWriteFloor() {}

  /** Writes {@code rows} synthetic targets into an empty directory and commits; returns the rows written. */
  public static long write(DSLContext dsl, long departmentId, long rows) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      long[] ids = insertIndexed(tx, 1, rows, STATEMENT_ROWS);
      SyntheticTargets.joinDepartment(tx, departmentId, ids[0], ids[1]);
      return ids[1] - ids[0] + 1;
    });
  }

  /**
   * Inserts synthetic targets {@code start}… ({@code n} of them, {@code statementRows} per
   * statement) as the import does: the per-row gram trigger deferred, then the new ids' grams
   * filled per {@link TargetImportService#GRAM_PIECE} ids. The caller owns the database (no one
   * else inserts meanwhile), so the new ids are those above the largest id before. Returns the
   * first and last new id.
   */
  static long[] insertIndexed(DSLContext tx, long start, long n, long statementRows) {
    long before = SyntheticTargets.maxId(tx);
    TargetNameGramFill.defer(tx, true);
    try {
      for (long from = start; from < start + n; from += statementRows) {
        SyntheticTargets.insert(tx, from, Math.min(statementRows, start + n - from));
      }
    } finally {
      TargetNameGramFill.defer(tx, false);
    }
    long after = SyntheticTargets.maxId(tx);
    for (long from = before + 1; from <= after; from += TargetImportService.GRAM_PIECE) {
      TargetNameGramFill.fill(tx, from, Math.min(after, from + TargetImportService.GRAM_PIECE - 1));
    }
    return new long[] {before + 1, after};
  }
}
