package cn.suiji.shared.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns that show one text of each row, for the read-only tables of the screens. */
public final class Columns {
  private Columns() {}

  /** Shows {@code value} of each row in {@code column}. */
  public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
  }
}
