package cn.suiji.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction that leaves the file mostly dead space (H2 keeps every page it replaced until the
 * commit) is followed by a whole rewrite in session — {@code SHUTDOWN COMPACT} and the file opened
 * again — that callers never see (docs/decisions/0043): the file is then its compacted size, reads
 * running meanwhile all succeed, and a connection held out makes it compact in place instead.
 */
class CompactionTest {
  private static final int ROWS = 150_000;

  @TempDir
  Path dir;

  /** One transaction of {@value #ROWS} settings in random key order, each with 20 characters of noise. */
  private static void bulk(Database db, String prefix) {
    Random random = new Random(17);
    db.dsl().transaction(trx -> {
      for (int i = 0; i < ROWS; i += 500) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("INSERT INTO app_setting (name, setting) VALUES ");
        for (int j = 0; j < 500; j++) {
          sql.append(j == 0 ? "(?, ?)" : ", (?, ?)");
          args.add(prefix + Long.toHexString(random.nextLong()) + "." + (i + j));
          StringBuilder noise = new StringBuilder();
          for (int k = 0; k < 20; k++) {
            noise.append((char) ('一' + random.nextInt(2000)));
          }
          args.add(noise.toString());
        }
        trx.dsl().execute(sql.toString(), args.toArray());
      }
    });
  }

  private static int rows(Database db, String prefix) {
    return db.dsl().fetchCount(DSL.table(DSL.name("APP_SETTING")), DSL.field(DSL.name("NAME")).like(prefix + "%"));
  }

  private static long compacted(Path dir, Database db) throws Exception {
    Path copy = dir.resolve("copy-" + System.nanoTime() + ".mv.db");
    db.copyTo(copy);
    String base = copy.toString().substring(0, copy.toString().length() - ".mv.db".length());
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
        Statement st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    }
    return Files.size(copy);
  }

  @Test
  void aTransactionThatLeftTheFileMostlyDeadIsFollowedByAWholeRewriteThatReadersNeverSee() throws Exception {
    Path file = dir.resolve("whole.mv.db");
    try (Database db = Database.openFile(file)) {
      AtomicInteger reads = new AtomicInteger();
      AtomicReference<Throwable> failed = new AtomicReference<>();
      CountDownLatch stop = new CountDownLatch(1);
      Thread reader = new Thread(() -> {
        while (stop.getCount() > 0) {
          try {
            rows(db, "bulk.");
            reads.incrementAndGet();
          } catch (RuntimeException e) {
            failed.compareAndSet(null, e);
          }
        }
      });
      reader.start();
      bulk(db, "bulk.");
      // the reader goes on after the rewrite, on the file opened again
      int after = reads.get();
      assertThat(waitFor(() -> reads.get() > after + 3)).isTrue();
      stop.countDown();
      reader.join(10_000);
      assertThat(failed.get()).as("no read saw the file closed").isNull();

      assertThat(rows(db, "bulk.")).isEqualTo(ROWS);
      long inSession = Files.size(file);
      long floor = compacted(dir, db);
      assertThat((double) inSession).as("rewritten whole: the compacted size").isLessThanOrEqualTo(1.05 * floor);
      assertThat(db.compactsAtClose()).as("a close need not rewrite it again").isFalse();
      // writes go on as before, through the same context
      db.dsl().transaction(trx -> trx.dsl().execute("INSERT INTO app_setting (name, setting) VALUES ('after', 'y')"));
      assertThat(rows(db, "after")).isEqualTo(1);
    }
    try (Database db = Database.openFile(file)) {
      assertThat(db.closedUncleanly()).isFalse();
      assertThat(rows(db, "bulk.")).isEqualTo(ROWS);
    }
    assertThat(file.resolveSibling("whole.trace.db")).as("H2 logged no error").doesNotExist();
  }

  @Test
  void aConnectionHeldOutMakesItCompactInPlaceInstead() throws Exception {
    Path file = dir.resolve("held.mv.db");
    try (Database db = Database.openFile(file)) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(1);
      Thread reader = new Thread(() -> db.dsl().connection(c -> {
        holding.countDown();
        done.await(60, TimeUnit.SECONDS);
      }));
      reader.start();
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      long started = System.nanoTime();
      bulk(db, "held.");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      done.countDown();
      reader.join(10_000);
      assertThat(millis).as("it waited for the connection out").isGreaterThanOrEqualTo(Compaction.WAIT_FOR_READERS_MS);
      assertThat(rows(db, "held.")).isEqualTo(ROWS);
      assertThat(db.compactsAtClose()).as("compacted in place: the close still rewrites it").isTrue();
      long inSession = Files.size(file);
      assertThat((double) inSession).isLessThanOrEqualTo(1.5 * compacted(dir, db));
    }
  }

  private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }
}
