package cn.suiji.admin.ui;

import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.l10n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Puts an audit entry in the clerk's words: the action's name, a one-line summary read from the
 * detail the code writes today ({@code "f.xlsx read=2000 created=2000 …"}, {@code "task=… attempt=…"},
 * a record's {@code toString()}), and a record's fields by name. What it does not recognise it
 * shows as stored; it never throws on an entry, since the log keeps entries written by older
 * versions too. For the audit log screen; holds no state beyond the bundle.
 */
public final class AuditText {
  /** {@code key=value} pairs: a value runs to the next {@code " key="} or the end. */
  private static final Pattern PAIR = Pattern.compile("(?:^|\\s)([A-Za-z]+)=");
  private static final Pattern RECORD = Pattern.compile("^([A-Z][A-Za-z]*)\\[(.*)\\]$", Pattern.DOTALL);
  /** {@code Inspector.toString()} lists values without names (it masks the ID number). */
  private static final List<String> INSPECTOR_FIELDS =
      List.of("key", "departmentCode", "name", "idNumber", "certNo", "certExpiry", "status");
  /** Field names of the records the services log, with their bundle keys. */
  private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
      Map.entry("id", "audit.field.id"), Map.entry("code", "audit.field.code"), Map.entry("name", "audit.field.name"),
      Map.entry("key", "audit.field.key"), Map.entry("docPrefix", "audit.field.docPrefix"),
      Map.entry("sortOrder", "audit.field.sortOrder"), Map.entry("active", "audit.field.active"),
      Map.entry("departmentCode", "audit.field.department"), Map.entry("departmentName", "audit.field.department"),
      Map.entry("status", "audit.field.status"), Map.entry("idNumber", "audit.field.idNumber"),
      Map.entry("certNo", "audit.field.certNo"), Map.entry("certExpiry", "audit.field.certExpiry"),
      Map.entry("objectKey", "audit.field.key"), Map.entry("uscc", "audit.field.uscc"),
      Map.entry("regNo", "audit.field.regNo"), Map.entry("kind", "audit.field.kind"),
      Map.entry("legalRep", "audit.field.legalRep"), Map.entry("address", "audit.field.address"),
      Map.entry("township", "audit.field.township"), Map.entry("phone", "audit.field.phone"),
      Map.entry("riskClass", "audit.field.riskClass"), Map.entry("inspectorName", "audit.field.inspector"),
      Map.entry("targetName", "audit.field.target"), Map.entry("targetCode", "audit.field.targetCode"),
      Map.entry("reason", "audit.field.reason"), Map.entry("note", "audit.field.note"),
      Map.entry("source", "audit.field.source"));

  /** The settings the log names ({@code setting.set} of {@code county.name} → 修改设置：本县名称). */
  private static final java.util.Set<String> SETTING_KEYS = java.util.Set.of("audit.setting.county.name",
      "audit.setting.user.name", "audit.setting.setup.done", "audit.setting.ui.font", "audit.setting.operators",
      "audit.setting.operator.current");

  /**
   * The draw's names: DrawService passes its entity as a constant, so the bundle check cannot
   * read them off its calls; listed here, where they are shown.
   */
  static final List<String> DRAW_KEYS = List.of("audit.action.DRAW_OPEN", "audit.action.DRAW_PERFORM",
      "audit.action.DRAW_INFEASIBLE", "audit.action.DRAW_CONFIRM", "audit.action.DRAW_VOID", "audit.entity.draw");

  private final Messages messages;
  /** Enum constants as the bundle names them ({@code ON_DUTY} → 在岗), where the name is unambiguous. */
  private final Map<String, String> constants = new HashMap<>();

  public AuditText(Messages messages) {
    this.messages = messages;
    Map<String, Integer> seen = new HashMap<>();
    for (String key : messages.bundle().keySet()) {
      if (key.startsWith("enum.")) {
        String constant = key.substring(key.lastIndexOf('.') + 1);
        if (seen.merge(constant, 1, Integer::sum) == 1) {
          constants.put(constant, messages.get(key));
        } else {
          constants.remove(constant);
        }
      }
    }
  }

  /** The action's name ({@code DRAW_CONFIRM} → 确认抽取结果), or its code when it has none. */
  public String action(String code) {
    return messages.getOrDefault(AuditLogViewModel.ACTION_PREFIX + code, code);
  }

  /** The kind of object's name ({@code draw} → 抽取), or its code. */
  public String entity(String code) {
    return messages.getOrDefault(AuditLogViewModel.ENTITY_PREFIX + code, code);
  }

  /** One line saying what happened, in the clerk's words; the stored detail when it is not recognised. */
  public String summary(AuditEntry e) {
    try {
      String s = known(e);
      if (s != null) {
        return s;
      }
    } catch (RuntimeException unreadable) {
      // an older or unexpected detail: shown as stored below
    }
    return plain(e);
  }

  private @Nullable String known(AuditEntry e) {
    String action = action(e.action());
    String id = e.entityId() == null ? "" : e.entityId();
    String detail = e.detail() == null ? "" : e.detail();
    Map<String, String> p = pairs(detail);
    switch (e.action()) {
      case "target.import", "item.import", "inspector.import", "recusal.import", "task.import":
        if (!p.containsKey("read")) {
          return null;
        }
        return messages.get("audit.summary.import", action, p.get("read"), p.get("created"), p.get("updated"),
            p.getOrDefault("duplicates", "0"), p.getOrDefault("rejected", "0"), head(detail));
      case "DRAW_OPEN":
        return p.containsKey("task") ? messages.get("audit.summary.drawOpen", p.get("attempt"), p.get("task"),
            p.get("pool"), p.get("k"), p.get("commitment"))
            + (p.containsKey("lateReason") ? messages.get("audit.summary.late", p.get("lateReason")) : "") : null;
      case "DRAW_PERFORM":
        return p.containsKey("task") ? messages.get("audit.summary.drawPerform", p.get("attempt"), p.get("task"),
            String.join("、", p.getOrDefault("witnesses", "").split(",")), p.get("code")) : null;
      case "DRAW_INFEASIBLE":
        return p.containsKey("task") ? messages.get("audit.summary.drawInfeasible", p.get("attempt"), p.get("task"),
            p.get("object"), p.get("eligible"), p.get("m")) : null;
      case "DRAW_CONFIRM":
        return p.containsKey("task") ? messages.get("audit.summary.drawConfirm", p.get("attempt"), p.get("task"),
            p.get("inspections"), p.get("code")) : null;
      case "DRAW_VOID":
        return p.containsKey("task") ? messages.get("audit.summary.drawVoid", p.get("attempt"), p.get("task"),
            p.get("reason")) : null;
      case "demo.create":
        return p.containsKey("targets") ? messages.get("audit.summary.demo", p.get("departments"), p.get("items"),
            p.get("targets"), p.get("inspectors"), p.get("plans"), p.get("tasks")) : null;
      case "setting.set":
        String setting = "audit.setting." + id;
        return messages.get("audit.summary.named", action, SETTING_KEYS.contains(setting) ? messages.get(setting) : id);
      case "task.create", "task.update":
        return task(action, detail);
      case "inspector.create", "inspector.update":
        Map<String, String> f = fieldMap(detail);
        return f.containsKey("name") ? messages.get("audit.summary.named", action,
            f.get("name") + "（" + f.getOrDefault("key", id) + "）") : null;
      case "inspector.status":
        String[] change = detail.split(" -> ", 2);
        return change.length == 2 ? messages.get("audit.summary.named", action,
            id + " " + constant(change[0]) + " → " + constant(change[1])) : null;
      case "calendar.seed":
        return messages.get("audit.summary.years", action, id);
      case "target.update":
        return messages.get("audit.summary.named", action, constants(detail));
      default:
        return null;
    }
  }

  /** {@code CODE NAME TYPE ratio=… A..B items=…}: the task's code, name and window. */
  private @Nullable String task(String action, String detail) {
    int ratio = detail.indexOf(" ratio=");
    if (ratio < 0) {
      return null;
    }
    String[] words = detail.substring(0, ratio).split(" ");
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, 1, Math.max(1, words.length - 1)));
    Matcher window = Pattern.compile(" (\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2}) ").matcher(detail);
    String text = words[0] + " " + name;
    return window.find() ? messages.get("audit.summary.task", action, text, window.group(1), window.group(2))
        : messages.get("audit.summary.named", action, text);
  }

  /** The action's name, then the object and the stored detail (a record shown as its fields). */
  private String plain(AuditEntry e) {
    String action = action(e.action());
    List<String> parts = new ArrayList<>();
    if (e.entityId() != null && !e.entityId().isBlank()) {
      parts.add(e.entityId());
    }
    if (e.detail() != null && !e.detail().isBlank()) {
      List<Field> fields = fields(e.detail());
      parts.add(fields.isEmpty() ? e.detail() : join(fields));
    }
    return parts.isEmpty() ? action : messages.get("audit.summary.named", action, String.join(" ", parts));
  }

  /**
   * A record's {@code toString()} ({@code Department[id=1, code=WJJ, …]} or the inspector's
   * unnamed list) as named fields; empty when the text is not such a record.
   */
  public List<Field> fields(@Nullable String text) {
    List<Field> out = new ArrayList<>();
    for (Map.Entry<String, String> f : fieldMap(text).entrySet()) {
      out.add(new Field(label(f.getKey()), constant(f.getValue())));
    }
    return out;
  }

  /** The fields that differ between two states of a record, old → new; the whole value when it is no record. */
  public List<Change> changes(@Nullable String before, @Nullable String after) {
    Map<String, String> old = fieldMap(before);
    Map<String, String> now = fieldMap(after);
    List<Change> out = new ArrayList<>();
    if ((before != null && old.isEmpty()) || (after != null && now.isEmpty())) {
      if (!Objects.equals(before, after)) {
        out.add(new Change(messages.get("audit.detail.value"), show(before), show(after)));
      }
      return out;
    }
    LinkedHashMap<String, String> names = new LinkedHashMap<>();
    old.keySet().forEach(k -> names.put(k, k));
    now.keySet().forEach(k -> names.put(k, k));
    for (String k : names.keySet()) {
      String a = old.get(k);
      String b = now.get(k);
      if (!Objects.equals(a, b)) {
        out.add(new Change(label(k), show(a == null ? null : constant(a)), show(b == null ? null : constant(b))));
      }
    }
    return out;
  }

  private String show(@Nullable String value) {
    return value == null || value.equals("null") ? messages.get("audit.detail.none") : constant(value);
  }

  private static Map<String, String> fieldMap(@Nullable String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null) {
      return out;
    }
    Matcher m = RECORD.matcher(text.strip());
    if (!m.matches()) {
      return out;
    }
    List<String> values = split(m.group(2));
    boolean named = values.stream().allMatch(v -> v.matches("(?s)[^=\\[\\],]+=.*"));
    if (named) {
      for (String v : values) {
        int eq = v.indexOf('=');
        out.put(v.substring(0, eq), v.substring(eq + 1));
      }
    } else if (m.group(1).equals("Inspector") && values.size() == INSPECTOR_FIELDS.size()) {
      for (int i = 0; i < values.size(); i++) {
        out.put(INSPECTOR_FIELDS.get(i), values.get(i));
      }
    }
    return out;
  }

  /** Splits at the commas not inside brackets (a list field reads {@code [A, B]}). */
  private static List<String> split(String inner) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '[' || c == '{' || c == '(') {
        depth++;
      } else if (c == ']' || c == '}' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(inner.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (!inner.isBlank()) {
      out.add(inner.substring(start).strip());
    }
    return out;
  }

  /** {@code key=value} pairs of a detail; a value may hold spaces (a reason, a file name). */
  private static Map<String, String> pairs(String detail) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = PAIR.matcher(detail);
    List<int[]> at = new ArrayList<>();
    while (m.find()) {
      at.add(new int[] {m.start(1), m.end()});
    }
    for (int i = 0; i < at.size(); i++) {
      int end = i + 1 < at.size() ? at.get(i + 1)[0] - 1 : detail.length();
      out.put(detail.substring(at.get(i)[0], at.get(i)[1] - 1), detail.substring(at.get(i)[1], Math.max(end, at.get(i)[1])).strip());
    }
    return out;
  }

  /** The text before the first {@code key=} (an import's file name). */
  private static String head(String detail) {
    Matcher m = PAIR.matcher(detail);
    return m.find() ? detail.substring(0, m.start()).strip() : detail;
  }

  private String label(String field) {
    String key = FIELD_KEYS.get(field);
    return key == null ? field : messages.get(key);
  }

  private String constant(String value) {
    if (value.equals("true") || value.equals("false")) {
      return messages.get(value.equals("true") ? "audit.detail.yes" : "audit.detail.no");
    }
    return constants.getOrDefault(value, value);
  }

  /** Enum names inside free text ({@code … ACTIVE→CANCELLED}) in words. */
  private String constants(String text) {
    Matcher m = Pattern.compile("\\b[A-Z][A-Z_]+\\b").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(constants.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String join(List<Field> fields) {
    List<String> parts = new ArrayList<>();
    for (Field f : fields) {
      parts.add(f.name() + "：" + f.value());
    }
    return String.join("，", parts);
  }

  /** A record's field by its name on screen. */
  public record Field(String name, String value) {}

  /** One changed field: its name, the value before and after. */
  public record Change(String field, String before, String after) {}
}
