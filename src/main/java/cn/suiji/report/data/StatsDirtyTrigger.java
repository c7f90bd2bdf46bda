package cn.suiji.report.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jspecify.annotations.Nullable;

/**
 * The H2 trigger of V044 that marks a task's statistics cells out of date ({@code stats_dirty})
 * when a row that moves one of its counts changes: an inspection (drawn, its status), a result
 * (current or superseded), a result's codes, a publication, a follow-up — any write, whoever
 * wrote it — and, on update only, a target's township or industry and a result code's kind.
 * H2 calls it after each row, inside the writer's transaction, so the mark commits or rolls back
 * with the change; {@link StatsCells#refresh} recomputes the marked tasks before a read.
 *
 * <p>Each mark carries a token naming the writing transaction: a task already marked by this
 * transaction (a thousand results of one task) is looked up by primary key and not written again,
 * and two transactions never write the same row, so a writer never waits for another. A savepoint
 * rolled back takes its marks with it; the look-up then finds none and marks again.
 */
public final class StatsDirtyTrigger implements Trigger {
  /**
   * Distinguishes this process's transaction numbers from an earlier run's (H2 restarts them).
   * Not from {@code SecureRandom}: H2 loads this class while it opens the file, and seeding one
   * there loaded the security providers into every start.
   */
  private static final long SALT = new java.util.SplittableRandom().nextLong() << 32;

  private enum Source { INSPECTION, RESULT, RESULT_CODE, BY_INSPECTION, TARGET, CODE_KIND }

  private @Nullable Source source;
  /**
   * The table's columns by name, read at the first row fired, not in {@link #init}: H2 initialises
   * its triggers while it opens the file, and a metadata query per trigger there made every start
   * slower (the window's home page waits for the open).
   */
  private volatile @Nullable Map<String, Integer> columns;
  private @Nullable String schema;
  private @Nullable String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
      throws SQLException {
    this.schema = schemaName;
    this.table = tableName;
    source = switch (tableName.toUpperCase(Locale.ROOT)) {
      case "INSPECTION" -> Source.INSPECTION;
      case "INSPECTION_RESULT" -> Source.RESULT;
      case "INSPECTION_RESULT_CODE" -> Source.RESULT_CODE;
      case "PUBLICATION", "FOLLOW_UP" -> Source.BY_INSPECTION;
      case "TARGET" -> Source.TARGET;
      case "RESULT_CODE" -> Source.CODE_KIND;
      default -> throw new SQLException("stats trigger: no rule for table " + tableName);
    };
  }

  @Override
  public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
    if (columns == null) {
      columns = columnsOf(conn);
    }
    switch (Objects.requireNonNull(source)) {
      case INSPECTION -> {
        mark(conn, value(oldRow, "TASK_ID"));
        mark(conn, value(newRow, "TASK_ID"));
      }
      case RESULT, BY_INSPECTION -> {
        byInspection(conn, value(oldRow, "INSPECTION_ID"));
        byInspection(conn, value(newRow, "INSPECTION_ID"));
      }
      case RESULT_CODE -> {
        byResult(conn, value(oldRow, "RESULT_ID"));
        byResult(conn, value(newRow, "RESULT_ID"));
      }
      case TARGET -> {
        if (changed(oldRow, newRow, "TOWNSHIP") || changed(oldRow, newRow, "INDUSTRY_CODE")
            || changed(oldRow, newRow, "INDUSTRY_NAME")) {
          markAll(conn, "SELECT DISTINCT task_id FROM inspection WHERE target_id = ?", value(oldRow, "ID"));
        }
      }
      case CODE_KIND -> {
        if (changed(oldRow, newRow, "KIND")) {
          markAll(conn, "SELECT DISTINCT i.task_id FROM inspection_result_code c"
              + " JOIN inspection_result r ON r.id = c.result_id JOIN inspection i ON i.id = r.inspection_id"
              + " WHERE c.code = ?", oldRow == null ? null : oldRow[column("CODE")]);
        }
      }
    }
  }

  private @Nullable Object value(Object @Nullable [] row, String column) {
    return row == null ? null : row[column(column)];
  }

  private boolean changed(Object @Nullable [] oldRow, Object @Nullable [] newRow, String column) {
    return oldRow != null && newRow != null && !Objects.equals(value(oldRow, column), value(newRow, column));
  }

  private static void byInspection(Connection conn, @Nullable Object inspectionId) throws SQLException {
    if (inspectionId != null) {
      markAll(conn, "SELECT task_id FROM inspection WHERE id = ?", inspectionId);
    }
  }

  private static void byResult(Connection conn, @Nullable Object resultId) throws SQLException {
    if (resultId != null) {
      markAll(conn, "SELECT i.task_id FROM inspection_result r JOIN inspection i ON i.id = r.inspection_id"
          + " WHERE r.id = ?", resultId);
    }
  }

  private static void markAll(Connection conn, String sql, @Nullable Object key) throws SQLException {
    if (key == null) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          mark(conn, rs.getLong(1));
        }
      }
    }
  }

  private static void mark(Connection conn, @Nullable Object taskId) throws SQLException {
    if (taskId == null) {
      return;
    }
    long token = token(conn);
    try (PreparedStatement seen = conn.prepareStatement("SELECT 1 FROM stats_dirty WHERE token = ? AND task_id = ?")) {
      seen.setLong(1, token);
      seen.setLong(2, ((Number) taskId).longValue());
      try (ResultSet rs = seen.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
    }
    try (PreparedStatement add = conn.prepareStatement("INSERT INTO stats_dirty (token, task_id) VALUES (?, ?)")) {
      add.setLong(1, token);
      add.setLong(2, ((Number) taskId).longValue());
      add.executeUpdate();
    }
  }

  /** The writing transaction's number in this process, salted; a fresh random number when H2 does not say. */
  private static long token(Connection conn) throws SQLException {
    if (conn.isWrapperFor(JdbcConnection.class)
        && conn.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
        && session.getTransaction() != null) {
      return SALT ^ session.getTransaction().getSequenceNum();
    }
    return java.util.concurrent.ThreadLocalRandom.current().nextLong();
  }

  private int column(String name) {
    return Objects.requireNonNull(Objects.requireNonNull(columns).get(name), name);
  }

  private Map<String, Integer> columnsOf(Connection conn) throws SQLException {
    Map<String, Integer> found = new HashMap<>();
    try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
      while (rs.next()) {
        found.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
      }
    }
    return Map.copyOf(found);
  }
}
