package cn.suiji.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task as the editor or an imported row has it, any field possibly missing or wrong: the
 * input of {@link TaskCheck}. Codes of departments and items, kinds as TargetKind names.
 */
public record TaskDraft(@Nullable Long id, String code, String name, @Nullable TaskType type,
    @Nullable BigDecimal ratioPercent, @Nullable Integer fixedCount, @Nullable BigDecimal ratioA,
    @Nullable BigDecimal ratioB, @Nullable BigDecimal ratioC, @Nullable BigDecimal ratioD, List<String> townships,
    List<String> industries, List<String> kinds, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
    @Nullable String leadDepartment, List<String> partners, @Nullable InspectionMode mode,
    @Nullable TaskStatus status, List<String> itemCodes, List<String> targets) {
  public TaskDraft {
    targets = List.copyOf(targets);
    townships = List.copyOf(townships);
    industries = List.copyOf(industries);
    kinds = List.copyOf(kinds);
    partners = List.copyOf(partners);
    itemCodes = List.copyOf(itemCodes);
  }

  /** A draft that names no targets (every task but a directed one made from a watch list). */
  public TaskDraft(@Nullable Long id, String code, String name, @Nullable TaskType type,
      @Nullable BigDecimal ratioPercent, @Nullable Integer fixedCount, @Nullable BigDecimal ratioA,
      @Nullable BigDecimal ratioB, @Nullable BigDecimal ratioC, @Nullable BigDecimal ratioD, List<String> townships,
      List<String> industries, List<String> kinds, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
      @Nullable String leadDepartment, List<String> partners, @Nullable InspectionMode mode,
      @Nullable TaskStatus status, List<String> itemCodes) {
    this(id, code, name, type, ratioPercent, fixedCount, ratioA, ratioB, ratioC, ratioD, townships, industries, kinds,
        startDate, endDate, leadDepartment, partners, mode, status, itemCodes, List.of());
  }

  /** The draft led by {@code code}. */
  public TaskDraft withLead(String code) {
    return new TaskDraft(id, this.code, name, type, ratioPercent, fixedCount, ratioA, ratioB, ratioC, ratioD, townships,
        industries, kinds, startDate, endDate, code, partners, mode, status, itemCodes, targets);
  }

  /** The draft naming {@code keys} as its only targets (object keys). */
  public TaskDraft withTargets(List<String> keys) {
    return new TaskDraft(id, code, name, type, ratioPercent, fixedCount, ratioA, ratioB, ratioC, ratioD, townships,
        industries, kinds, startDate, endDate, leadDepartment, partners, mode, status, itemCodes, keys);
  }
}
