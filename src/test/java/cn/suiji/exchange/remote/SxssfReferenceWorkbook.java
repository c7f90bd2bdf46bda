package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.shared.outbox.OutboxKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * The import workbook as it was written up to 2d9e47c, through POI's SXSSF (payloads read as
 * trees, one cell object per value): kept in test scope only as the reference the hand-written
 * XML of {@link PlatformWorkbook} must read back equal to (ADR 0037, addendum).
 */
final class SxssfReferenceWorkbook {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LIST_SEPARATOR = "、";

  private SxssfReferenceWorkbook() {}

  static void write(OutputStream out, WorkbookMapping mapping, List<OutboxEntry> entries,
      PlatformWorkbook.DrawRows draws) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, false, false)) {
      Sheets sheets = new Sheets(book, mapping);
      for (OutboxEntry e : entries) {
        sheets.add(e, draws);
      }
      book.write(out);
      book.dispose();
    }
  }

  /** The rows an entry makes, each a map from field to text. */
  static List<Map<String, String>> rows(OutboxEntry e, PlatformWorkbook.DrawRows draws) {
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

    void add(OutboxEntry e, PlatformWorkbook.DrawRows draws) {
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
}
