package cn.suiji.shared.xlsx;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of an .xlsx export through SXSSF (100 rows in memory, the rest in compressed
 * temp files that are deleted on close): a bold, frozen header row, then rows of values. Text
 * is always a text cell — one that starts with {@code =}, {@code +}, {@code -}, {@code @}, TAB or
 * CR gets a quote-prefixed style, so Excel shows it as text even after it is edited; never a
 * formula. {@link Number}s, {@link LocalDate}s and {@link Boolean}s become typed cells. The file
 * appears only when {@link #close} succeeds (written beside it, then moved into place).
 */
public final class XlsxWriter implements AutoCloseable {
  /** Rows kept in memory before SXSSF flushes them to its temp file. */
  public static final int WINDOW = 100;
  /** Longer integers lose digits as a double: they are written as text. */
  private static final int MAX_EXACT_DIGITS = 15;
  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final Path target;
  private final Path partial;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
  private SXSSFSheet sheet;
  private final CellStyle quoted;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final CellStyle bold;
  private int nextRow;
  private boolean closed;

  /** Starts {@code file} with one sheet named {@code sheetName} and the {@code header} row. */
  public XlsxWriter(Path file, String sheetName, List<String> header) {
    this.target = file;
    this.partial = file.resolveSibling(file.getFileName() + ".part");
    quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
    short ymd = workbook.createDataFormat().getFormat("yyyy-mm-dd");
    date = workbook.createCellStyle();
    date.setDataFormat(ymd);
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    addSheet(sheetName, header);
  }

  /**
   * Starts another sheet named {@code sheetName} with its {@code header} row; the rows written
   * next go there (a workbook of several tables, e.g. the statistics' one sheet per grouping).
   */
  public void addSheet(String sheetName, List<String> header) {
    sheet = workbook.createSheet(sheetName);
    nextRow = 0;
    SXSSFRow row = sheet.createRow(nextRow++);
    for (int i = 0; i < header.size(); i++) {
      Cell cell = row.createCell(i);
      setText(cell, header.get(i));
      cell.setCellStyle(bold);
      setColumnWidth(i, Math.max(10, displayWidth(header.get(i)) + 2));
    }
    sheet.createFreezePane(0, 1);
  }

  /** Column {@code column}'s width in characters (a Chinese character counts two). */
  public void setColumnWidth(int column, int chars) {
    sheet.setColumnWidth(column, Math.min(255, chars) * 256);
  }

  /** Appends one row; {@code null} leaves a cell empty, an unknown type is written as its text. */
  public void writeRow(List<?> values) {
    SXSSFRow row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      if (v != null) {
        write(row.createCell(i), v);
      }
    }
  }

  private void write(Cell cell, Object v) {
    if (v instanceof LocalDateTime t) {
      cell.setCellValue(t);
      cell.setCellStyle(dateTime);
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (v instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (v instanceof Number n && isExact(n)) {
      cell.setCellValue(n.doubleValue());
    } else {
      String text = v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
      setText(cell, text);
    }
  }

  private void setText(Cell cell, String text) {
    if (text.length() > MAX_TEXT) {
      throw new SuijiException("xlsx.error.tooLarge", String.valueOf(target.getFileName()),
          Messages.msg("xlsx.reason.cellTooLong", String.valueOf(MAX_TEXT)));
    }
    cell.setCellValue(text);
    if (Injection.isRisky(text)) {
      cell.setCellStyle(quoted);
    }
  }

  /** A number Excel can hold exactly (doubles up to 15 significant digits). */
  private static boolean isExact(Number n) {
    if (n instanceof Double || n instanceof Float) {
      return Double.isFinite(n.doubleValue());
    }
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof BigInteger) {
      return n.toString().replace("-", "").length() <= MAX_EXACT_DIGITS;
    }
    if (n instanceof BigDecimal d) {
      return d.precision() <= MAX_EXACT_DIGITS;
    }
    return false;
  }

  private static int displayWidth(String s) {
    return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
  }

  /** Gives up the file (cancel, or a failure while writing rows): removes the temp files, writes nothing. */
  public void discard() {
    if (closed) {
      return;
    }
    closed = true;
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }

  /** Writes the file and removes the temp files; an unclosed writer leaves no file behind. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        workbook.write(out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", String.valueOf(target.getFileName()), XlsxErrors.reason(e));
    } finally {
      workbook.dispose();
      try {
        workbook.close();
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }
}
