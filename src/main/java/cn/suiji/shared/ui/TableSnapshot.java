package cn.suiji.shared.ui;

import cn.suiji.shared.Progress;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The current view of a table as the clerk sees it — the visible leaf columns in their order,
 * the rows as sorted and filtered — taken on the FX thread by {@link #of}, then written to an
 * .xlsx off it by {@link #write} ("export the current view" on every list screen whose rows are
 * all in memory). Values keep their type (numbers and dates stay numbers and dates); text that
 * Excel would evaluate is written as text by {@link XlsxWriter}. Columns should carry the text the
 * clerk sees (labels, masked ID numbers), as {@link Columns#text} does.
 */
public record TableSnapshot(List<String> header, List<List<Object>> rows) {
  public TableSnapshot {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Copies the visible columns and the shown rows of {@code table}; call on the FX thread. */
  public static <S> TableSnapshot of(TableView<S> table) {
    List<TableColumn<S, ?>> columns = new ArrayList<>(table.getVisibleLeafColumns());
    List<String> header = new ArrayList<>();
    for (TableColumn<S, ?> c : columns) {
      header.add(c.getText() == null ? "" : c.getText());
    }
    List<List<Object>> rows = new ArrayList<>(table.getItems().size());
    for (S item : table.getItems()) {
      List<Object> row = new ArrayList<>(columns.size());
      for (TableColumn<S, ?> c : columns) {
        javafx.beans.value.ObservableValue<?> cell = c.getCellObservableValue(item);
        row.add(cell == null ? null : cell.getValue());
      }
      rows.add(Collections.unmodifiableList(row));
    }
    return new TableSnapshot(header, rows);
  }

  /**
   * Writes the snapshot as one sheet named {@code sheetName}; checks {@code progress} for cancel.
   * A cancel or a failure leaves no file (not even a partial one).
   */
  public void write(Path file, String sheetName, Progress progress) {
    XlsxWriter writer = new XlsxWriter(file, sheetName, header);
    try {
      int done = 0;
      for (List<Object> row : rows) {
        writer.writeRow(row);
        if (++done % 1000 == 0) {
          progress.update(done, rows.size());
          progress.checkCancelled();
        }
      }
    } catch (RuntimeException e) {
      writer.discard();
      throw e;
    }
    writer.close();
  }
}
