package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawTask;
import cn.suiji.draw.domain.PoolScope;
import cn.suiji.draw.domain.TaskAmount;
import cn.suiji.plan.domain.TaskForDraw;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.plan.service.DrawnTasks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The task of a draw, read through the plan ({@link DrawnTasks}: TASK and its links are the plan's
 * tables) and turned into the draw's own {@link DrawTask}; the tasks still to be drawn.
 */
final class DrawTasks {
  private final DrawnTasks plan = new DrawnTasks();

  Optional<DrawTask> find(DSLContext tx, String code) {
    return plan.task(tx, code).map(DrawTasks::of);
  }

  List<UndrawnTask> undrawn(DSLContext tx) {
    return plan.undrawn(tx).stream().map(t -> new UndrawnTask(t.code(), t.name())).toList();
  }

  static DrawTask of(TaskForDraw t) {
    TaskAmount amount = t.perClass()
        ? new TaskAmount(t.ratioPercent(), t.fixedCount(),
            TaskAmount.perClass(t.ratioA(), t.ratioB(), t.ratioC(), t.ratioD()).classRatios())
        : new TaskAmount(t.ratioPercent(), t.fixedCount(), Map.of());
    return new DrawTask(t.id(), t.code(), t.name(), t.type() == TaskType.DIRECTED, t.status(), department(t.lead()),
        t.partners().stream().map(DrawTasks::department).toList(), amount,
        new PoolScope(t.scope().townships(), t.scope().industries(), t.scope().kinds(), t.scope().targets()), t.startDate(), t.endDate(),
        t.items().stream().map(i -> new DrawTask.Item(i.code(), i.departmentId(), i.key())).toList());
  }

  private static DrawTask.Department department(TaskForDraw.Department d) {
    return new DrawTask.Department(d.id(), d.code(), d.name());
  }
}
