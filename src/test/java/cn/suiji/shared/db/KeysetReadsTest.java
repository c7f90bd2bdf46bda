package cn.suiji.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A read in pieces gives every row once, in order, whatever the number of rows is against the
 * piece size (none, fewer, exactly one piece, one more, several and a bit), string or number
 * keys, with the query's own parameters bound in every piece.
 */
class KeysetReadsTest {
  private static final int P = KeysetReads.PIECE;

  @ParameterizedTest
  @ValueSource(ints = {0, 1, P - 1, P, P + 1, 2 * P, 2 * P + 3})
  void everyRowOnceInOrder(int rows) throws SQLException {
    try (Connection c = table(rows)) {
      List<String> keys = new ArrayList<>();
      List<Long> ids = new ArrayList<>();
      KeysetReads.read(c, "SELECT k, id FROM t WHERE grp >= ?%s ORDER BY k", "k", new Object[] {1}, 1, r -> {
        keys.add(r.getString(1));
        ids.add(r.getLong(2));
      });
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= rows; i++) {
        expected.add(String.format("K%07d", i));
      }
      assertThat(keys).containsExactlyElementsOf(expected);
      assertThat(ids).doesNotHaveDuplicates().hasSize(rows);
    }
  }

  @Test
  void numberKeysAndAParameterThatLeavesRowsOut() throws SQLException {
    try (Connection c = table(2 * P + 10)) {
      List<Long> ids = new ArrayList<>();
      // grp 2 holds every other row: the parameter must hold in each piece, not only the first
      KeysetReads.read(c, "SELECT id FROM t WHERE grp = ?%s ORDER BY id", "id", new Object[] {2}, 1,
          r -> ids.add(r.getLong(1)));
      assertThat(ids).hasSize(P + 5).isSorted().allSatisfy(id -> assertThat(id % 2).isZero());
    }
  }

  /** Rows 1..n with key K0000001…, grp 1 for odd ids and 2 for even ones. */
  private static Connection table(int n) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "");
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, k VARCHAR(20) NOT NULL UNIQUE, grp INT NOT NULL)");
      // keys inserted in reverse so that the order comes from the query, not the insert
      s.execute("INSERT INTO t SELECT " + n + " + 1 - X, 'K' || LPAD(" + n + " + 1 - X, 7, '0'), 1"
          + " FROM SYSTEM_RANGE(1, " + n + ")");
      s.execute("UPDATE t SET grp = 2 WHERE MOD(id, 2) = 0");
    }
    return c;
  }
}
