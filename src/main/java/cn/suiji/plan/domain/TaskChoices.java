package cn.suiji.plan.domain;

import cn.suiji.directory.domain.Department;
import java.util.List;

/**
 * What the task editor offers and checks against for one department's plan of one year: the
 * department's floors, every department (lead and partners), the items in force that year of
 * every department, and the townships of the department's directory.
 */
public record TaskChoices(String departmentCode, int year, RatioFloors floors, List<Department> departments,
    List<ItemRef> items, List<String> townships) {
  public TaskChoices {
    departments = List.copyOf(departments);
    items = List.copyOf(items);
    townships = List.copyOf(townships);
  }
}
