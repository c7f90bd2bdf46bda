package cn.suiji.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 抽查任务 of an annual plan, as checked by {@link TaskCheck}: exactly one amount (a ratio, a
 * count, or ratios per risk class A–D, a class without a ratio not being drawn), the window,
 * the lead department's code and the partners' codes (联合抽查), the items by code (their names
 * where known), the target scope, the mode and the status. {@code id} is {@code null} until saved.
 */
public record PlanTask(@Nullable Long id, String code, String name, TaskType type, @Nullable BigDecimal ratioPercent,
    @Nullable Integer fixedCount, @Nullable BigDecimal ratioA, @Nullable BigDecimal ratioB,
    @Nullable BigDecimal ratioC, @Nullable BigDecimal ratioD, TaskScope scope, LocalDate startDate, LocalDate endDate,
    String leadDepartment, List<String> partners, InspectionMode mode, TaskStatus status, List<ItemRef> items) {
  public PlanTask {
    partners = List.copyOf(partners);
    items = List.copyOf(items);
  }

  /** True when the task draws each risk class at its own ratio. */
  public boolean perClass() {
    return ratioA != null || ratioB != null || ratioC != null || ratioD != null;
  }

  public List<String> itemCodes() {
    return items.stream().map(ItemRef::code).toList();
  }

  /** The task as an editable draft. */
  public TaskDraft draft() {
    return new TaskDraft(id, code, name, type, ratioPercent, fixedCount, ratioA, ratioB, ratioC, ratioD,
        scope.townships(), scope.industries(), scope.kinds(), startDate, endDate, leadDepartment, partners, mode, status,
        itemCodes(), scope.targets());
  }
}
