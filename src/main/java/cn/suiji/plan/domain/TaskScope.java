package cn.suiji.plan.domain;

import java.util.List;

/**
 * Which targets of the lead department's directory a task draws from, as stored in {@code
 * task.scope_json}: {@code townships} (乡镇 names), {@code industries} (four-digit GB/T 4754
 * codes), {@code kinds} (TargetKind names) and {@code targets} (the object keys of a directed
 * task's named targets: a watch list turned into a task, ADR 0026 addendum). An empty list does
 * not narrow the pool. The JSON
 * is exactly the demo's and the draw's format: one object, members in this order, absent when
 * empty, values in the order given, no white space ({@code {}} is the whole directory).
 * {@link #fromJson} reads it back: the one codec of {@code scope_json} (the plan, the draw and
 * the notices all read it through here).
 */
public record TaskScope(List<String> townships, List<String> industries, List<String> kinds, List<String> targets) {
  public static final TaskScope ALL = new TaskScope(List.of(), List.of(), List.of());
  /** The longest {@code scope_json} the task table holds (V049; about 40,000 named targets). */
  public static final int MAX_JSON = 1_000_000;

  public TaskScope {
    townships = List.copyOf(townships);
    industries = List.copyOf(industries);
    kinds = List.copyOf(kinds);
    targets = List.copyOf(targets);
  }

  public TaskScope(List<String> townships, List<String> industries, List<String> kinds) {
    this(townships, industries, kinds, List.of());
  }

  public boolean isAll() {
    return townships.isEmpty() && industries.isEmpty() && kinds.isEmpty() && targets.isEmpty();
  }

  /**
   * The scope stored in {@code scope_json}: one object whose members are arrays of strings
   * (white space between tokens allowed; members other than the three are passed over).
   *
   * @throws IllegalArgumentException when the text is not such an object
   */
  public static TaskScope fromJson(String json) {
    return new ScopeReader(json).read();
  }

  /** The scope as stored in {@code scope_json}. */
  public String toJson() {
    StringBuilder json = new StringBuilder("{");
    member(json, "townships", townships);
    member(json, "industries", industries);
    member(json, "kinds", kinds);
    member(json, "targets", targets);
    return json.append('}').toString();
  }

  private static void member(StringBuilder json, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    if (json.length() > 1) {
      json.append(',');
    }
    string(json, name);
    json.append(":[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      string(json, values.get(i));
    }
    json.append(']');
  }

  private static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
