package cn.suiji.shared.ui;

import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskHandle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.jspecify.annotations.Nullable;

/**
 * One long job at a time for a ViewModel (writing a file, printing): whether it runs, its
 * progress for a bar, and cancel for a button. Runs through the {@link TaskExecutor}, so a
 * test's same-thread executor finishes it at once.
 */
public final class ProgressJob {
  private final TaskExecutor executor;
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private @Nullable TaskHandle handle;

  public ProgressJob(TaskExecutor executor) {
    this.executor = executor;
  }

  /**
   * Starts {@code work} unless a job runs already (then returns false); {@code done},
   * {@code failed} or {@code cancelled} runs on the FX thread when it ends.
   */
  public <T> boolean run(BackgroundTask.Work<T> work, Consumer<T> done, Consumer<Throwable> failed, Runnable cancelled) {
    if (running.get()) {
      return false;
    }
    running.set(true);
    progress.unbind();
    progress.set(-1);
    TaskHandle started = executor.execute(BackgroundTask.of(work)
        .onSuccess(r -> {
          finish();
          done.accept(r);
        })
        .onFailure(e -> {
          finish();
          failed.accept(e);
        })
        .onCancelled(() -> {
          finish();
          cancelled.run();
        }));
    if (running.get()) {
      handle = started;
      progress.bind(started.progressProperty());
    }
    return true;
  }

  private void finish() {
    progress.unbind();
    progress.set(0);
    handle = null;
    running.set(false);
  }

  /** Asks the running job to stop; it rolls back or deletes what it had begun. */
  public void cancel() {
    TaskHandle h = handle;
    if (h != null) {
      h.cancel();
    }
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running;
  }

  /** From 0 to 1, or -1 while the total is unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress;
  }
}
