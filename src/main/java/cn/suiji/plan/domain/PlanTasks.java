package cn.suiji.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A department's plan of one year ({@code null}: none yet) and its tasks in code order, with,
 * by task code, the provincial task number (省级任务编号) where set and the day of the confirmed
 * draw of each drawn task (such a task can no longer be changed).
 */
public record PlanTasks(@Nullable AnnualPlan plan, List<PlanTask> tasks, Map<String, String> provinceNumbers,
    Map<String, LocalDate> drawnOn) {
  public PlanTasks {
    tasks = List.copyOf(tasks);
    provinceNumbers = Map.copyOf(provinceNumbers);
    drawnOn = Map.copyOf(drawnOn);
  }

  public PlanTasks(@Nullable AnnualPlan plan, List<PlanTask> tasks) {
    this(plan, tasks, Map.of(), Map.of());
  }
}
