package cn.suiji.shared.ui.concurrent;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** A running task as the UI sees it: progress to bind a bar to, running state, and cancel. */
public interface TaskHandle {
  /** From 0 to 1, or -1 while the total is unknown. */
  ReadOnlyDoubleProperty progressProperty();

  ReadOnlyBooleanProperty runningProperty();

  void cancel();
}
