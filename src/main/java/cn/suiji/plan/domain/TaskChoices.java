package cn.suiji.plan.domain;

import cn.suiji.directory.domain.Department;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the task editor offers and checks against for one department's plan of one year: the
 * department's floors, every department (lead and partners), the items in force that year of
 * every department (a task offers only its lead's and partners': {@link #itemsFor}), and the
 * townships of the department's directory; for {@link ItemFrequency}, each item's 抽查频次 per year
 * (where the list has one) and the codes of that year's tasks (any department, none cancelled)
 * naming each item.
 */
public record TaskChoices(String departmentCode, int year, RatioFloors floors, List<Department> departments,
    List<ItemRef> items, List<String> townships, Map<String, Integer> frequencies,
    Map<String, List<String>> tasksByItem) {
  public TaskChoices {
    departments = List.copyOf(departments);
    items = List.copyOf(items);
    townships = List.copyOf(townships);
    frequencies = Map.copyOf(frequencies);
    tasksByItem = Map.copyOf(tasksByItem);
  }

  public TaskChoices(String departmentCode, int year, RatioFloors floors, List<Department> departments,
      List<ItemRef> items, List<String> townships) {
    this(departmentCode, year, floors, departments, items, townships, Map.of(), Map.of());
  }

  /** The items a task led by this department with {@code partners} may name: the lead's and the partners' lists. */
  public List<ItemRef> itemsFor(Collection<String> partners) {
    return items.stream().filter(i -> i.departmentCode().equals(departmentCode) || partners.contains(i.departmentCode()))
        .toList();
  }
}
