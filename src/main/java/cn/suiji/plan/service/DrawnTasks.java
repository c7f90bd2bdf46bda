package cn.suiji.plan.service;

import cn.suiji.plan.data.TaskRepository;
import org.jooq.DSLContext;

/**
 * For the draw: the plan's side of a confirmation, in the draw's transaction — the task marked
 * drawn, and its status read back by the draw's verification (TASK is the plan's table).
 */
public final class DrawnTasks {
  private final TaskRepository tasks = new TaskRepository();

  /** Marks the task drawn. */
  public void markDrawn(DSLContext tx, long taskId) {
    tasks.markDrawn(tx, taskId);
  }

  /** The task's stored status ({@code PLANNED}, {@code DRAWN} …). */
  public String status(DSLContext tx, long taskId) {
    return tasks.status(tx, taskId);
  }
}
