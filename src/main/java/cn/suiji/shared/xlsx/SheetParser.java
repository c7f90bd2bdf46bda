package cn.suiji.shared.xlsx;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part: turns {@code <row>}/{@code <c>} elements into
 * {@link Row}s of clerk-readable text and hands the non-blank ones on. Written instead of
 * POI's {@code XSSFSheetXMLHandler} because that one formats General numbers through
 * {@code DataFormatter} ({@code 1.10108E+14}) and builds a cell reference string per cell;
 * this one is about twice as fast on a million rows (see docs/decisions/0007-spreadsheets.md).
 */
final class SheetParser extends DefaultHandler {
  /** Excel's last column is XFD; anything further right is ignored. */
  static final int MAX_COLUMNS = 16_384;

  /** Thrown when the row handler asks to stop; no stack trace, it is not an error. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stopped by the row handler", null, false, false);
    }
  }

  /**
   * A cell holds more text than {@code maxCellChars} (Excel's own limit is 32,767): refused
   * naming the cell, never cut short, since a cut name or address would be imported as if whole.
   */
  static final class CellTooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int row;
    final String column;
    final int limit;

    CellTooLong(int row, int column, int limit) {
      super("cell " + columnName(column) + row + " > " + limit + " characters", null, false, false);
      this.row = row;
      this.column = columnName(column);
      this.limit = limit;
    }
  }

  /**
   * Raw characters kept of one cell: enough for the longest allowed text even when every
   * character is written as an {@code _xHHHH_} escape, and one more; the rest of a longer cell
   * is read past (the zip layer's ratio check stops a cell that never ends).
   */
  static int rawLimit(int maxCellChars) {
    return maxCellChars * 7 + 1;
  }

  private final @Nullable SharedStrings strings;
  private final StyleFormats styles;
  private final boolean date1904;
  private final int maxCellChars;
  private final RowHandler handler;

  private String[] cells = new String[32];
  private int width;
  private boolean blank = true;
  private int rowNumber;
  private int lastRow;
  private int column;
  private int lastColumn = -1;
  private String type = "n";
  private int style;
  private final StringBuilder value = new StringBuilder();
  private boolean collecting;
  private boolean inInline;
  private int phoneticDepth;

  SheetParser(@Nullable SharedStrings strings, StyleFormats styles, boolean date1904, int maxCellChars, RowHandler handler) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.maxCellChars = maxCellChars;
    this.handler = handler;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    switch (localName) {
      case "row" -> {
        String r = atts.getValue("r");
        rowNumber = r == null ? lastRow + 1 : parsePositive(r, lastRow + 1);
        width = 0;
        blank = true;
        lastColumn = -1;
      }
      case "c" -> {
        String r = atts.getValue("r");
        column = r == null ? lastColumn + 1 : columnOf(r, lastColumn + 1);
        String t = atts.getValue("t");
        type = t == null ? "n" : t;
        String s = atts.getValue("s");
        style = s == null ? 0 : parsePositive(s, 0);
        value.setLength(0);
      }
      case "v" -> collecting = true;
      case "is" -> inInline = true;
      case "rPh" -> phoneticDepth++;
      case "t" -> collecting = inInline && phoneticDepth == 0;
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    int room = rawLimit(maxCellChars) - value.length();
    if (collecting && room > 0) {
      value.append(ch, start, Math.min(length, room));
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (localName) {
      case "v", "t" -> collecting = false;
      case "is" -> inInline = false;
      case "rPh" -> phoneticDepth--;
      case "c" -> endCell();
      case "row" -> endRow();
      default -> { }
    }
  }

  private void endCell() throws SAXException {
    lastColumn = column;
    if (column >= MAX_COLUMNS || value.length() == 0) {
      return;
    }
    String text = text();
    if (text.length() > maxCellChars) {
      throw new CellTooLong(rowNumber, column, maxCellChars);
    }
    if (text.isEmpty()) {
      return;
    }
    if (column >= cells.length) {
      cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
    }
    for (int i = width; i < column; i++) {
      cells[i] = "";
    }
    cells[column] = text;
    width = Math.max(width, column + 1);
    if (blank && !Cells.text(text).isEmpty()) {
      blank = false;
    }
  }

  private String text() throws SAXException {
    String raw = value.toString();
    switch (type) {
      case "s":
        if (strings == null) {
          throw new SAXException("shared string without a shared-strings part");
        }
        try {
          return strings.get(Integer.parseInt(raw.trim()));
        } catch (IllegalArgumentException e) {
          throw new SAXException("bad shared string index " + raw, e);
        }
      case "inlineStr", "str":
        return SharedStrings.unescape(raw);
      case "b":
        return "1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()) ? "TRUE" : "FALSE";
      case "e":
        return raw;
      case "d":
        return isoDate(raw.trim());
      default:
        return NumericText.format(raw, styles.kind(style), date1904);
    }
  }

  private void endRow() {
    lastRow = rowNumber;
    if (blank) {
      return;
    }
    for (int i = 0; i < width; i++) {
      if (cells[i] == null) {
        cells[i] = "";
      }
    }
    List<String> row = List.of(Arrays.copyOf(cells, width));
    Arrays.fill(cells, 0, width, null);
    if (!handler.row(new Row(rowNumber, row))) {
      throw new Stop();
    }
  }

  /** A {@code t="d"} cell holds ISO 8601 text: keep the date, and the time if it is not midnight. */
  private static String isoDate(String iso) {
    String s = iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso;
    int t = s.indexOf('T');
    if (t < 0) {
      return s;
    }
    String time = s.substring(t + 1);
    return time.matches("00:00(:00(\\.0+)?)?") ? s.substring(0, t) : s.substring(0, t) + " " + time;
  }

  /** Column index (A = 0) of a reference like {@code AB12}; {@code fallback} if it has no letters. */
  static int columnOf(String ref, int fallback) {
    int col = 0;
    int i = 0;
    for (; i < ref.length() && i < 4; i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return i == 0 ? fallback : col - 1;
  }

  /** The letters of column {@code index} (A = 0): A, Z, AA, XFD. */
  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }

  private static int parsePositive(String s, int fallback) {
    try {
      int n = Integer.parseInt(s.trim());
      return n >= 0 ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
