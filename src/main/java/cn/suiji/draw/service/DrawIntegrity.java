package cn.suiji.draw.service;

import cn.suiji.draw.data.DrawConsistency;
import cn.suiji.shared.l10n.Messages;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The draw's part of the check run after an unclean close: a confirmation must be whole (its
 * inspections, its task drawn), in one read-only transaction. Each finding names the task,
 * the attempt and the draw.
 */
public final class DrawIntegrity {
  private final DSLContext dsl;
  private final DrawConsistency consistency = new DrawConsistency();

  public DrawIntegrity(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The broken rules, each in a sentence; empty when every confirmation is whole. */
  public List<String> problems() {
    Messages m = Messages.current();
    return dsl.transactionResult(trx -> consistency.findings(trx.dsl())).stream()
        .map(f -> m.get(f.key(), f.taskCode(), f.attempt(), f.drawId()))
        .toList();
  }
}
