package cn.suiji.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Large ordered reads in pieces. H2 builds a query's whole result before handing over its first
 * row, whatever the fetch size, and past {@code MAX_MEMORY_ROWS} (40,000 rows per GB of heap)
 * it writes that result to a temporary file first: reading the 950,000 keys of a draw's pool in
 * one query took 0.9–1.9 s, of which the reading proper is about 0.3 s. Read in pieces of
 * {@link #PIECE} rows, each continuing after the last key of the one before (keyset paging over
 * an index in that order, so every piece is an index range that stops at its limit), no piece
 * leaves memory and none is large. H2's lazy query execution would stream too, but a long lazy
 * read fails now and then with "Chunk … not found" while the store's background writer frees
 * old chunks (h2database issues 4142 and 4383, open for 2.5.x): not for a draw's ceremony.
 *
 * <p>The query must order by the key column first (its value is unique), list that column as
 * {@code keyColumn}, and carry {@code %s} where the key condition goes: {@code ""} for the first
 * piece, {@code " AND key > ?"} (bound after the other parameters) for the rest.
 */
public final class KeysetReads {
  /** Rows per piece: below H2's in-memory limit for a heap of 1 GB. */
  public static final int PIECE = 20_000;

  private KeysetReads() {}

  /** One row of a piece. */
  @FunctionalInterface
  public interface RowHandler {
    void row(ResultSet r) throws SQLException;
  }

  /**
   * Runs {@code sql} (with {@code %s} for the key condition, see the class) piece by piece,
   * handing each row to {@code handler} in order; {@code params} are bound first in every piece.
   */
  public static void read(Connection c, String sql, String keyColumn, Object[] params, int keyIndex,
      RowHandler handler) throws SQLException {
    String limit = " LIMIT " + PIECE;
    try (PreparedStatement first = c.prepareStatement(String.format(sql, "") + limit);
        PreparedStatement next = c.prepareStatement(String.format(sql, " AND " + keyColumn + " > ?") + limit)) {
      PreparedStatement ps = first;
      Object after = null;
      while (true) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        if (after != null) {
          ps.setObject(params.length + 1, after);
        }
        int rows = 0;
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            handler.row(r);
            rows++;
            if (rows == PIECE) {
              after = r.getObject(keyIndex);
            }
          }
        }
        if (rows < PIECE) {
          return;
        }
        ps = next;
      }
    }
  }
}
