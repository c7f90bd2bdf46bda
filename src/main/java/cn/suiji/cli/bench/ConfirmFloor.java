package cn.suiji.cli.bench;

import cn.suiji.draw.domain.Assignment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The confirm's floor for {@code suiji bench draw} (issue 17 §3): H2 inserting the rows a
 * confirmation writes — one inspection per drawn target, its inspectors, the targets' last-drawn
 * date, the task's status — by INSERT … SELECT from scratch tables that already hold them, in one
 * committed transaction. Only that transaction is timed; the scratch tables are filled before
 * and everything is taken out again after (a task of its own, deleted with its rows), so the
 * bench's real confirmation finds the tables as they were.
 */
final class ConfirmFloor {
  private ConfirmFloor() {}

  /** Seconds for the database to write the draw's confirmation rows by INSERT … SELECT. */
  static double seconds(DSLContext dsl, long drawId, String taskCode, List<Assignment> assignments) {
    long task = prepare(dsl, taskCode, assignments);
    long started = System.nanoTime();
    dsl.transaction(trx -> trx.dsl().connection(c -> {
      update(c, "INSERT INTO inspection (draw_id, task_id, target_id, draw_order, status)"
          + " SELECT ?, ?, target_id, draw_order, 'AWAITING_NOTICE' FROM bench_confirm_row ORDER BY draw_order",
          drawId, task);
      update(c, "INSERT INTO inspection_inspector (inspection_id, inspector_id, pick_order)"
          + " SELECT i.id, p.inspector_id, p.pick_order FROM bench_confirm_pick p"
          + " JOIN inspection i ON i.task_id = ? AND i.target_id = p.target_id", task);
      update(c, "MERGE INTO target USING bench_confirm_row r ON target.id = r.target_id"
          + " WHEN MATCHED THEN UPDATE SET last_drawn_date = CURRENT_DATE");
      update(c, "UPDATE task SET status = 'DRAWN' WHERE id = ?", task);
    }));
    double seconds = (System.nanoTime() - started) / 1e9;
    dsl.transaction(trx -> trx.dsl().connection(c -> {
      update(c, "DELETE FROM inspection WHERE task_id = ?", task); // its inspector rows cascade
      update(c, "DELETE FROM task_item WHERE task_id = ?", task);
      update(c, "DELETE FROM task WHERE id = ?", task);
    }));
    dsl.execute("DROP TABLE bench_confirm_row");
    dsl.execute("DROP TABLE bench_confirm_pick");
    return seconds;
  }

  /**
   * A copy of the task under a code of its own (the floor's rows need a task the confirmation
   * does not use: one inspection per task and target), and the draw's rows by id in the scratch
   * tables. Returns the copy's id.
   */
  private static long prepare(DSLContext dsl, String taskCode, List<Assignment> assignments) {
    dsl.execute("DROP TABLE IF EXISTS bench_confirm_row");
    dsl.execute("DROP TABLE IF EXISTS bench_confirm_pick");
    dsl.execute("CREATE TABLE bench_confirm_row (object_key VARCHAR(40), target_id BIGINT, draw_order INT)");
    dsl.execute("CREATE TABLE bench_confirm_pick (object_key VARCHAR(40), inspector_key VARCHAR(40),"
        + " target_id BIGINT, inspector_id BIGINT, pick_order INT)");
    return dsl.transactionResult(trx -> trx.dsl().connectionResult(c -> {
      try (PreparedStatement rows = c.prepareStatement("INSERT INTO bench_confirm_row (object_key, draw_order)"
          + " VALUES (?, ?)");
          PreparedStatement picks = c.prepareStatement("INSERT INTO bench_confirm_pick (object_key, inspector_key,"
              + " pick_order) VALUES (?, ?, ?)")) {
        for (int i = 0; i < assignments.size(); i++) {
          Assignment a = assignments.get(i);
          rows.setString(1, a.object());
          rows.setInt(2, i + 1);
          rows.addBatch();
          for (int p = 0; p < a.inspectors().size(); p++) {
            picks.setString(1, a.object());
            picks.setString(2, a.inspectors().get(p));
            picks.setInt(3, p + 1);
            picks.addBatch();
          }
        }
        rows.executeBatch();
        picks.executeBatch();
      }
      update(c, "UPDATE bench_confirm_row r SET target_id = (SELECT id FROM target t WHERE t.object_key = r.object_key)");
      update(c, "UPDATE bench_confirm_pick p SET target_id = (SELECT id FROM target t WHERE t.object_key = p.object_key),"
          + " inspector_id = (SELECT id FROM inspector i WHERE i.inspector_key = p.inspector_key)");
      String copy = taskCode + "-FLOOR";
      update(c, "INSERT INTO task (plan_id, code, name, task_type, lead_department_id, ratio_percent, start_date,"
          + " end_date, mode, status) SELECT plan_id, ?, name, task_type, lead_department_id, ratio_percent,"
          + " start_date, end_date, mode, 'PLANNED' FROM task WHERE code = ?", copy, taskCode);
      try (PreparedStatement id = c.prepareStatement("SELECT id FROM task WHERE code = ?")) {
        id.setString(1, copy);
        try (var r = id.executeQuery()) {
          r.next();
          long task = r.getLong(1);
          update(c, "INSERT INTO task_item (task_id, item_id) SELECT ?, item_id FROM task_item"
              + " WHERE task_id = (SELECT id FROM task WHERE code = ?)", task, taskCode);
          return task;
        }
      }
    }));
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }
}
