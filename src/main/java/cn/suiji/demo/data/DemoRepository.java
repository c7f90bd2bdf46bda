package cn.suiji.demo.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.DOCUMENT_SERIES;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.DRAW_POOL;
import static cn.suiji.shared.db.generated.Tables.EVALUATION_EVIDENCE;
import static cn.suiji.shared.db.generated.Tables.FOLLOW_UP;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT_CODE;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT_FINDING;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR_ITEM;
import static cn.suiji.shared.db.generated.Tables.NOTICE_DELIVERY;
import static cn.suiji.shared.db.generated.Tables.NUMBERED_DOCUMENT;
import static cn.suiji.shared.db.generated.Tables.OTHER_INSPECTION;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_BATCH;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_ENTRY;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_PAYLOAD;
import static cn.suiji.shared.db.generated.Tables.PENDING_PUBLICATION_DAY;
import static cn.suiji.shared.db.generated.Tables.PUBLICATION;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK_PARTNER;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * The demo feature's access to the database: whether there is county data at all, and removing
 * it (for {@code suiji demo --force}). The county itself is written by its owners' services
 * (issue 17 §5). Every method takes the caller's context so it joins the service's transaction.
 */
public final class DemoRepository {

  /**
   * The county tables, children before parents, so deleting in this order never breaks a
   * foreign key: what was worked — results, follow-ups, publications, the outbox for the
   * province, the evaluation's registers — then the draws, the plan and the directory. Not here:
   * the audit log, the calendar, the settings, the county's result codes, notice templates and
   * evaluation weights (configuration, seeded by the migrations), Flyway's history.
   */
  private static final List<Table<?>> COUNTY_TABLES = List.of(
      PUBLICATION, FOLLOW_UP, INSPECTION_RESULT_FINDING, INSPECTION_RESULT_INSPECTOR, INSPECTION_RESULT_CODE,
      INSPECTION_RESULT, PENDING_PUBLICATION_DAY, OUTBOX_PAYLOAD, OUTBOX_ENTRY, OUTBOX_BATCH, OTHER_INSPECTION,
      EVALUATION_EVIDENCE, NOTICE_DELIVERY, NUMBERED_DOCUMENT, DOCUMENT_SERIES, INSPECTION_INSPECTOR, INSPECTION, DRAW_POOL, DRAW,
      TASK_ITEM, TASK_PARTNER, TASK, ANNUAL_PLAN, WORKING_RULES, RECUSAL, INSPECTOR_ITEM, INSPECTOR, TARGET_DEPARTMENT, TARGET, INSPECTION_ITEM, DEPARTMENT);

  /** Whether the database holds no county yet: no department and no target. */
  public boolean isEmpty(DSLContext dsl) {
    return !dsl.fetchExists(DEPARTMENT) && !dsl.fetchExists(TARGET);
  }

  /**
   * Deletes every department, item, target, inspector, plan, draw, inspection and numbered
   * document; returns the rows deleted.
   */
  public int deleteAll(DSLContext tx) {
    int rows = 0;
    for (Table<?> table : COUNTY_TABLES) {
      rows += tx.deleteFrom(table).execute();
    }
    return rows;
  }
}
