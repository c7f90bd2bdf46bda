package cn.suiji.shared.xlsx;

import cn.suiji.shared.SuijiException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a CSV export that Excel on Chinese Windows opens correctly: UTF-8 with a BOM, CRLF,
 * fields quoted when they hold a comma, quote or line break (RFC 4180). A text field starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR is prefixed with {@code '} as OWASP
 * recommends, so no spreadsheet evaluates it; numbers and dates passed as such are not
 * prefixed. The file appears only when {@link #close} succeeds.
 */
public final class CsvWriter implements AutoCloseable {
  private final Path target;
  private final Path partial;
  private final Writer out;
  private boolean closed;

  /** Starts {@code file} with the {@code header} row. */
  public CsvWriter(Path file, List<String> header) {
    target = file;
    partial = file.resolveSibling(file.getFileName() + ".part");
    try {
      out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8));
      out.write('\uFEFF');
    } catch (IOException e) {
      throw error(e);
    }
    writeRow(header);
  }

  /** Appends one record; {@code null} is an empty field. */
  public void writeRow(List<?> values) {
    try {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(values.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw error(e);
    }
  }

  /** One value as a CSV field: made inert if it is risky text, quoted if it needs to be. */
  static String field(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    String text;
    if (value instanceof BigDecimal d) {
      text = d.toPlainString();
    } else if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
      text = String.valueOf(value);
    } else {
      text = Injection.neutralise(String.valueOf(value));
    }
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw error(e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // the move failed as well; the error above says why
      }
    }
  }

  private SuijiException error(IOException e) {
    return new SuijiException(e, "xlsx.error.io", String.valueOf(target.getFileName()), XlsxErrors.reason(e));
  }
}
