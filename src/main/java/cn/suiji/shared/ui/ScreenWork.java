package cn.suiji.shared.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * What a screen that writes and reads files in the background keeps beside its own state (the
 * 同步 and 联合抽查 screens): one long job with progress and cancel ({@link ProgressJob}), short
 * reads in the background ({@link #busyProperty busy}), an outcome line and an error line that
 * every action clears first. A failure shows as the error line ({@link Messages#describeFailure}),
 * a cancel as the screen's own "cancelled" text. The ViewModel side touches no Node; the View
 * ties its controls with {@link #bind}.
 */
public final class ScreenWork {
  private final TaskExecutor executor;
  private final Messages messages;
  private final String cancelledKey;
  private final ProgressJob job;
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty outcome = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  /** @param cancelledKey the bundle key of the line shown when the clerk cancels a job */
  public ScreenWork(TaskExecutor executor, Messages messages, String cancelledKey) {
    this.executor = executor;
    this.messages = messages;
    this.cancelledKey = cancelledKey;
    this.job = new ProgressJob(executor);
  }

  /** Empties the outcome and error lines (an action begins). */
  public void clear() {
    outcome.set("");
    error.set("");
  }

  /** Runs a short read off the FX thread, busy meanwhile; {@code done} on the FX thread, a failure on the error line. */
  public <T> void background(BackgroundTask.Work<T> work, Consumer<T> done) {
    background(executor, busy, work, done, this::fail);
  }

  /**
   * Runs {@code work} off the FX thread with {@code busy} true meanwhile; then {@code done} with
   * its value, or {@code failed} with what it threw, on the FX thread.
   */
  public static <T> void background(TaskExecutor executor, BooleanProperty busy, BackgroundTask.Work<T> work,
      Consumer<T> done, Consumer<Throwable> failed) {
    busy.set(true);
    executor.execute(BackgroundTask.of(work).onSuccess(v -> {
      busy.set(false);
      done.accept(v);
    }).onFailure(e -> {
      busy.set(false);
      failed.accept(e);
    }));
  }

  /** Starts the long job (unless one runs): {@code done} on success, the error line on failure, the cancelled line on cancel. */
  public <T> boolean run(BackgroundTask.Work<T> work, Consumer<T> done) {
    return job.run(work, done, this::fail, this::cancelled);
  }

  /** Shows why something failed on the error line. */
  public void fail(Throwable e) {
    error.set(messages.describeFailure(e));
  }

  /** Shows the screen's "cancelled" line. */
  public void cancelled() {
    outcome.set(messages.get(cancelledKey));
  }

  /** Asks the long job to stop. */
  public void cancel() {
    job.cancel();
  }

  public ProgressJob job() {
    return job;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty outcomeProperty() {
    return outcome;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** Whether a job runs or a read is under way: the screen's actions wait meanwhile. */
  public BooleanBinding working() {
    return job.runningProperty().or(busy);
  }

  /**
   * Ties a screen's controls: the outcome and error lines (taking no room while empty), the bar
   * and its cancel button (shown only while a job runs), and {@code actions} disabled while
   * {@link #working}.
   */
  public void bind(Label outcomeLabel, Label errorLabel, ProgressBar bar, Button cancelButton, Button... actions) {
    outcomeLabel.textProperty().bind(outcome);
    errorLabel.textProperty().bind(error);
    Labels.collapseWhenEmpty(outcomeLabel);
    Labels.collapseWhenEmpty(errorLabel);
    var running = job.runningProperty();
    for (Button b : actions) {
      b.disableProperty().bind(running.or(busy));
    }
    bar.progressProperty().bind(job.progressProperty());
    bar.visibleProperty().bind(running);
    bar.managedProperty().bind(running);
    cancelButton.visibleProperty().bind(running);
    cancelButton.managedProperty().bind(running);
  }
}
