package cn.suiji.shared.ui.concurrent;

/** Runs background tasks; the application uses {@link FxTaskExecutor}, tests the same-thread one. */
public interface TaskExecutor {
  <T> TaskHandle execute(BackgroundTask<T> task);

  /** Runs something on the FX thread (at once when already there). */
  void runOnUiThread(Runnable action);

  void shutdown();
}
