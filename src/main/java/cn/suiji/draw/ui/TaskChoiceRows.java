package cn.suiji.draw.ui;

import cn.suiji.draw.service.OpenAttempt;
import cn.suiji.draw.service.TaskChoice;
import cn.suiji.shared.l10n.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * What the wizard's first step shows of the chosen task: its window (and that it has passed),
 * the late reason typed, the task's open attempt offered to carry on or void, and the void
 * reason typed. The wizard ({@link DrawWizardViewModel}) decides what happens with them.
 */
public final class TaskChoiceRows {
  private final Messages messages;
  private final StringProperty taskWindow = new SimpleStringProperty("");
  private final BooleanProperty late = new SimpleBooleanProperty(false);
  private final StringProperty lateReason = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable OpenAttempt> openAttempt = new SimpleObjectProperty<>();
  private final StringProperty openAttemptText = new SimpleStringProperty("");
  private final StringProperty openVoidReason = new SimpleStringProperty("");

  TaskChoiceRows(Messages messages) {
    this.messages = messages;
  }

  /** A new task chosen: nothing shown until its choice is read, and both reasons emptied. */
  void reset() {
    show(null);
    lateReason.set("");
    openVoidReason.set("");
  }

  void show(@Nullable TaskChoice c) {
    late.set(c != null && c.late());
    taskWindow.set(c == null ? "" : messages.get(c.late() ? "draw.wizard.task.late" : "draw.wizard.task.window",
        c.start(), c.end()));
    OpenAttempt o = c == null || c.open().isEmpty() ? null : c.open().get(0);
    openAttempt.set(o);
    openAttemptText.set(o == null ? "" : messages.get(o.resumable() ? "draw.wizard.openAttempt.text"
        : "draw.wizard.openAttempt.lost", o.attempt(), o.operator(), o.commitment()));
  }

  @Nullable OpenAttempt open() {
    return openAttempt.get();
  }

  /** The open attempt was carried on or voided: no longer offered. */
  void openDealtWith() {
    openAttempt.set(null);
  }

  /** The late reason typed, trimmed ("" when none). */
  String lateReason() {
    return lateReason.get() == null ? "" : lateReason.get().strip();
  }

  /** The void reason typed, trimmed ("" when none). */
  String openVoidReason() {
    return openVoidReason.get() == null ? "" : openVoidReason.get().strip();
  }

  void clearOpenVoidReason() {
    openVoidReason.set("");
  }

  /** The chosen task's window; says so when it has passed. */
  public ReadOnlyStringProperty taskWindowProperty() {
    return taskWindow;
  }

  /** True when the chosen task's window has passed: the late reason is then required. */
  public ReadOnlyBooleanProperty lateProperty() {
    return late;
  }

  public StringProperty lateReasonProperty() {
    return lateReason;
  }

  /** The chosen task's open attempt, offered to carry on or void; null when there is none. */
  public ReadOnlyObjectProperty<@Nullable OpenAttempt> openAttemptProperty() {
    return openAttempt;
  }

  public ReadOnlyStringProperty openAttemptTextProperty() {
    return openAttemptText;
  }

  public StringProperty openVoidReasonProperty() {
    return openVoidReason;
  }
}
