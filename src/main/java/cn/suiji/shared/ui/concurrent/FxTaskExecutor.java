package cn.suiji.shared.ui.concurrent;

import cn.suiji.shared.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on daemon threads as JavaFX {@link Task}s; handlers run on the FX thread. Never
 * interrupts a task's thread: an interrupt inside a file write closes H2's file channel
 * ({@code ClosedByInterruptException}) and takes the open store down with it — the closing
 * window once did so to the daily backup's commit. {@link #shutdown()} cancels instead, as the
 * cancel button does: the work sees {@code isCancelled()} and rolls its transaction back.
 */
public final class FxTaskExecutor implements TaskExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
  private final AtomicInteger counter = new AtomicInteger();
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "suiji-background-" + counter.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  /** Set by {@link #shutdown()}: a task failing after it failed because the application closed under it. */
  private volatile boolean closing;
  /** The tasks not yet ended, which {@link #shutdown()} cancels. */
  private final java.util.Set<ProgressTask<?>> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    ProgressTask<T> fxTask = new ProgressTask<>(this, task);
    fxTask.setOnSucceeded(e -> task.succeeded(fxTask.getValue()));
    fxTask.setOnFailed(e -> {
      Throwable error = fxTask.getException();
      if (error instanceof Progress.CancelledException) {
        task.cancelled();
      } else if (closing) {
        // the application is closing and has closed what the task used (the data file): not a fault
        LOG.warn("Background task ended by the application closing: {}", String.valueOf(error));
      } else {
        LOG.error("Background task failed", error);
        task.failed(error);
      }
    });
    fxTask.setOnCancelled(e -> {
      live.remove(fxTask); // cancelled before it ran: call() never removes it
      task.cancelled();
    });
    if (closing) {
      fxTask.cancel(false); // the application is closing: nothing new starts
    } else {
      live.add(fxTask);
      pool.execute(fxTask);
    }
    return new TaskHandle() {
      @Override
      public ReadOnlyDoubleProperty progressProperty() {
        return fxTask.progressProperty();
      }

      @Override
      public ReadOnlyBooleanProperty runningProperty() {
        return fxTask.runningProperty();
      }

      @Override
      public void cancel() {
        // cancel(false): the work sees isCancelled() and rolls back its own transaction
        fxTask.cancel(false);
      }
    };
  }

  /** A JavaFX task that is also the work's {@link Progress}. */
  private static final class ProgressTask<T> extends Task<T> implements Progress {
    private final FxTaskExecutor owner;
    private final BackgroundTask<T> task;

    ProgressTask(FxTaskExecutor owner, BackgroundTask<T> task) {
      this.owner = owner;
      this.task = task;
    }

    @Override
    protected T call() throws Exception {
      try {
        return task.work().run(this);
      } finally {
        owner.live.remove(this);
      }
    }

    @Override
    public void update(long done, long total) {
      updateProgress(done, total);
    }
  }

  @Override
  public void runOnUiThread(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }

  /**
   * Cancels every task not yet ended (each rolls back at its next check; a commit under way
   * finishes) and takes no new ones; never interrupts. Closing the data file afterwards waits
   * for the write under way ({@code Database.close}); the threads are daemons, so a task still
   * reading does not keep the JVM alive.
   */
  @Override
  public void shutdown() {
    closing = true;
    for (ProgressTask<?> task : live) {
      task.cancel(false);
    }
    pool.shutdown();
  }
}
