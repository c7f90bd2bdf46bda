package cn.suiji.shared.time;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The small part of RFC 4180 the calendar file needs: one record per line, fields split at
 * commas, a field in double quotes may hold commas and doubled quotes ({@code ""}). Spreadsheet
 * programs quote a field only when it needs it, and so does {@link #quote}.
 */
final class CsvFields {
  private CsvFields() {}

  /** The fields of {@code line}, unquoted, not stripped; {@code null} if a quote is not closed. */
  static @Nullable List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    fields.add(field.toString());
    return fields;
  }

  /** {@code text} as one field: in double quotes if it holds a comma or a quote. */
  static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
