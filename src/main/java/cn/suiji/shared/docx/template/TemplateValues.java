package cn.suiji.shared.docx.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one document fills its template with: single values by name and lists of elements, each
 * element its fields by name. A name the template uses but the values lack prints empty.
 */
public final class TemplateValues {
  private final Map<String, String> scalars = new LinkedHashMap<>();
  private final Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();

  public TemplateValues put(String name, String value) {
    scalars.put(name, value);
    return this;
  }

  /** Adds an element to {@code list}: field, value, field, value … */
  public TemplateValues add(String list, String... fieldsAndValues) {
    Map<String, String> element = new LinkedHashMap<>();
    for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
      element.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    lists.computeIfAbsent(list, k -> new ArrayList<>()).add(element);
    return this;
  }

  /** Declares {@code list} (possibly empty), so that a section on it is known to be empty. */
  public TemplateValues list(String list) {
    lists.computeIfAbsent(list, k -> new ArrayList<>());
    return this;
  }

  public String scalar(String name) {
    return scalars.getOrDefault(name, "");
  }

  public List<Map<String, String>> elements(String list) {
    return lists.getOrDefault(list, List.of());
  }

  public Map<String, String> scalars() {
    return java.util.Collections.unmodifiableMap(scalars);
  }

  public Map<String, List<Map<String, String>>> lists() {
    return java.util.Collections.unmodifiableMap(lists);
  }
}
