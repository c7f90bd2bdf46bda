package cn.suiji.directory.service;

import cn.suiji.directory.data.DirectoryConsistency;
import cn.suiji.shared.l10n.Messages;
import java.util.List;
import org.jooq.DSLContext;

/** The directory's part of the check run after an unclean close, in one read-only transaction. */
public final class DirectoryIntegrity {
  private final DSLContext dsl;
  private final DirectoryConsistency consistency = new DirectoryConsistency();

  public DirectoryIntegrity(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The broken rules, each in a sentence; empty when the directory is whole. */
  public List<String> problems() {
    int orphans = dsl.transactionResult(trx -> consistency.targetsWithoutDepartment(trx.dsl()));
    return orphans == 0 ? List.of() : List.of(Messages.current().get("recovery.directory.orphanTargets", orphans));
  }
}
