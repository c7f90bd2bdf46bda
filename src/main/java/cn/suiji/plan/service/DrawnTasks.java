package cn.suiji.plan.service;

import cn.suiji.plan.data.TaskRepository;
import cn.suiji.plan.domain.TaskForDraw;
import cn.suiji.plan.domain.TaskLabel;
import cn.suiji.plan.domain.TaskStatus;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * For the draw: the plan's side of a draw, in the draw's transaction — the task as the draw reads
 * it, the tasks still to be drawn, the task marked drawn when its draw is confirmed, and its
 * status read back by the draw's verification (TASK is the plan's table).
 */
public final class DrawnTasks {
  private final TaskRepository tasks = new TaskRepository();

  /** The task with this code, as the draw reads it. */
  public Optional<TaskForDraw> task(DSLContext tx, String code) {
    return tasks.forDraw(tx, code);
  }

  /** The tasks without a confirmed draw (cancelled ones left out), by code. */
  public List<TaskLabel> undrawn(DSLContext tx) {
    return tasks.undrawn(tx);
  }

  /** Marks the task drawn. */
  public void markDrawn(DSLContext tx, long taskId) {
    tasks.markDrawn(tx, taskId);
  }

  /** The task's stored status. */
  public TaskStatus status(DSLContext tx, long taskId) {
    return tasks.status(tx, taskId);
  }
}
