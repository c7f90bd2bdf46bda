package cn.suiji.cli.bench;

import cn.suiji.cli.bench.data.SyntheticTargets;
import cn.suiji.directory.data.TargetNameGramFill;
import cn.suiji.directory.service.TargetImportService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import org.jooq.DSLContext;

/**
 * The database's own share of a target import, for {@code suiji bench import}: the same number
 * of targets written as the import writes them — one transaction, the name-gram trigger deferred
 * and the grams filled per {@link TargetImportService#GRAM_PIECE} ids, the department membership
 * — but made by H2 itself ({@link SyntheticTargets}, {@code INSERT … SELECT}), with no file to
 * read, no row to check and no look-up. No import into this schema can be faster than this, so
 * the bench prints it beside the import and the parse-only floor.
 *
 * <p>The made-up rows' codes rise one by one, so every index on a code is only appended to:
 * cheaper for H2 than a real file's codes, which fall anywhere. {@link #writeSame} is the same
 * floor for the very rows of the file, in its order (docs/decisions/0042).
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

  /** The columns the import writes, in the order of the stage table. */
  static final String COLUMNS = "object_key, uscc, reg_no, name, kind, legal_rep, address, township, jurisdiction_unit,"
      + " industry_code, industry_name, registration_authority, status, founded_date, liaison, phone, abnormal,"
      + " serious_violation, risk_class, updated_at";
  /** The bench's own table of the rows to write ({@link #stage}); not part of the schema, dropped after. */
  static final String STAGE = "bench_stage";
  /** Rows copied per read by {@link #stage}. */
  private static final long STAGE_PIECE = 20_000;

  /**
   * Copies the targets an import wrote into {@code source} (a closed data file), in their id
   * order — the file's order — into a table of this database holding no key, for
   * {@link #writeSame}. Not timed by the bench: it only puts the rows where H2 can read them.
   */
  static long stage(DSLContext dsl, Path source) {
    dsl.execute("CREATE TABLE " + STAGE + " AS SELECT " + COLUMNS + " FROM target WITH NO DATA");
    int columns = COLUMNS.split(",").length;
    String insert = "INSERT INTO " + STAGE + " VALUES (" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    // a piece of ids at a time: one CSVWRITE of a million rows ran out of a 256 MB heap
    return dsl.connectionResult(into -> {
      long copied = 0;
      boolean autoCommit = into.getAutoCommit();
      into.setAutoCommit(false); // a commit per piece, not per row
      try (Connection from = DriverManager.getConnection("jdbc:h2:file:" + source + ";ACCESS_MODE_DATA=r", "sa", "");
          PreparedStatement read = from.prepareStatement("SELECT " + COLUMNS + " FROM target WHERE id BETWEEN ? AND ? ORDER BY id");
          PreparedStatement write = into.prepareStatement(insert)) {
        long max;
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM target")) {
          r.next();
          max = r.getLong(1);
        }
        for (long id = 1; id <= max; id += STAGE_PIECE) {
          read.setLong(1, id);
          read.setLong(2, id + STAGE_PIECE - 1);
          try (ResultSet r = read.executeQuery()) {
            while (r.next()) {
              for (int i = 1; i <= columns; i++) {
                write.setObject(i, r.getObject(i));
              }
              write.addBatch();
              copied++;
            }
          }
          write.executeBatch();
          into.commit();
        }
      } finally {
        into.setAutoCommit(autoCommit);
      }
      return copied;
    });
  }

  /**
   * H2 writing the very rows an import of the file writes, in the file's order, itself: one
   * transaction, {@code INSERT … SELECT} from the {@link #stage}d copy with every index in place,
   * the name-gram trigger deferred and the grams filled per {@link TargetImportService#GRAM_PIECE}
   * ids, the department membership — the import's work with no file, no check and no look-up.
   * Unlike {@link #write}'s made-up rows, whose codes rise one by one, these codes come in the
   * file's order, so each index takes them where they fall. Returns the rows written.
   */
  static long writeSame(DSLContext dsl, long departmentId) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      // a statement per {@value #STATEMENT_ROWS} rows, as for the made-up rows and the import's batches
      // (one INSERT … SELECT of a million rows sorted by code took 769 s where the import took 491 s)
      long rows = tx.fetchOne("SELECT COALESCE(MAX(_ROWID_), 0) FROM " + STAGE).get(0, Long.class);
      long[] ids = deferred(tx, () -> {
        for (long from = 1; from <= rows; from += STATEMENT_ROWS) {
          tx.execute("INSERT INTO target (" + COLUMNS + ") SELECT " + COLUMNS + " FROM " + STAGE
              + " WHERE _ROWID_ BETWEEN ? AND ? ORDER BY _ROWID_", from, from + STATEMENT_ROWS - 1);
        }
      });
      SyntheticTargets.joinDepartment(tx, departmentId, ids[0], ids[1]);
      return ids[1] - ids[0] + 1;
    });
  }

  /**
   * Inserts synthetic targets {@code start}… ({@code n} of them, {@code statementRows} per
   * statement) as the import does ({@link #deferred}). Returns the first and last new id.
   */
  static long[] insertIndexed(DSLContext tx, long start, long n, long statementRows) {
    return deferred(tx, () -> {
      for (long from = start; from < start + n; from += statementRows) {
        SyntheticTargets.insert(tx, from, Math.min(statementRows, start + n - from));
      }
    });
  }

  /**
   * Runs {@code inserts} with the per-row gram trigger deferred, then fills the new ids' grams
   * per {@link TargetImportService#GRAM_PIECE} ids, as the import does. The caller owns the
   * database (no one else inserts meanwhile), so the new ids are those above the largest id
   * before. Returns the first and last new id.
   */
  private static long[] deferred(DSLContext tx, Runnable inserts) {
    long before = SyntheticTargets.maxId(tx);
    TargetNameGramFill.defer(tx, true);
    try {
      inserts.run();
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
