package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.TARGET;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;

/**
 * The schema side of the first load into an empty directory (docs/decisions/0039): the target
 * and membership tables' secondary indexes, unique keys and foreign keys are taken off before
 * the rows go in and built again after, so H2 fills bare tables in key order and then builds
 * each index by sorting, instead of updating nine B-trees at random for every row.
 *
 * <p>The statements to build them again are read from the file itself ({@code SCRIPT NODATA}),
 * so they are exactly the migrations' — names, columns, order — whatever the schema's version.
 * Every statement here is DDL, which H2 commits at once: the caller runs all of it inside a
 * {@code Preimage.guarded} block, whose copy of the file undoes a kill at any point.
 */
public final class TargetBulkLoad {
  /** One index or constraint: how to take it off and how to build it again. */
  public record Piece(String drop, String create) {}

  private static final List<String> TABLES = List.of("TARGET", "TARGET_DEPARTMENT");

  /** Keys held in memory before a sorted run goes to a temporary file (16 MB). */
  private static final int KEYS_IN_MEMORY = 1 << 21;
  /** Keys per statement. */
  private static final int KEYS_PER_INSERT = 20_000;
  /** Targets whose names are read back per query. */
  private static final int NAMES_PER_READ = 20_000;

  private TargetBulkLoad() {}

  /**
   * The secondary indexes, unique keys, foreign keys and triggers of the target and membership
   * tables, in the order to build them (indexes, unique keys, foreign keys, triggers); take them
   * off in the reverse order. Primary keys and checks stay. (Without its trigger, the target
   * table takes the rows without a call into Java per row; the load adds the name grams itself.)
   */
  public static List<Piece> secondary(DSLContext dsl) {
    List<Piece> indexes = new ArrayList<>();
    List<Piece> uniques = new ArrayList<>();
    List<Piece> foreign = new ArrayList<>();
    List<Piece> triggers = new ArrayList<>();
    for (Record r : dsl.fetch("SCRIPT NODATA NOPASSWORDS NOSETTINGS TABLE "
        + String.join(", ", TABLES.stream().map(t -> "PUBLIC." + t).toList()))) {
      String sql = r.get(0, String.class).strip();
      String upper = sql.toUpperCase(Locale.ROOT);
      if (upper.startsWith("CREATE FORCE TRIGGER ") || upper.startsWith("CREATE TRIGGER ")) {
        String name = sql.substring(sql.indexOf("TRIGGER ") + 8).strip();
        triggers.add(new Piece("DROP TRIGGER IF EXISTS " + name.substring(0, name.indexOf(' ')), sql));
      } else if (upper.startsWith("CREATE INDEX ") || upper.startsWith("CREATE UNIQUE INDEX ")) {
        String name = sql.substring(sql.indexOf("INDEX ") + 6, sql.indexOf(" ON ")).strip();
        indexes.add(new Piece("DROP INDEX IF EXISTS " + name, sql));
      } else if (upper.startsWith("ALTER TABLE ") && upper.contains(" ADD CONSTRAINT ")
          && (upper.contains(" UNIQUE") || upper.contains(" FOREIGN KEY"))) {
        String table = sql.substring("ALTER TABLE ".length(), upper.indexOf(" ADD CONSTRAINT ")).strip();
        String rest = sql.substring(upper.indexOf(" ADD CONSTRAINT ") + " ADD CONSTRAINT ".length()).strip();
        String name = rest.substring(0, rest.indexOf(' '));
        (upper.contains(" FOREIGN KEY") ? foreign : uniques).add(new Piece("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + name, sql));
      }
    }
    List<Piece> all = new ArrayList<>(indexes);
    all.addAll(uniques);
    all.addAll(foreign);
    all.addAll(triggers);
    return List.copyOf(all);
  }

  /** Takes the pieces off, last first. */
  public static void drop(DSLContext dsl, List<Piece> pieces) {
    for (int i = pieces.size() - 1; i >= 0; i--) {
      dsl.execute(pieces.get(i).drop());
    }
  }

  /** Builds the pieces again, first first (each one sorts its table once). */
  public static void create(DSLContext dsl, List<Piece> pieces) {
    for (Piece p : pieces) {
      dsl.execute(p.create());
    }
  }

  /**
   * Adds the name-gram keys of the targets with ids {@code fromId}…{@code toId}, for a load into
   * an empty directory whose trigger is off: the names read back in id order, their keys
   * ({@link TargetNameGrams}, as the trigger makes them) sorted in bounded memory, and sent in
   * key order, so the key table — empty before — is only appended to. {@code check} runs between
   * pieces (cancel). Returns the keys written.
   */
  public static long fillGramsInKeyOrder(DSLContext tx, long fromId, long toId, Runnable check) {
    if (toId > TargetNameGrams.MAX_ID) {
      throw new cn.suiji.shared.SuijiException("directory.target.search.idTooLarge", toId);
    }
    long[] written = {0};
    try (SortedKeys keys = new SortedKeys(KEYS_IN_MEMORY)) {
      for (long from = fromId; from <= toId; from += NAMES_PER_READ) {
        for (Record2<Long, String> r : tx.select(TARGET.ID, TARGET.NAME).from(TARGET)
            .where(TARGET.ID.between(from, Math.min(toId, from + NAMES_PER_READ - 1))).fetch()) {
          long id = r.value1();
          for (String gram : TargetNameGrams.of(r.value2())) {
            keys.add(TargetNameGrams.key(gram, id));
          }
        }
        check.run();
      }
      tx.connection(c -> {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO target_name_key (k) SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY))")) {
          keys.inOrder(KEYS_PER_INSERT, batch -> {
            try {
              insert.setObject(1, Arrays.stream(batch).boxed().toArray(Long[]::new));
              written[0] += insert.executeUpdate();
            } catch (SQLException e) {
              throw new DataAccessException(e.getMessage(), e);
            }
          });
        }
      });
    }
    return written[0];
  }

  /** Empties the target tables (after a load whose indexes could not be built): the directory was empty before it. */
  public static void empty(DSLContext tx) {
    tx.execute("DELETE FROM target_name_key");
    tx.execute("DELETE FROM target_department");
    tx.execute("DELETE FROM target");
  }
}
