package cn.suiji.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task as the draw reads it from the plan: its departments with their ids and names (the lead
 * first, then the partners by code), its amount, scope and window, and its items with the
 * department whose list each is on and whether it is 重点. Read in the draw's transaction.
 */
public record TaskForDraw(long id, String code, String name, TaskType type, TaskStatus status, Department lead,
    List<Department> partners, @Nullable BigDecimal ratioPercent, @Nullable Integer fixedCount,
    @Nullable BigDecimal ratioA, @Nullable BigDecimal ratioB, @Nullable BigDecimal ratioC,
    @Nullable BigDecimal ratioD, TaskScope scope, LocalDate startDate, LocalDate endDate, List<Item> items) {

  public TaskForDraw {
    partners = List.copyOf(partners);
    items = List.copyOf(items);
  }

  /** A department taking part: its row id, code and name. */
  public record Department(long id, String code, String name) {}

  /** An item of the task: its code, the department whose list it is on, and whether it is 重点 (KEY). */
  public record Item(String code, long departmentId, boolean key) {}

  /** True when the task draws each risk class at its own ratio. */
  public boolean perClass() {
    return ratioA != null || ratioB != null || ratioC != null || ratioD != null;
  }
}
