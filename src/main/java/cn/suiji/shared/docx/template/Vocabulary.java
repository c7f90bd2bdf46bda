package cn.suiji.shared.docx.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The placeholders a kind of document knows: single values ({@code {{文号}}}), lists whose
 * elements have fields ({@code {{事项.名称}}}), and the placeholders a template must contain —
 * each requirement a set of alternatives, any one of which will do. A template using a name
 * outside the vocabulary, or missing a requirement, is refused with the names.
 */
public final class Vocabulary {
  private final Set<String> scalars;
  private final Map<String, Set<String>> lists;
  private final List<List<String>> required;

  private Vocabulary(Set<String> scalars, Map<String, Set<String>> lists, List<List<String>> required) {
    this.scalars = scalars;
    this.lists = lists;
    this.required = required;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The single values' names, in the order they were declared. */
  public Set<String> scalars() {
    return scalars;
  }

  /** List name → its elements' field names. */
  public Map<String, Set<String>> lists() {
    return lists;
  }

  /** Each requirement's alternatives, as placeholder names ({@code 文号}, {@code 事项.名称}). */
  public List<List<String>> required() {
    return required;
  }

  /** Whether {@code name} is a single value or a list field ({@code 列表.字段}). */
  public boolean knows(String name) {
    int dot = name.indexOf('.');
    if (dot < 0) {
      return scalars.contains(name);
    }
    Set<String> fields = lists.get(name.substring(0, dot));
    return fields != null && fields.contains(name.substring(dot + 1));
  }

  /** Whether {@code name} is a list's name (for the section markers {@code {{#列表}}}). */
  public boolean isList(String name) {
    return lists.containsKey(name);
  }

  /** Every placeholder the vocabulary knows, single values first, as written in a template. */
  public List<String> all() {
    List<String> out = new ArrayList<>(scalars);
    lists.forEach((list, fields) -> fields.forEach(f -> out.add(list + "." + f)));
    return out;
  }

  /** Builds a vocabulary. */
  public static final class Builder {
    private final Set<String> scalars = new LinkedHashSet<>();
    private final Map<String, Set<String>> lists = new LinkedHashMap<>();
    private final List<List<String>> required = new ArrayList<>();

    public Builder scalar(String... names) {
      scalars.addAll(List.of(names));
      return this;
    }

    public Builder list(String name, String... fields) {
      lists.put(name, new LinkedHashSet<>(List.of(fields)));
      return this;
    }

    /** A placeholder the template must contain: any one of {@code alternatives}. */
    public Builder require(String... alternatives) {
      required.add(List.of(alternatives));
      return this;
    }

    public Vocabulary build() {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      lists.forEach((k, v) -> copy.put(k, Set.copyOf(new LinkedHashSet<>(v))));
      return new Vocabulary(java.util.Collections.unmodifiableSet(new LinkedHashSet<>(scalars)),
          java.util.Collections.unmodifiableMap(copy), List.copyOf(required));
    }
  }
}
