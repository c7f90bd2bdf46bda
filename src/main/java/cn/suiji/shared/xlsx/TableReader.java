package cn.suiji.shared.xlsx;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.nio.file.Path;
import java.util.List;

/**
 * A spreadsheet opened for streaming: an .xlsx workbook (its visible worksheets) or a CSV file
 * (one sheet named after the file). Rows are never all held in memory. For the directory's
 * imports; typical use:
 *
 * <pre>{@code
 * try (TableReader table = TableReader.open(file)) {
 *   HeaderMapping header = table.findHeader(specs);   // which sheet, which row, which columns
 *   table.readData(header, row -> { ...; return true; }, progress);
 * }
 * }</pre>
 *
 * Every failure is a {@link SuijiException} with a key under {@code xlsx.error.*}.
 */
public interface TableReader extends AutoCloseable {
  /** How many leading non-blank rows of a sheet are searched for the header. */
  int HEADER_SCAN_ROWS = 30;

  /**
   * Opens {@code file} by its content, not its name: a zip is read as .xlsx, an OLE2 file is
   * refused as encrypted or as an old .xls, anything else that is text is read as CSV.
   */
  static TableReader open(Path file) {
    return TableOpener.open(file, ReadLimits.DEFAULT);
  }

  /** The file's name as shown in messages. */
  String fileName();

  /** The visible worksheets in workbook order (for a CSV file: one, the file's name). */
  List<String> sheetNames();

  /**
   * Streams the non-blank rows of {@code sheet} to {@code handler} until the end, or until it
   * returns {@code false}; reports progress in bytes and stops with
   * {@link Progress.CancelledException} when cancelled.
   */
  void read(String sheet, RowHandler handler, Progress progress);

  /**
   * Finds the header: searches the first {@value #HEADER_SCAN_ROWS} non-blank rows of every
   * visible sheet and takes the row matching most of {@code specs} (the first sheet wins a tie).
   *
   * @throws SuijiException {@code xlsx.error.noSheet} if there is no visible sheet,
   *     {@code xlsx.error.noHeader} if no row matches any spec
   */
  default HeaderMapping findHeader(List<ColumnSpec> specs) {
    return HeaderMatcher.find(this, specs);
  }

  /** Streams the non-blank rows below the header of {@code mapping}'s sheet. */
  default void readData(HeaderMapping mapping, RowHandler handler, Progress progress) {
    int headerRow = mapping.headerRow();
    read(mapping.sheet(), row -> row.excelRowNumber() <= headerRow || handler.row(row), progress);
  }

  /** Releases the file and any temporary memory; never throws. */
  @Override
  void close();
}
