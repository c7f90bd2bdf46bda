package cn.suiji.plan.domain;

import cn.suiji.directory.domain.Department;
import java.util.Collection;
import java.util.List;

/**
 * What the task editor offers and checks against for one department's plan of one year: the
 * department's floors, every department (lead and partners), the items in force that year of
 * every department (a task offers only its lead's and partners': {@link #itemsFor}), and the
 * townships of the department's directory.
 */
public record TaskChoices(String departmentCode, int year, RatioFloors floors, List<Department> departments,
    List<ItemRef> items, List<String> townships) {
  public TaskChoices {
    departments = List.copyOf(departments);
    items = List.copyOf(items);
    townships = List.copyOf(townships);
  }

  /** The items a task led by this department with {@code partners} may name: the lead's and the partners' lists. */
  public List<ItemRef> itemsFor(Collection<String> partners) {
    return items.stream().filter(i -> i.departmentCode().equals(departmentCode) || partners.contains(i.departmentCode()))
        .toList();
  }
}
