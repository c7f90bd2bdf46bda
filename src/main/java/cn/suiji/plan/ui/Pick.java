package cn.suiji.plan.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One line of a multi-select list (items, partners, townships, kinds): its value, text and tick. */
public final class Pick {
  private final String value;
  private final String label;
  private final BooleanProperty selected = new SimpleBooleanProperty(false);

  public Pick(String value, String label) {
    this.value = value;
    this.label = label;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public BooleanProperty selectedProperty() {
    return selected;
  }

  @Override
  public String toString() {
    return label;
  }
}
