package cn.suiji.imports.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One line of the import screen's mapping table: a column the importer knows ({@code field},
 * shown as its template {@code header}, {@code required} or not) and the file column the clerk
 * has it read from.
 */
public final class MappingRow {
  private final String field;
  private final String header;
  private final boolean required;
  private final ObjectProperty<FileColumn> column;

  MappingRow(String field, String header, boolean required, FileColumn column) {
    this.field = field;
    this.header = header;
    this.required = required;
    this.column = new SimpleObjectProperty<>(column);
  }

  public String field() {
    return field;
  }

  public String header() {
    return header;
  }

  public boolean required() {
    return required;
  }

  public ObjectProperty<FileColumn> columnProperty() {
    return column;
  }

  /** The chosen column's index, or {@link FileColumn#NOT_IMPORTED}. */
  public int index() {
    return column.get() == null ? FileColumn.NOT_IMPORTED : column.get().index();
  }
}
