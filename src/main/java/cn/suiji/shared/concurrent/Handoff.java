package cn.suiji.shared.concurrent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Hands the items a loop produces to a consumer on a second thread, in order, in batches: the
 * loop (reading a database, say) and the consumer's work (hashing, sorting into strata) then
 * run side by side on two cores instead of one after the other. {@link #close} hands over what
 * is left, waits until the consumer has taken everything, and rethrows what the consumer threw,
 * so the consumer's state is complete and visible to the caller once it returns. Only the
 * calling thread may {@link #accept}; the consumer needs no locking (one thread runs it).
 *
 * <p>If the consumer fails, the rest is discarded (the loop is not blocked) and the failure is
 * thrown once, from the next {@link #accept} that hands over a batch or from {@link #close}. Memory stays bounded: at most
 * {@link #QUEUED} batches of {@link #BATCH} items wait.
 */
public final class Handoff<T> implements Consumer<T>, AutoCloseable {
  static final int BATCH = 4096;
  static final int QUEUED = 8;
  private static final Object[] END = new Object[0];

  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread worker;
  private volatile @Nullable Throwable failure;
  private Object[] batch = new Object[BATCH];
  private int used;
  private boolean closed;
  /** The consumer's failure was thrown once already (try-with-resources must not see it twice). */
  private boolean reported;

  private Handoff(String name, Consumer<? super T> consumer) {
    worker = new Thread(() -> run(consumer), name);
    worker.setDaemon(true);
    worker.start();
  }

  /** Starts the consumer's thread, named {@code name}. */
  public static <T> Handoff<T> to(String name, Consumer<? super T> consumer) {
    return new Handoff<>(name, consumer);
  }

  @Override
  public void accept(T item) {
    if (closed) {
      throw new IllegalStateException("handoff closed");
    }
    batch[used++] = item;
    if (used == BATCH) {
      rethrow();
      put(batch);
      batch = new Object[BATCH];
      used = 0;
    }
  }

  /** Hands over the rest, waits for the consumer to finish, and rethrows its failure if any. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (used > 0) {
      Object[] last = new Object[used];
      System.arraycopy(batch, 0, last, 0, used);
      put(last);
    }
    put(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + worker.getName(), e);
    }
    rethrow();
  }

  @SuppressWarnings("unchecked")
  private void run(Consumer<? super T> consumer) {
    try {
      while (true) {
        Object[] items = queue.take();
        if (items == END) {
          return;
        }
        if (failure == null) {
          try {
            for (Object item : items) {
              consumer.accept((T) item);
            }
          } catch (Throwable t) { // handed to the caller at the next accept or at close
            failure = t;
          }
        }
      }
    } catch (InterruptedException e) {
      failure = e;
    }
  }

  private void put(Object[] items) {
    try {
      queue.put(items);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.interrupt();
      throw new IllegalStateException("interrupted while handing over to " + worker.getName(), e);
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t == null || reported) {
      return;
    }
    reported = true;
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(worker.getName() + " failed", t);
  }
}
