package cn.suiji.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections every repository works through, from a pool that can be closed and opened
 * again in session: {@link Compaction} closes the file with {@code SHUTDOWN COMPACT} after a
 * transaction that left it mostly dead space, and opens it again (docs/decisions/0043). It
 * counts the connections handed out; {@link #whileClosed} waits until all are back, holds
 * new ones off, runs its work and lets them through again — the repositories never see it.
 */
final class ReopenablePool implements ConnectionProvider {
  private static final Logger LOG = LoggerFactory.getLogger(ReopenablePool.class);
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition reopened = lock.newCondition();
  private volatile JdbcConnectionPool pool;
  /** Connections handed out and not given back. */
  private int out;
  /** True while {@link #whileClosed} waits or works: no connection is handed out. */
  private boolean closing;

  ReopenablePool(JdbcConnectionPool pool) {
    this.pool = pool;
  }

  /** The pool as it stands, for the database's own statements (sync, the compaction's look). */
  JdbcConnectionPool current() {
    return pool;
  }

  @Override
  public Connection acquire() {
    lock.lock();
    try {
      while (closing) {
        reopened.awaitUninterruptibly(); // seconds at most: the rewrite of the live data
      }
      out++;
    } finally {
      lock.unlock();
    }
    try {
      return pool.getConnection();
    } catch (SQLException | RuntimeException e) {
      given();
      throw new DataAccessException("No connection to the data file: " + e.getMessage(),
          e instanceof SQLException s ? s : new SQLException(e));
    }
  }

  @Override
  public void release(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DataAccessException("Giving a connection back failed: " + e.getMessage(), e);
    } finally {
      given();
    }
  }

  private void given() {
    lock.lock();
    try {
      out--;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits up to {@code waitMillis} for every connection to come back, holding new ones off
   * meanwhile; then runs {@code work}, which returns the pool to use from then on (the old one is
   * disposed), and lets connections through again. Returns false, having run nothing, when a
   * connection was still out after the wait (a long read; or the calling thread's own).
   */
  boolean whileClosed(long waitMillis, Supplier<JdbcConnectionPool> work) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    lock.lock();
    try {
      closing = true;
      while (out > 0) {
        if (System.nanoTime() >= deadline) {
          LOG.info("{} connection(s) still out after {} ms: the file is not closed now", out, waitMillis);
          open();
          return false;
        }
        lock.unlock();
        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(2)); // a reader's statement ends within ms
        lock.lock();
      }
    } finally {
      lock.unlock();
    }
    try {
      JdbcConnectionPool old = pool;
      pool = work.get();
      if (old != pool) {
        old.dispose();
      }
      return true;
    } finally {
      lock.lock();
      try {
        open();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Lets connections through again; the caller holds the lock. */
  private void open() {
    closing = false;
    reopened.signalAll();
  }

  void dispose() {
    pool.dispose();
  }
}
