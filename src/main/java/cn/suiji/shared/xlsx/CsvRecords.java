package cn.suiji.shared.xlsx;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: fields split at the delimiter (a comma, or a tab
 * when the first line has tabs and no commas), double-quoted fields may hold delimiters,
 * line breaks and doubled quotes; CRLF, LF and CR all end a record. Record {@code n} is
 * numbered {@code n}, blank records counted but not delivered, as Excel would show the file.
 * A cell beyond the limit is refused naming its row and column, a record of more than Excel's
 * 16,384 columns as too large, and a quote that is never closed naming the row where it opened:
 * nothing is delivered cut short or run together.
 */
final class CsvRecords {
  private final Reader in;
  private final String fileName;
  private final int maxCellChars;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int len;
  private char delimiter = 0;
  private int number;
  private final StringBuilder field = new StringBuilder();
  private final List<String> fields = new ArrayList<>();

  CsvRecords(Reader in, String fileName, int maxCellChars) {
    this.in = in;
    this.fileName = fileName;
    this.maxCellChars = maxCellChars;
  }

  /** Delivers every non-blank record until the end or until {@code handler} returns false. */
  void forEach(RowHandler handler) throws IOException {
    while (next()) {
      if (!Row.isBlank(fields) && !handler.row(new Row(number, fields))) {
        return;
      }
    }
  }

  /** Reads one record into {@link #fields}; false at the end of the input. */
  private boolean next() throws IOException {
    fields.clear();
    field.setLength(0);
    int c = read();
    if (c < 0) {
      return false;
    }
    number++;
    if (delimiter == 0) {
      delimiter = sniffDelimiter();
    }
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new SuijiException("xlsx.error.unclosedQuote", fileName, number, SheetParser.columnName(fields.size()));
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            append('"');
          } else {
            quoted = false;
          }
        } else {
          append((char) c);
        }
      } else if (c < 0 || c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        break;
      } else if (c == delimiter) {
        if (fields.size() >= SheetParser.MAX_COLUMNS) {
          throw new SuijiException("xlsx.error.tooManyColumns", fileName, number, SheetParser.MAX_COLUMNS);
        }
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else {
        append((char) c);
      }
      c = read();
    }
    fields.add(field.toString());
    return true;
  }

  private void append(char c) {
    if (field.length() >= maxCellChars) {
      throw new SuijiException("xlsx.error.cellTooLong", fileName, number, SheetParser.columnName(fields.size()), maxCellChars);
    }
    field.append(c);
  }

  /** Tab if the buffered first line has a tab and no comma; a comma otherwise. */
  private char sniffDelimiter() {
    boolean tab = false;
    for (int i = pos - 1; i < len; i++) {
      char c = buf[i];
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c == ',') {
        return ',';
      }
      tab |= c == '\t';
    }
    return tab ? '\t' : ',';
  }

  private int read() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }
}
