package cn.suiji.shared.ui;

import javafx.scene.control.Label;

/** Small layout rules for labels that many screens share. */
public final class Labels {
  private Labels() {}

  /**
   * A message line (an outcome, an error) that takes no room while it says nothing, so a page
   * fits the window at its smallest until there is something to read.
   */
  public static void collapseWhenEmpty(Label label) {
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
  }
}
