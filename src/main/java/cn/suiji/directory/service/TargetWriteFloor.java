package cn.suiji.directory.service;

import cn.suiji.directory.data.SyntheticTargets;
import cn.suiji.directory.data.TargetNameGramFill;
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
      long before = SyntheticTargets.maxId(tx);
      TargetNameGramFill.defer(tx, true);
      try {
        for (long from = 1; from <= rows; from += STATEMENT_ROWS) {
          SyntheticTargets.insert(tx, from, Math.min(STATEMENT_ROWS, rows - from + 1));
        }
      } finally {
        TargetNameGramFill.defer(tx, false);
      }
      long after = SyntheticTargets.maxId(tx);
      SyntheticTargets.joinDepartment(tx, departmentId, before + 1, after);
      for (long from = before + 1; from <= after; from += TargetImportService.GRAM_PIECE) {
        TargetNameGramFill.fill(tx, from, Math.min(after, from + TargetImportService.GRAM_PIECE - 1));
      }
      return after - before;
    });
  }
}
