package cn.suiji.demo.domain;

import cn.suiji.directory.domain.TargetKind;
import java.util.List;

/**
 * Which targets of the lead department's directory a task draws from, stored in {@code
 * task.scope_json}. The JSON is one object; each member narrows the pool and an absent member
 * does not narrow it, so {@code {}} is the whole directory:
 *
 * <ul>
 *   <li>{@code townships}: array of township names (乡镇) exactly as in {@code target.township},
 *       e.g. {@code ["城关镇"]};
 *   <li>{@code industries}: array of four-digit GB/T 4754-2017 class codes as in {@code
 *       target.industry_code}, e.g. {@code ["5211","5212"]};
 *   <li>{@code kinds}: array of {@link TargetKind} names as in {@code target.kind}, e.g. {@code
 *       ["INDIVIDUAL"]}.
 * </ul>
 *
 * A target is in scope when it matches every member present (any value within a member).
 * Members are written in this order, values in the order given, without white space.
 */
public record TaskScope(List<String> townships, List<String> industries, List<TargetKind> kinds) {
  /** The whole directory. */
  public static final TaskScope ALL = new TaskScope(List.of(), List.of(), List.of());

  public TaskScope {
    townships = List.copyOf(townships);
    industries = List.copyOf(industries);
    kinds = List.copyOf(kinds);
  }

  /** The scope as stored in {@code scope_json}, written by the plan's own {@link cn.suiji.plan.domain.TaskScope}. */
  public String toJson() {
    return new cn.suiji.plan.domain.TaskScope(townships, industries, kinds.stream().map(Enum::name).toList()).toJson();
  }
}
