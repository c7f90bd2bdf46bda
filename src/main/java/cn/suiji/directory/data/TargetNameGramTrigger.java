package cn.suiji.directory.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.h2.api.Trigger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.value.ValueBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The H2 trigger of V003 that keeps the name index ({@code target_name_key} since V022, the keys
 * of {@link TargetNameGrams}) in step with {@code target.name}:
 * H2 calls it after each inserted, updated or deleted target row, inside the same transaction,
 * whoever wrote the row. An update that leaves the name alone costs nothing; one that changes it
 * deletes the grams the new name lacks and adds the ones it brings. Plain JDBC because H2 hands
 * a trigger its session connection, not a jOOQ context.
 *
 * <p>A bulk writer (the import, the search bench's fill) may set the session variable
 * {@value #DEFER_VARIABLE} to TRUE: inserts in that session then add no grams, and the writer
 * adds them for its new ids in one set-based statement ({@link TargetNameGramFill}) before it
 * commits. Updates and deletes are always handled here. Other sessions are never affected.
 */
public final class TargetNameGramTrigger implements Trigger {
  /** The session variable (without its {@code @}) that makes inserts leave their grams to the writer. */
  public static final String DEFER_VARIABLE = "SUIJI_DEFER_GRAMS";

  private int idColumn = -1;
  private int nameColumn = -1;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
      throws SQLException {
    try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
      while (columns.next()) {
        String column = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
        int index = columns.getInt("ORDINAL_POSITION") - 1;
        if (column.equals("ID")) {
          idColumn = index;
        } else if (column.equals("NAME")) {
          nameColumn = index;
        }
      }
    }
    if (idColumn < 0 || nameColumn < 0) {
      throw new SQLException("target_name_gram trigger: table " + tableName + " has no ID or NAME column");
    }
  }

  @Override
  public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
    if (oldRow == null && deferred(conn)) {
      return;
    }
    Set<String> before = oldRow == null ? Set.of() : TargetNameGrams.of((String) oldRow[nameColumn]);
    Set<String> after = newRow == null ? Set.of() : TargetNameGrams.of((String) newRow[nameColumn]);
    if (oldRow != null && newRow != null && !oldRow[idColumn].equals(newRow[idColumn])) {
      delete(conn, ((Number) oldRow[idColumn]).longValue(), before);
      insert(conn, ((Number) newRow[idColumn]).longValue(), after);
      return;
    }
    if (before.equals(after)) {
      return;
    }
    Set<String> gone = new HashSet<>(before);
    gone.removeAll(after);
    Set<String> added = new HashSet<>(after);
    added.removeAll(before);
    long id = ((Number) (newRow != null ? newRow : oldRow)[idColumn]).longValue();
    delete(conn, id, gone);
    insert(conn, id, added);
  }

  /**
   * Whether this session asked for inserts to leave their grams to it. Read from the session
   * object itself (one map look-up per row): a {@code SELECT @…} per inserted row would cost
   * about as much as the grams it saves.
   */
  private static boolean deferred(Connection conn) throws SQLException {
    if (conn.isWrapperFor(JdbcConnection.class)
        && conn.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
      return ValueBoolean.TRUE.equals(session.getVariable(DEFER_VARIABLE));
    }
    try (PreparedStatement ps = conn.prepareStatement("SELECT @" + DEFER_VARIABLE);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /**
   * Deletes the keys of the given grams of one target, each by its primary key: the grams come
   * from the old name H2 hands the trigger, so nothing is searched for.
   */
  private static void delete(Connection conn, long id, Set<String> grams) throws SQLException {
    write(conn, "DELETE FROM target_name_key WHERE k = ?", id, grams);
  }

  private static void insert(Connection conn, long id, Set<String> grams) throws SQLException {
    write(conn, "INSERT INTO target_name_key (k) VALUES (?)", id, grams);
  }

  private static void write(Connection conn, String sql, long id, Set<String> grams) throws SQLException {
    if (grams.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (String gram : grams) {
        ps.setLong(1, TargetNameGrams.key(gram, id));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
