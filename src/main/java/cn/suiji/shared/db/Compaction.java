package cn.suiji.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data file close to the size of what it holds (docs/decisions/0030). H2 2.5 keeps
 * every page a long transaction replaced until the transaction ends, and with
 * {@code WRITE_DELAY=0} (docs/decisions/0013) its background housekeeping, which would rewrite
 * the half-empty chunks afterwards, never runs: a 100,000-row import left a 1.8 GB file holding
 * 40 MB. So after each commit, still the only writer ({@link SerialWrites}), this looks whether
 * the file has grown by {@value #GROWTH_MB} MB since it last looked. If so and the live pages fill
 * less than {@value #REWRITE_PERCENT} % of it (a large transaction), it rewrites the file whole as
 * the close does and opens it again ({@link #rewriteWhole}, docs/decisions/0043); below
 * {@value #LOOSE_PERCENT} % it rewrites the live pages of the emptiest chunks in place,
 * {@value #ROUND_BYTES} bytes a round, until the chunks are {@value #FULL_ENOUGH_PERCENT} % full,
 * and moves the chunks to the front of the file, which shrinks it — H2's own {@code compactFile},
 * without its time limit (docs/decisions/0041). When the session grew the file since it was last
 * rewritten whole, {@link Database#close()} rewrites it whole ({@link #atClose}), its pages in order.
 *
 * <p>Only committed data is moved (no transaction is open: the caller holds the writers' lock
 * outside any transaction), each step is forced to the disk, and H2 writes its header and
 * syncs before it overwrites a moved chunk's old place; the retention time H2 keeps freed
 * chunks for is 0 only while this runs, as in {@code compactFile}.
 */
final class Compaction {
  private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
  /** Growth since the last look that makes the next commit look again. */
  static final long GROWTH_MB = 16;
  /** Below this share of live data the file is compacted. */
  static final int LOOSE_PERCENT = 60;
  /** Live data rewritten per round, the emptiest chunks first (H2's own round in {@code compactFile}). */
  private static final long ROUND_BYTES = 16L << 20;
  /** Rounds stop when live pages fill this share of the chunks (then the file is within 1.25 × after the move). */
  private static final int FULL_ENOUGH_PERCENT = 80;
  /**
   * Below this share of live data a commit's compaction rewrites the file whole ({@link
   * #rewriteWhole}) instead of in place: after a large transaction the in-place rounds can only
   * reach the goal by rewriting all the live data anyway, a round at a time, and left a million-row
   * import at 1.70 × (docs/decisions/0043).
   */
  static final int REWRITE_PERCENT = 25;
  /** How long a whole rewrite waits for connections out (a reader's) before it compacts in place instead. */
  static final long WAIT_FOR_READERS_MS = 3_000;
  /** What H2 names the new file while {@code SHUTDOWN COMPACT} writes it, after the data file's name. */
  static final String H2_TEMP = org.h2.engine.Constants.SUFFIX_MV_STORE_TEMP_FILE;

  private final Path file;
  private final ReopenablePool pool;
  private final Runnable sync;
  /** The file's JDBC URL: {@code SHUTDOWN COMPACT} goes through a connection of its own, not the pool's. */
  private final String url;
  /** The file's size when it was last looked at or compacted. */
  private long lookedAt;
  private long atOpen;
  /** A commit this session grew the file by {@value #GROWTH_MB} MB or more at once. */
  private volatile boolean grewMuch;
  /** Rounds of rewriting in the last compaction in place, for its log line. */
  private int rounds;

  Compaction(Path file, ReopenablePool pool, String url, Runnable sync) {
    this.file = file;
    this.url = url;
    this.pool = pool;
    this.sync = sync;
    this.lookedAt = size(file);
    this.atOpen = lookedAt;
  }

  /**
   * True when the file grew by {@value #GROWTH_MB} MB or more since it was opened (or at once,
   * then compacted in place by {@link #afterCommit}): then closing
   * rewrites it whole ({@link #atClose}), which leaves it exactly its compacted size (in place
   * it stays within about 1.2–1.4 ×: docs/decisions/0041).
   */
  boolean grewSinceOpen() {
    return grewMuch || size(file) - atOpen >= (GROWTH_MB << 20);
  }

  /**
   * True when closing rewrites the file: it grew this session ({@link #grewSinceOpen}), or its live
   * pages fill less than {@value #LOOSE_PERCENT} % of it — a file left loose by earlier sessions
   * that each grew it a little (a demo county's file opened ten times: 26.7 → 33.8 MB holding
   * 9.6 MB). Right after a rewrite they fill 99 %, so a file is not rewritten at every close.
   */
  boolean dueAtClose() {
    return grewSinceOpen() || loose();
  }

  private boolean loose() {
    try {
      return share() < LOOSE_PERCENT;
    } catch (RuntimeException e) {
      LOG.debug("The share of live pages in {} not read ({})", file, e.getMessage());
      return false;
    }
  }

  /**
   * When {@link #dueAtClose} (it grew this session, or it is loose), closes the database with H2's
   * {@code SHUTDOWN COMPACT} as the only writer: it copies the live pages into a new
   * file in key order and puts it in the old one's place with an atomic rename, so a kill
   * meanwhile leaves the old file (and a {@code .tempFile} beside it, deleted at the next open).
   */
  void atClose(SerialWrites writes) {
    if (!dueAtClose()) {
      return;
    }
    try {
      writes.exclusively(() -> {
        long before = size(file);
        long started = System.nanoTime();
        closeCompacted();
        LOG.info("Compacted {} at close: {} MB → {} MB in {} ms", file, before >> 20, size(file) >> 20,
            (System.nanoTime() - started) / 1_000_000);
        return null;
      });
    } catch (RuntimeException e) {
      LOG.warn("Compacting {} at close failed; it stays as large as it is", file, e);
    }
  }

  private void closeCompacted() {
    // a pooled connection would complain into H2's trace file when given back to a closed database
    try (Connection c = java.sql.DriverManager.getConnection(url, "sa", ""); java.sql.Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new IllegalStateException("Compacting " + file + " failed: " + e.getMessage(), e);
    }
  }

  /** After a commit (the caller holds the writers' lock): compacts when the file has grown loose. */
  void afterCommit() {
    long size = size(file);
    if (size - lookedAt < (GROWTH_MB << 20)) {
      return;
    }
    grewMuch = true;
    try {
      if (share() >= REWRITE_PERCENT || !rewriteWhole()) {
        compactIfLoose();
      }
    } catch (RuntimeException e) {
      // the commit is done and on the disk; a file left large is no reason to report it failed
      LOG.warn("Compacting {} after a commit failed", file, e);
      lookedAt = size(file);
    }
  }

  /** The share of the file (in %) that live pages fill; 100 for a store without a file. */
  private int share() {
    try (Connection c = pool.current().getConnection()) {
      MVStore store = store(c);
      return store.getFileStore() == null ? 100 : liveShare(store);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the live share of " + file + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Rewrites the file whole in session, as the close does: when every connection is back
   * (waiting at most {@value #WAIT_FOR_READERS_MS} ms, new ones held off), {@code SHUTDOWN
   * COMPACT} and open it again. False, having changed nothing, when a connection stayed out. The
   * caller holds the writers' lock outside any transaction.
   */
  boolean rewriteWhole() {
    long before = size(file);
    long started = System.nanoTime();
    boolean done = pool.whileClosed(WAIT_FOR_READERS_MS, () -> {
      closeCompacted();
      return reopen();
    });
    if (done) {
      long after = size(file);
      lookedAt = after;
      atOpen = after; // as written by a close: the next close need not rewrite it again
      grewMuch = false;
      LOG.info("Rewrote {} whole in session: {} MB → {} MB in {} ms", file, before >> 20, after >> 20,
          (System.nanoTime() - started) / 1_000_000);
    }
    return done;
  }

  private org.h2.jdbcx.JdbcConnectionPool reopen() {
    for (int attempt = 1; ; attempt++) {
      try {
        return Database.connect(url, file);
      } catch (RuntimeException e) {
        if (attempt == 3) {
          LOG.error("Opening {} again after rewriting it failed", file, e);
          throw e;
        }
        LOG.warn("Opening {} again after rewriting it failed ({}); trying again", file, e.getMessage());
        java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L * attempt);
      }
    }
  }

  /**
   * Compacts in place when live pages fill less than {@value #LOOSE_PERCENT} % of the file. The
   * caller holds the writers' lock outside any transaction. Returns the file's size before and
   * after.
   */
  long[] compactIfLoose() {
    long before = size(file);
    try (Connection c = pool.current().getConnection()) {
      MVStore store = store(c);
      int share = store.getFileStore() == null ? 100 : liveShare(store);
      if (share >= LOOSE_PERCENT) {
        lookedAt = before;
        return new long[] {before, before};
      }
      int retention = store.getRetentionTime();
      store.setRetentionTime(0);
      rounds = 0;
      try {
        // the emptiest chunks first, a round at a time, until the chunks are full enough: rewriting
        // every chunk below 95 % rewrote the whole file after a confirm (15 s at a million targets)
        // at most the live data, once, reckoned in whole percent of the file and rounded down: after a
        // million-row import (20 GB holding 373 MB) rounds bounded by half the file ran 621 times for
        // 12 minutes and gained little; rounded up, 25 rounds gained 1.70 → 1.65 × (docs/decisions/0041)
        long budget = Math.max(ROUND_BYTES, before / 100 * share);
        for (long written = 0; written < budget && store.getFileStore().getChunksFillRate() < FULL_ENOUGH_PERCENT;
            written += ROUND_BYTES) {
          if (!store.compact(100, (int) ROUND_BYTES)) {
            break;
          }
          store.commit();
          rounds++;
        }
        sync.run();
        if (store.getFileStore() instanceof RandomAccessStore random) {
          random.compactMoveChunks(100, Long.MAX_VALUE, store);
        }
        sync.run();
      } finally {
        store.setRetentionTime(retention);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Compacting " + file + " failed: " + e.getMessage(), e);
    }
    long after = size(file);
    lookedAt = after;
    LOG.info("Compacted {}: {} MB → {} MB ({} rounds)", file, before >> 20, after >> 20, rounds);
    return new long[] {before, after};
  }

  /** The share of the file (in %) that live pages fill. */
  private static int liveShare(MVStore store) {
    FileStore<?> fs = store.getFileStore();
    return (int) ((long) fs.getFillRate() * fs.getChunksFillRate() / 100);
  }

  private static MVStore store(Connection c) throws SQLException {
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    return session.getDatabase().getStore().getMvStore();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
