package cn.suiji.shared.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table columns that show one text of each row, for the read-only tables of the screens. */
public final class Columns {
  private Columns() {}

  /** Shows {@code value} of each row in {@code column}. */
  public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
  }

  /**
   * Keeps {@code column} at least as wide as {@code sample} in the cells' own font, so a value of
   * that length is never cut to "…" (a masked ID number is useful only for its last four digits).
   */
  public static <R> void keepWhole(TableColumn<R, String> column, String sample) {
    column.setCellFactory(c -> new TableCell<>() {
      {
        fontProperty().addListener((obs, old, font) -> fit());
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        fit();
      }

      private void fit() {
        Text probe = new Text(sample);
        probe.setFont(getFont());
        double need = Math.ceil(probe.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() + 8);
        if (column.getMinWidth() < need) {
          column.setMinWidth(need);
        }
      }
    });
  }
}
