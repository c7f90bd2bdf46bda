package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.shared.Progress;
import cn.suiji.shared.outbox.OutboxKind;
import cn.suiji.shared.xlsx.TextWorkbookWriter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's batch-import workbook (way 1, docs/exchange-workbook.md): one sheet per kind,
 * its columns and headers from the county's {@link WorkbookMapping}, one row per entry — a draw
 * one row per drawn target, a plan one row per task — each carrying the entry's id (the
 * idempotency key the feedback sheet answers). Every cell is text (codes keep their zeros; a
 * text starting with {@code = + - @} is quote-prefixed, never a formula). Written as its XML
 * straight away ({@link TextWorkbookWriter}: the sheets fill side by side as the entries come,
 * oldest first, each deflated into a temp file once), as {@code .part}, forced, then renamed: a
 * workbook under its name is whole. The package and {@code exchange workbook} share this writer.
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
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(part);
      throw e.getCause();
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
   * ZIP. Each sheet's XML is deflated into a temp file as the rows come ({@link TextWorkbookWriter});
   * {@link #close} removes them.
   */
  public static final class Builder implements AutoCloseable {
    private final TextWorkbookWriter book;
    private final Map<OutboxKind, Integer> index = new EnumMap<>(OutboxKind.class);
    private final Map<OutboxKind, List<String>> fields = new EnumMap<>(OutboxKind.class);
    private final Map<OutboxKind, Integer> rows = new EnumMap<>(OutboxKind.class);
    private final DrawRows draws;

    public Builder(WorkbookMapping mapping, DrawRows draws) throws IOException {
      List<TextWorkbookWriter.SheetSpec> specs = new ArrayList<>();
      for (Map.Entry<OutboxKind, WorkbookMapping.Sheet> s : mapping.sheets().entrySet()) {
        index.put(s.getKey(), specs.size());
        fields.put(s.getKey(), s.getValue().columns().stream().map(WorkbookMapping.Column::field).toList());
        rows.put(s.getKey(), 0);
        specs.add(TextWorkbookWriter.SheetSpec.of(s.getValue().name(),
            s.getValue().columns().stream().map(WorkbookMapping.Column::header).toList()));
      }
      this.book = new TextWorkbookWriter(specs);
      this.draws = draws;
    }

    /** Adds the entry's rows to its kind's sheet; an I/O failure of the temp file comes as {@link UncheckedIOException}. */
    public void add(OutboxEntry e) {
      Integer sheet = index.get(e.kind());
      if (sheet == null) {
        throw new IllegalStateException("no sheet for " + e.kind());
      }
      List<String> cols = fields.get(e.kind());
      List<String> values = new ArrayList<>(cols.size());
      try {
        for (Map<String, String> row : PlatformWorkbook.rows(e, draws)) {
          values.clear();
          for (String field : cols) {
            values.add(row.get(field));
          }
          book.row(sheet, values);
          rows.merge(e.kind(), 1, Integer::sum);
        }
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }

    /** Rows written per kind so far. */
    public Map<OutboxKind, Integer> rows() {
      return new EnumMap<>(rows);
    }

    /** Writes the workbook to {@code out}, leaving it open. */
    public void writeTo(OutputStream out) throws IOException {
      book.writeTo(out);
    }

    @Override
    public void close() throws IOException {
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

  /**
   * The rows an entry makes, each a map from field to text: the entry's own fields and the
   * payload's top-level values (an array of values joined with 、; objects and arrays of objects
   * left out), then per drawn target (a draw) or per task (a plan) one row with its fields added.
   * The payload is read as a stream; only its arrays become trees.
   */
  static List<Map<String, String>> rows(OutboxEntry e, DrawRows draws) {
    Map<String, String> top = new LinkedHashMap<>();
    top.put("id", e.key());
    top.put("kind", e.kind().name());
    top.put("subject", e.subject());
    top.put("sha256", e.sha256());
    top.put("createdAt", e.createdAt().toString());
    JsonNode tasks = null;
    long draw = 0;
    try (JsonParser p = JSON.getFactory().createParser(e.payload())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("payload of " + e.key() + " is not an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          p.skipChildren();
        } else if (t == JsonToken.START_ARRAY) {
          JsonNode array = JSON.readTree(p);
          if (name.equals("tasks")) {
            tasks = array;
          }
          if (!(array.size() > 0 && array.get(0).isObject())) {
            top.put(name, text(array));
          }
        } else {
          String v = scalar(p, t);
          top.put(name, v);
          if (name.equals("draw")) {
            draw = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : asLong(v);
          }
        }
      }
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    List<Map<String, String>> out = new ArrayList<>();
    if (e.kind() == OutboxKind.DRAW) {
      for (Map<String, String> t : draws.rows(draw)) {
        Map<String, String> row = new LinkedHashMap<>(top);
        row.putAll(t);
        out.add(row);
      }
    } else if (e.kind() == OutboxKind.PLAN && tasks != null && tasks.size() > 0) {
      for (JsonNode t : tasks) {
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

  private static long asLong(String v) {
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException x) {
      return 0;
    }
  }

  /** A scalar's text as {@link JsonNode#asText} gives it (null as empty). */
  private static String scalar(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_NULL -> "";
      case VALUE_NUMBER_FLOAT -> p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
          ? p.getDecimalValue().toString() : String.valueOf(p.getDoubleValue());
      case VALUE_NUMBER_INT -> p.getNumberValue().toString();
      default -> p.getText();
    };
  }

  private static String text(JsonNode v) {
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(text(x)));
      return String.join(LIST_SEPARATOR, parts);
    }
    return v.isNull() ? "" : v.asText();
  }
}
