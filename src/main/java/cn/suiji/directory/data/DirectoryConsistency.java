package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What a whole import or edit leaves, checked by counts: every target belongs to a department. */
public final class DirectoryConsistency {

  /** Targets that belong to no department: what half an import leaves. */
  public int targetsWithoutDepartment(DSLContext tx) {
    return tx.fetchCount(DSL.selectOne().from(TARGET)
        .whereNotExists(DSL.selectOne().from(TARGET_DEPARTMENT).where(TARGET_DEPARTMENT.TARGET_ID.eq(TARGET.ID))));
  }
}
