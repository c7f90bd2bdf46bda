package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.shared.Progress;
import cn.suiji.shared.outbox.OutboxKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The platform's batch-import workbook (way 1, docs/exchange-workbook.md): one sheet per kind,
 * its columns and headers from the county's {@link WorkbookMapping}, one row per entry — a draw
 * one row per drawn target, a plan one row per task — each carrying the entry's id (the
 * idempotency key the feedback sheet answers). Every cell is text (codes keep their zeros; a
 * text starting with {@code = + - @} is quote-prefixed, never a formula). Written through SXSSF
 * (rows stream to temp files; the sheets fill side by side as the entries come, oldest first),
 * as {@code .part}, forced, then renamed: a workbook under its name is whole.
 */
public final class PlatformWorkbook {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LIST_SEPARATOR = "、";

  /** The rows of a draw's list: per drawn target, its fields (targetUscc, targetName, inspectors…). */
  public interface DrawRows {
    List<Map<String, String>> rows(long drawId);
  }

  /** The workbook written: where, its SHA-256, how many entries and rows of each kind. */
  public record Written(Path file, String sha256, int entries, Map<OutboxKind, Integer> rows) {}

  private PlatformWorkbook() {}

  /** Writes {@code file} from the entries handed over; cancel is looked at every thousand entries. */
  public static Written write(Path file, WorkbookMapping mapping, PackageWriter.Entries entries, DrawRows draws,
      Progress progress) throws IOException {
    Path part = file.resolveSibling(file.getFileName() + ".part");
    MessageDigest digest = sha256();
    try {
      Written w;
      try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16),
          digest)) {
        w = write(out, mapping, entries, draws, progress);
      }
      try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new Written(file, HexFormat.of().formatHex(digest.digest()), w.entries(), w.rows());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
  }

  /** Writes the workbook to {@code out} (left open). */
  public static Written write(OutputStream out, WorkbookMapping mapping, PackageWriter.Entries entries, DrawRows draws,
      Progress progress) throws IOException {
    try (Builder book = new Builder(mapping, draws)) {
      int[] seen = {0};
      int n = entries.each(e -> {
        if (++seen[0] % 1000 == 0) {
          progress.checkCancelled();
        }
        book.add(e);
      });
      book.writeTo(out);
      return new Written(Path.of(""), "", n, book.rows());
    }
  }

  /**
   * A workbook filled one entry at a time and written at the end: the package fills it from the
   * same cursor that writes {@code records.json} (one read of the entries), then puts it in its
   * ZIP. Rows go to SXSSF's temp files as they come; {@link #close} removes them.
   */
  public static final class Builder implements AutoCloseable {
    private final SXSSFWorkbook book = new SXSSFWorkbook(null, 100, false, false);
    private final Sheets sheets;
    private final DrawRows draws;

    public Builder(WorkbookMapping mapping, DrawRows draws) {
      this.sheets = new Sheets(book, mapping);
      this.draws = draws;
    }

    public void add(OutboxEntry e) {
      sheets.add(e, draws);
    }

    /** Rows written per kind so far. */
    public Map<OutboxKind, Integer> rows() {
      return new EnumMap<>(sheets.rows);
    }

    /** Writes the workbook to {@code out}, leaving it open. */
    public void writeTo(OutputStream out) throws IOException {
      book.write(new NoClose(out));
    }

    @Override
    public void close() throws IOException {
      book.dispose();
      book.close();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows an entry makes, each a map from field to text. */
  static List<Map<String, String>> rows(OutboxEntry e, DrawRows draws) {
    JsonNode payload;
    try {
      payload = JSON.readTree(e.payload());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    Map<String, String> top = new LinkedHashMap<>();
    top.put("id", e.key());
    top.put("kind", e.kind().name());
    top.put("subject", e.subject());
    top.put("sha256", e.sha256());
    top.put("createdAt", e.createdAt().toString());
    payload.fields().forEachRemaining(f -> {
      if (!f.getValue().isObject() && !(f.getValue().isArray() && f.getValue().size() > 0
          && f.getValue().get(0).isObject())) {
        top.put(f.getKey(), text(f.getValue()));
      }
    });
    List<Map<String, String>> out = new ArrayList<>();
    if (e.kind() == OutboxKind.DRAW) {
      List<Map<String, String>> targets = draws.rows(payload.path("draw").asLong());
      for (Map<String, String> t : targets) {
        Map<String, String> row = new LinkedHashMap<>(top);
        row.putAll(t);
        out.add(row);
      }
    } else if (e.kind() == OutboxKind.PLAN && payload.path("tasks").isArray() && payload.path("tasks").size() > 0) {
      for (JsonNode t : payload.path("tasks")) {
        Map<String, String> row = new LinkedHashMap<>(top);
        t.fields().forEachRemaining(f -> row.put(f.getKey(), text(f.getValue())));
        out.add(row);
      }
    }
    if (out.isEmpty()) {
      out.add(top);
    }
    return out;
  }

  private static String text(JsonNode v) {
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(text(x)));
      return String.join(LIST_SEPARATOR, parts);
    }
    return v.isNull() ? "" : v.asText();
  }

  /** The open sheets, one per kind, and the next row of each. */
  private static final class Sheets {
    private final WorkbookMapping mapping;
    private final Map<OutboxKind, SXSSFSheet> sheets = new EnumMap<>(OutboxKind.class);
    private final Map<OutboxKind, Integer> next = new EnumMap<>(OutboxKind.class);
    final Map<OutboxKind, Integer> rows = new EnumMap<>(OutboxKind.class);
    private final CellStyle quoted;

    Sheets(SXSSFWorkbook book, WorkbookMapping mapping) {
      this.mapping = mapping;
      quoted = book.createCellStyle();
      quoted.setQuotePrefixed(true);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Map.Entry<OutboxKind, WorkbookMapping.Sheet> s : mapping.sheets().entrySet()) {
        SXSSFSheet sheet = book.createSheet(s.getValue().name());
        SXSSFRow head = sheet.createRow(0);
        List<WorkbookMapping.Column> cols = s.getValue().columns();
        for (int i = 0; i < cols.size(); i++) {
          Cell c = head.createCell(i);
          c.setCellValue(cols.get(i).header());
          c.setCellStyle(bold);
          sheet.setColumnWidth(i, Math.min(255, Math.max(12, width(cols.get(i).header()) + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheets.put(s.getKey(), sheet);
        next.put(s.getKey(), 1);
        rows.put(s.getKey(), 0);
      }
    }

    void add(OutboxEntry e, DrawRows draws) {
      SXSSFSheet sheet = sheets.get(e.kind());
      List<WorkbookMapping.Column> cols = mapping.sheet(e.kind()).columns();
      for (Map<String, String> values : rows(e, draws)) {
        int at = next.merge(e.kind(), 1, Integer::sum) - 1;
        SXSSFRow row = sheet.createRow(at);
        for (int i = 0; i < cols.size(); i++) {
          String v = values.get(cols.get(i).field());
          if (v != null && !v.isEmpty()) {
            Cell c = row.createCell(i);
            c.setCellValue(v.length() > 32_767 ? v.substring(0, 32_767) : v);
            if (risky(v)) {
              c.setCellStyle(quoted);
            }
          }
        }
        rows.merge(e.kind(), 1, Integer::sum);
      }
    }

    private static boolean risky(String v) {
      char c = v.charAt(0);
      return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static int width(String s) {
      return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }
  }

  /** Lets POI close what it thinks is its stream without closing the caller's (a ZIP entry). */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
