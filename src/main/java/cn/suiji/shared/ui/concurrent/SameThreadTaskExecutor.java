package cn.suiji.shared.ui.concurrent;

import cn.suiji.shared.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** Runs each task at once on the caller's thread: ViewModel tests see results synchronously. */
public final class SameThreadTaskExecutor implements TaskExecutor {
  private boolean cancelRequested;

  /** Makes the next tasks see cancel after their first progress report. */
  public void cancelAfterFirstUpdate() {
    cancelRequested = true;
  }

  @Override
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    SimpleDoubleProperty progress = new SimpleDoubleProperty(0);
    boolean[] reported = {false};
    try {
      T result = task.work().run(new Progress() {
        @Override
        public void update(long done, long total) {
          reported[0] = true;
          progress.set(total <= 0 ? -1 : (double) done / total);
        }

        @Override
        public boolean isCancelled() {
          return cancelRequested && reported[0];
        }
      });
      task.succeeded(result);
    } catch (Progress.CancelledException e) {
      task.cancelled();
    } catch (Exception e) {
      task.failed(e);
    }
    return new TaskHandle() {
      @Override
      public ReadOnlyDoubleProperty progressProperty() {
        return progress;
      }

      @Override
      public ReadOnlyBooleanProperty runningProperty() {
        return new SimpleBooleanProperty(false);
      }

      @Override
      public void cancel() {
        cancelRequested = true;
      }
    };
  }

  @Override
  public void runOnUiThread(Runnable action) {
    action.run();
  }

  @Override
  public void shutdown() {}
}
