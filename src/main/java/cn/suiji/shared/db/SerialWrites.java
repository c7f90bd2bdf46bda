package cn.suiji.shared.db;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jspecify.annotations.Nullable;

/**
 * One writer at a time, and every commit on disk before it is reported. For the database's
 * jOOQ configuration: as its transaction provider, every transaction holds one process-wide
 * lock from begin to the end of commit or rollback; as its execute listener, a write made
 * outside a transaction (auto-commit) holds it for the statement.
 *
 * <p>Why (docs/decisions/0013): H2's MVStore saves a version by collecting each map's root one
 * after the other. A save that runs while another thread is committing can catch some maps
 * with the commit applied and others without, and if the process dies before the next save,
 * the file holds half a transaction (h2database #2080, #2911). H2 saves in three places: its
 * background writer (switched off by {@code WRITE_DELAY=0}), a writer that has filled the
 * write buffer, and every commit when the delay is 0 — the last two in the writing thread.
 * With one writer at a time, every save sees either none or all of a commit. After each
 * commit, {@link Sync} forces the file to the disk (H2 itself never calls fsync on commit),
 * then the {@link CommitHook}s run — the audit journal appends there — still under the lock,
 * so the journal's order is the commits' order.
 */
final class SerialWrites implements TransactionProvider, ExecuteListener {
  private static final Object HELD = SerialWrites.class;
  private static final Object MARKS = CommitHook.class;

  /** Forces committed data to the disk. */
  interface Sync {
    void sync();
  }

  private final TransactionProvider delegate;
  private final Sync sync;
  private final ReentrantLock gate = new ReentrantLock(true);
  private final List<CommitHook> hooks = new CopyOnWriteArrayList<>();
  /** Runs after each outer commit and its hooks, still under the lock ({@link Compaction}). */
  private volatile Runnable afterCommit = () -> { };
  /** Open outer transactions of the thread holding the lock (0 or 1; read only by the holder). */
  private int open;

  SerialWrites(TransactionProvider delegate, Sync sync) {
    this.delegate = delegate;
    this.sync = sync;
  }

  void addHook(CommitHook hook) {
    hooks.add(hook);
  }

  void afterCommit(Runnable work) {
    afterCommit = work;
  }

  @Override
  public void begin(TransactionContext ctx) {
    if (inTransaction()) {
      // a nested transaction (a savepoint) rides on the outer one's hold
      int[] marks = new int[hooks.size()];
      for (int i = 0; i < marks.length; i++) {
        marks[i] = hooks.get(i).mark();
      }
      ctx.data(MARKS, marks);
      delegate.begin(ctx);
      return;
    }
    gate.lock(); // reentrant: a Preimage guard may hold it already
    open++;
    ctx.data(HELD, Boolean.TRUE);
    try {
      delegate.begin(ctx);
    } catch (RuntimeException | Error e) {
      release(ctx, false);
      throw e;
    }
  }

  @Override
  public void commit(TransactionContext ctx) {
    delegate.commit(ctx); // when this throws, jOOQ rolls back, and rollback releases
    if (ctx.data(HELD) != null) {
      try {
        sync.sync();
        for (CommitHook hook : hooks) {
          hook.committed();
        }
        afterCommit.run();
      } finally {
        release(ctx, true);
      }
    }
  }

  @Override
  public void rollback(TransactionContext ctx) {
    try {
      delegate.rollback(ctx);
    } finally {
      if (ctx.data(MARKS) instanceof int[] marks) {
        ctx.data().remove(MARKS);
        for (int i = 0; i < marks.length && i < hooks.size(); i++) {
          hooks.get(i).rolledBackTo(marks[i]);
        }
      }
      release(ctx, false);
    }
  }

  /** Gives the lock up once, however often jOOQ ends the transaction. */
  private void release(TransactionContext ctx, boolean committed) {
    if (ctx.data(HELD) == null) {
      return;
    }
    ctx.data().remove(HELD);
    open--;
    try {
      if (!committed) {
        for (CommitHook hook : hooks) {
          hook.rolledBack();
        }
      }
    } finally {
      gate.unlock();
    }
  }

  // a write outside any transaction: auto-commit, one statement

  @Override
  public void executeStart(ExecuteContext ctx) {
    if (isWrite(ctx.type()) && !inTransaction()) {
      gate.lock();
      ctx.data(HELD, Boolean.TRUE);
    }
  }

  @Override
  public void end(ExecuteContext ctx) {
    if (ctx.data(HELD) == null) {
      return;
    }
    ctx.data().remove(HELD);
    try {
      if (ctx.exception() == null && ctx.sqlException() == null) {
        sync.sync();
      }
    } finally {
      gate.unlock();
    }
  }

  private static boolean isWrite(@Nullable ExecuteType type) {
    return type == ExecuteType.WRITE || type == ExecuteType.DDL || type == ExecuteType.BATCH;
  }

  /** True when the calling thread is inside a transaction (so a new one is a savepoint). */
  boolean inTransaction() {
    return gate.isHeldByCurrentThread() && open > 0;
  }

  /** Runs {@code work} as the only writer; transactions it begins are outer ones all the same. */
  <T> T exclusively(java.util.function.Supplier<T> work) {
    gate.lock();
    try {
      return work.get();
    } finally {
      gate.unlock();
    }
  }
}
