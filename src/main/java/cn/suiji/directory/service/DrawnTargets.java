package cn.suiji.directory.service;

import cn.suiji.directory.data.DrawnTargetRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * For the draw: the directory's side of a confirmation, in the draw's transaction — the row ids
 * of drawn keys and the targets' last-drawn date (TARGET is the directory's table).
 */
public final class DrawnTargets {
  private final DrawnTargetRepository repository = new DrawnTargetRepository();

  /** The ids of the target keys still in the directory. */
  public Map<String, Long> targetIds(DSLContext tx, List<String> objectKeys) {
    return repository.targetIds(tx, objectKeys);
  }

  /** The ids of the inspector keys still in the directory. */
  public Map<String, Long> inspectorIds(DSLContext tx, List<String> inspectorKeys) {
    return repository.inspectorIds(tx, inspectorKeys);
  }

  /** Records that the targets were drawn on this day. */
  public void markDrawn(DSLContext tx, List<Long> targetIds, LocalDate drawnOn) {
    repository.markDrawn(tx, targetIds, drawnOn);
  }
}
