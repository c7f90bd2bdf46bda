package cn.suiji.plan.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The item list's 抽查频次 (times per year) against the tasks of a year: an item named by more
 * of the year's tasks than its frequency allows is worth a warning — not a refusal, the clerk
 * may have a reason (a complaint, a special campaign) — for the task editor to show.
 */
public final class ItemFrequency {
  private ItemFrequency() {}

  /** An item the year's tasks (the one edited included) name more often than its frequency. */
  public record Warning(String itemCode, String itemName, int perYear, int tasks, List<String> taskCodes) {
    public Warning {
      taskCodes = List.copyOf(taskCodes);
    }
  }

  /**
   * The warnings for a task {@code taskCode} (null or blank: a new task) naming {@code itemCodes},
   * given each item's frequency (items without one are not checked) and the codes of the year's
   * other tasks naming each item ({@code tasksByItem}, cancelled tasks left out by the caller).
   */
  public static List<Warning> check(@Nullable String taskCode, Collection<String> itemCodes,
      Map<String, Integer> perYear, Map<String, List<String>> tasksByItem, Map<String, String> itemNames) {
    List<Warning> out = new ArrayList<>();
    for (String item : new LinkedHashSet<>(itemCodes)) {
      Integer allowed = perYear.get(item);
      if (allowed == null || allowed <= 0) {
        continue;
      }
      Set<String> tasks = new LinkedHashSet<>(tasksByItem.getOrDefault(item, List.of()));
      tasks.add(taskCode == null || taskCode.isBlank() ? "" : taskCode.strip());
      if (tasks.size() > allowed) {
        List<String> named = tasks.stream().filter(t -> !t.isEmpty()).toList();
        out.add(new Warning(item, itemNames.getOrDefault(item, item), allowed, tasks.size(), named));
      }
    }
    return out;
  }
}
