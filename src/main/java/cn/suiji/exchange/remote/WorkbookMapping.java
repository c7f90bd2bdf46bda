package cn.suiji.exchange.remote;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.outbox.OutboxKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of the platform's batch-import workbook and of its feedback sheet, as the county
 * keeps them in a mapping file (docs/exchange-workbook.md): one {@code key = value} a line, in
 * UTF-8, {@code #} starting a comment. The province's template differs between provinces and
 * versions, so the county edits the headers and their order; the field names are this
 * application's and are checked here, each mistake named by its line.
 *
 * <pre>
 * draw.sheet = 抽查名单                 the sheet of a kind (draw, result, publication, plan)
 * draw.column.统一社会信用代码 = targetUscc   a column: its header, then the field it shows
 * feedback.column.数据标识 = id          the feedback sheet's columns: id, outcome, reason
 * feedback.success = 成功, 通过          the outcome texts meaning accepted (and feedback.failure)
 * </pre>
 */
public final class WorkbookMapping {
  /** The file beside the data file that the county edits; the default below when it is missing. */
  public static final String FILE_SUFFIX = ".workbook.properties";
  static final String DEFAULT = "workbook-default.properties";
  private static final Set<String> COMMON = Set.of("id", "kind", "subject", "sha256", "createdAt");
  private static final Map<OutboxKind, Set<String>> FIELDS = new EnumMap<>(Map.of(
      OutboxKind.DRAW, Set.of("task", "draw", "attempt", "verificationCode", "recordSha256", "target", "targetUscc",
          "targetName", "inspectors", "inspectorCerts"),
      OutboxKind.RESULT, Set.of("task", "department", "target", "targetName", "inspection", "version", "formedOn",
          "codes", "methods", "corrects"),
      OutboxKind.PUBLICATION, Set.of("task", "target", "inspection", "result", "publishedOn", "dueOn", "reviewedBy",
          "reviewedOn"),
      OutboxKind.PLAN, Set.of("plan", "planCode", "department", "year", "title", "filedOn", "publishedOn", "task",
          "taskName", "taskType", "provinceNumber")));
  private static final Set<String> FEEDBACK_FIELDS = Set.of("id", "outcome", "reason");

  /** A column: the header the platform expects and the field it shows. */
  public record Column(String header, String field) {}

  /** One kind's sheet. */
  public record Sheet(String name, List<Column> columns) {
    public Sheet {
      columns = List.copyOf(columns);
    }
  }

  /** The feedback sheet: the header of each field (id, outcome, reason) and the outcome texts. */
  public record Feedback(Map<String, String> headers, List<String> success, List<String> failure) {
    public Feedback {
      headers = Map.copyOf(headers);
      success = List.copyOf(success);
      failure = List.copyOf(failure);
    }
  }

  private final Map<OutboxKind, Sheet> sheets;
  private final Feedback feedback;
  private final String source;

  private WorkbookMapping(Map<OutboxKind, Sheet> sheets, Feedback feedback, String source) {
    this.sheets = sheets;
    this.feedback = feedback;
    this.source = source;
  }

  /** The sheet of each kind, in the order of {@link OutboxKind}. */
  public Map<OutboxKind, Sheet> sheets() {
    return sheets;
  }

  public Sheet sheet(OutboxKind kind) {
    return sheets.get(kind);
  }

  public Feedback feedback() {
    return feedback;
  }

  /** Where the mapping came from (the file's name, or the default), for messages. */
  public String source() {
    return source;
  }

  /** The default mapping (the one docs/exchange-workbook.md prints). */
  public static WorkbookMapping standard() {
    try (InputStream in = WorkbookMapping.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The county's file when it exists, else the default. */
  public static WorkbookMapping at(Path file) {
    if (!Files.isRegularFile(file)) {
      return standard();
    }
    String name = String.valueOf(file.getFileName());
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return parse(text, name);
    } catch (CharacterCodingException e) {
      throw new SuijiException(e, "exchange.mapping.notUtf8", name);
    } catch (IOException e) {
      throw new SuijiException(e, "exchange.mapping.unreadable", name, e.getMessage());
    }
  }

  /**
   * Reads a mapping; every line is checked, the first mistake is reported with its line number.
   *
   * @throws SuijiException {@code exchange.mapping.*}
   */
  public static WorkbookMapping parse(String text, String source) {
    Map<OutboxKind, String> names = new EnumMap<>(OutboxKind.class);
    Map<OutboxKind, List<Column>> columns = new EnumMap<>(OutboxKind.class);
    Map<String, String> feedbackHeaders = new LinkedHashMap<>();
    List<String> success = new ArrayList<>();
    List<String> failure = new ArrayList<>();
    String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n", -1) : text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int no = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new SuijiException("exchange.mapping.noEquals", source, no, line);
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (value.isEmpty()) {
        throw new SuijiException("exchange.mapping.empty", source, no, key);
      }
      int dot = key.indexOf('.');
      String part = dot < 0 ? key : key.substring(0, dot);
      String rest = dot < 0 ? "" : key.substring(dot + 1);
      if (part.equals("feedback")) {
        if (rest.equals("success")) {
          success.addAll(words(value));
        } else if (rest.equals("failure")) {
          failure.addAll(words(value));
        } else if (rest.startsWith("column.") && rest.length() > "column.".length()) {
          if (!FEEDBACK_FIELDS.contains(value)) {
            throw new SuijiException("exchange.mapping.unknownField", source, no, value, String.join(", ", sorted(FEEDBACK_FIELDS)));
          }
          if (feedbackHeaders.putIfAbsent(value, rest.substring("column.".length()).strip()) != null) {
            throw new SuijiException("exchange.mapping.twice", source, no, value);
          }
        } else {
          throw new SuijiException("exchange.mapping.unknownKey", source, no, key);
        }
        continue;
      }
      OutboxKind kind = kind(part);
      if (kind == null) {
        throw new SuijiException("exchange.mapping.unknownKey", source, no, key);
      }
      if (rest.equals("sheet")) {
        names.put(kind, value);
      } else if (rest.startsWith("column.") && rest.length() > "column.".length()) {
        if (!COMMON.contains(value) && !FIELDS.get(kind).contains(value)) {
          throw new SuijiException("exchange.mapping.unknownField", source, no, value, String.join(", ", fields(kind)));
        }
        columns.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Column(rest.substring("column.".length()).strip(), value));
      } else {
        throw new SuijiException("exchange.mapping.unknownKey", source, no, key);
      }
    }
    Map<OutboxKind, Sheet> sheets = new EnumMap<>(OutboxKind.class);
    for (OutboxKind kind : OutboxKind.values()) {
      List<Column> cols = columns.getOrDefault(kind, List.of());
      if (cols.stream().noneMatch(c -> c.field().equals("id"))) {
        throw new SuijiException("exchange.mapping.noId", source, kind.name().toLowerCase(Locale.ROOT));
      }
      sheets.put(kind, new Sheet(names.getOrDefault(kind, kind.name()), cols));
    }
    for (String f : List.of("id", "outcome")) {
      if (!feedbackHeaders.containsKey(f)) {
        throw new SuijiException("exchange.mapping.noFeedback", source, f);
      }
    }
    if (success.isEmpty()) {
      throw new SuijiException("exchange.mapping.noFeedback", source, "success");
    }
    return new WorkbookMapping(sheets, new Feedback(feedbackHeaders, success, failure), source);
  }

  /** The field names a kind's columns may show, sorted (for the message naming a wrong one). */
  static List<String> fields(OutboxKind kind) {
    List<String> all = new ArrayList<>(COMMON);
    all.addAll(FIELDS.get(kind));
    return sorted(all);
  }

  private static List<String> sorted(java.util.Collection<String> names) {
    return names.stream().sorted().toList();
  }

  private static List<String> words(String value) {
    List<String> out = new ArrayList<>();
    for (String w : value.split("[,，、]")) {
      if (!w.isBlank()) {
        out.add(w.strip());
      }
    }
    return out;
  }

  private static @org.jspecify.annotations.Nullable OutboxKind kind(String part) {
    for (OutboxKind k : OutboxKind.values()) {
      if (k.name().toLowerCase(Locale.ROOT).equals(part)) {
        return k;
      }
    }
    return null;
  }
}
