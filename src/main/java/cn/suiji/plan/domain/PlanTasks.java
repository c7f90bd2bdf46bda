package cn.suiji.plan.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A department's plan of one year ({@code null}: none yet) and its tasks in code order. */
public record PlanTasks(@Nullable AnnualPlan plan, List<PlanTask> tasks) {
  public PlanTasks {
    tasks = List.copyOf(tasks);
  }
}
