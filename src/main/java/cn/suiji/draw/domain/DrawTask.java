package cn.suiji.draw.domain;

import cn.suiji.plan.domain.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A task of the annual plan as the draw needs it: who leads, who takes part, how much to draw,
 * from which scope, in which window, for which items.
 *
 * @param leadDepartment the lead department (牵头部门), whose directory gives the pool
 * @param partners the taking-part departments (配合部门), without the lead
 */
public record DrawTask(
    long id,
    String code,
    String name,
    boolean directed,
    TaskStatus status,
    Department leadDepartment,
    List<Department> partners,
    TaskAmount amount,
    PoolScope scope,
    LocalDate startDate,
    LocalDate endDate,
    List<Item> items) {

  public DrawTask {
    Objects.requireNonNull(code, "code");
    partners = List.copyOf(partners);
    items = List.copyOf(items);
  }

  /** A department taking part: its id, code (the group key) and name. */
  public record Department(long id, String code, String name) {}

  /** An item of the task: its code, the department whose list it is on, and whether it is 重点. */
  public record Item(String code, long departmentId, boolean key) {}

  /** The lead department first, then the partners in the order given. */
  public List<Department> departments() {
    List<Department> all = new java.util.ArrayList<>();
    all.add(leadDepartment);
    all.addAll(partners);
    return all;
  }

  /** The codes of the task's items on {@code departmentId}'s list. */
  public java.util.Set<String> itemCodesOf(long departmentId) {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    items.stream().filter(i -> i.departmentId() == departmentId).forEach(i -> codes.add(i.code()));
    return codes;
  }

  public List<String> itemCodes() {
    return items.stream().map(Item::code).distinct().sorted().toList();
  }

  public boolean hasKeyItems() {
    return items.stream().anyMatch(Item::key);
  }
}
