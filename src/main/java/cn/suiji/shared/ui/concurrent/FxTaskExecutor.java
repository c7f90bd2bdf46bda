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

/** Runs tasks on daemon threads as JavaFX {@link Task}s; handlers run on the FX thread. */
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

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    ProgressTask<T> fxTask = new ProgressTask<>(task);
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
    fxTask.setOnCancelled(e -> task.cancelled());
    pool.execute(fxTask);
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
    private final BackgroundTask<T> task;

    ProgressTask(BackgroundTask<T> task) {
      this.task = task;
    }

    @Override
    protected T call() throws Exception {
      return task.work().run(this);
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

  @Override
  public void shutdown() {
    closing = true;
    pool.shutdownNow();
  }
}
