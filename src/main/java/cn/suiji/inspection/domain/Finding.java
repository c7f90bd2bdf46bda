package cn.suiji.inspection.domain;

import org.jspecify.annotations.Nullable;

/**
 * One row of the 检查记录表 as recorded: the item ({@code null}: the inspection as a whole, as an
 * import gives it), 是否检查, 发现问题情况 and 处置情况 (empty when none).
 */
public record Finding(@Nullable Long itemId, boolean checked, String problem, String handling) {
  public Finding {
    problem = problem == null ? "" : problem.strip();
    handling = handling == null ? "" : handling.strip();
  }
}
