package cn.suiji.shared.ui.concurrent;

import cn.suiji.shared.Progress;
import java.util.function.Consumer;

/**
 * A piece of long work for the UI: what to run off the FX thread (given a {@link Progress}
 * to report to and to learn of cancel from), and what to do with its result or failure back
 * on the FX thread.
 */
public final class BackgroundTask<T> {
  /** The work itself; runs on a background thread. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Progress progress) throws Exception;
  }

  private final Work<T> work;
  private Consumer<T> onSuccess = r -> {};
  private Consumer<Throwable> onFailure = e -> {};
  private Runnable onCancelled = () -> {};

  private BackgroundTask(Work<T> work) {
    this.work = work;
  }

  public static <T> BackgroundTask<T> of(Work<T> work) {
    return new BackgroundTask<>(work);
  }

  public BackgroundTask<T> onSuccess(Consumer<T> handler) {
    this.onSuccess = handler;
    return this;
  }

  public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
    this.onFailure = handler;
    return this;
  }

  public BackgroundTask<T> onCancelled(Runnable handler) {
    this.onCancelled = handler;
    return this;
  }

  Work<T> work() {
    return work;
  }

  void succeeded(T result) {
    onSuccess.accept(result);
  }

  void failed(Throwable error) {
    onFailure.accept(error);
  }

  void cancelled() {
    onCancelled.run();
  }
}
