package cn.suiji.draw.service;

import cn.suiji.directory.service.DrawnTargets;
import cn.suiji.draw.domain.Assignment;
import cn.suiji.inspection.domain.DrawnTarget;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.service.DrawnTasks;
import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * What a confirmed draw decides, written in the confirming (or restoring) transaction through
 * the features that own the tables: the inspections with their inspectors (inspection), the
 * targets' last-drawn date (directory) and the task DRAWN (plan) — the same rows in the same
 * order as when the draw wrote them itself.
 */
final class ConfirmedDrawWriter {
  private final InspectionService inspections;
  private final DrawnTargets directory = new DrawnTargets();
  private final DrawnTasks tasks = new DrawnTasks();

  ConfirmedDrawWriter(InspectionService inspections) {
    this.inspections = inspections;
  }

  /**
   * Writes the draw's outcome; returns the number of inspections. {@code lap} is told as each
   * part ends (ids, inspections, inspectors, lastDrawn), for the bench's timings.
   *
   * @throws SuijiException {@code draw.service.keyVanished} when a drawn key left the directory
   */
  int write(DSLContext tx, long drawId, long taskId, List<Assignment> assignments, LocalDate drawnOn,
      Consumer<String> lap) {
    List<String> targetKeys = assignments.stream().map(Assignment::object).toList();
    List<String> inspectorKeys = assignments.stream().flatMap(a -> a.inspectors().stream()).distinct().toList();
    Map<String, Long> targetIds = found(targetKeys, directory.targetIds(tx, targetKeys));
    Map<String, Long> inspectorIds = found(inspectorKeys, directory.inspectorIds(tx, inspectorKeys));
    lap.accept("ids");
    List<DrawnTarget> drawn = new ArrayList<>(assignments.size());
    for (Assignment a : assignments) {
      drawn.add(new DrawnTarget(targetIds.get(a.object()), a.inspectors().stream().map(inspectorIds::get).toList()));
    }
    int created = inspections.createForDraw(tx, drawId, taskId, drawn, lap);
    directory.markDrawn(tx, List.copyOf(targetIds.values()), drawnOn);
    tasks.markDrawn(tx, taskId);
    lap.accept("lastDrawn");
    return created;
  }

  /** The task's stored status, for the draw's verification. */
  TaskStatus taskStatus(DSLContext tx, long taskId) {
    return tasks.status(tx, taskId);
  }

  InspectionService inspections() {
    return inspections;
  }

  private static Map<String, Long> found(List<String> keys, Map<String, Long> ids) {
    for (String k : keys) {
      if (!ids.containsKey(k)) {
        throw new SuijiException("draw.service.keyVanished", k);
      }
    }
    return ids;
  }
}
