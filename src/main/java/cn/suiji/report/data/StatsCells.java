package cn.suiji.report.data;

import java.util.List;
import org.jooq.DSLContext;

/**
 * The statistics pre-aggregate (V044, ADR 0034): {@code stats_cell} holds, per task, township,
 * industry and day of the current result (V049; its month beside it), the counts the views sum; {@code stats_group} the
 * same summed per task and one of those dimensions (what the views read); {@code stats_code_cell}
 * the current results per task and result code, {@code stats_code_day} the same per day (V049). {@link StatsDirtyTrigger} marks a task whenever
 * one of its counts may have moved; {@link #refresh} recomputes the marked tasks' rows from the
 * inspections, results, codes, publications, follow-ups and targets — the same statements V044
 * used to fill the cells of the data already there, restricted to one task.
 */
public final class StatsCells {
  /** One row per inspection of task {@code ?}: its cell and what it adds to each count. */
  private static final String PER_INSPECTION = "SELECT i.task_id, COALESCE(t.township, '') AS township,"
      + " COALESCE(t.industry_code, '') AS industry_code, COALESCE(t.industry_name, '') AS industry_name,"
      + " COALESCE(CAST(YEAR(r.formed_on) AS VARCHAR) || '-' || LPAD(CAST(MONTH(r.formed_on) AS VARCHAR), 2, '0'), '')"
      + "   AS result_month,"
      + " COALESCE(CAST(r.formed_on AS VARCHAR), '') AS result_day,"
      + " CASE WHEN i.status IN ('NOTIFIED', 'INSPECTED', 'PUBLISHED') THEN 1 ELSE 0 END AS notified,"
      + " CASE WHEN r.id IS NULL THEN 0 ELSE 1 END AS inspected,"
      + " CASE WHEN r.id IS NOT NULL AND EXISTS (SELECT 1 FROM inspection_result_code c"
      + "   JOIN result_code k ON k.code = c.code WHERE c.result_id = r.id AND k.kind = 'PROBLEM') THEN 1 ELSE 0 END"
      + "   AS with_problem,"
      + " CASE WHEN p.id IS NULL THEN 0 ELSE 1 END AS published,"
      + " CASE WHEN p.published_on <= p.due_on THEN 1 ELSE 0 END AS on_time,"
      + " (SELECT COUNT(*) FROM follow_up f WHERE f.inspection_id = i.id) AS follow_ups,"
      + " (SELECT COUNT(*) FROM follow_up f WHERE f.inspection_id = i.id AND f.closed) AS follow_ups_closed"
      + " FROM inspection i JOIN target t ON t.id = i.target_id"
      + " LEFT JOIN inspection_result r ON r.current_inspection_id = i.id"
      + " LEFT JOIN publication p ON p.inspection_id = i.id"
      + " WHERE i.task_id = ?";

  private static final String CELLS = "INSERT INTO stats_cell (task_id, township, industry_code, industry_name,"
      + " result_month, result_day, drawn, notified, inspected, with_problem, published, on_time, follow_ups,"
      + " follow_ups_closed)"
      + " SELECT task_id, township, industry_code, industry_name, result_month, result_day, COUNT(*), SUM(notified),"
      + " SUM(inspected), SUM(with_problem), SUM(published), SUM(on_time), SUM(follow_ups), SUM(follow_ups_closed)"
      + " FROM (" + PER_INSPECTION + ") x"
      + " GROUP BY task_id, township, industry_code, industry_name, result_month, result_day";

  /** The cells of task {@code ?} summed per one dimension: {@code %s} the dimension, its key and its label. */
  private static final String GROUPS = "INSERT INTO stats_group (task_id, dimension, group_key, group_label, drawn,"
      + " notified, inspected, with_problem, published, on_time, follow_ups, follow_ups_closed)"
      + " SELECT task_id, '%s', %s, MAX(%s), SUM(drawn), SUM(notified), SUM(inspected), SUM(with_problem),"
      + " SUM(published), SUM(on_time), SUM(follow_ups), SUM(follow_ups_closed)"
      + " FROM stats_cell WHERE task_id = ? GROUP BY task_id, %2$s";

  private static final List<String> GROUPS_BY = List.of(
      String.format(GROUPS, "TOWNSHIP", "township", "township"),
      String.format(GROUPS, "INDUSTRY", "industry_code", "industry_name"),
      String.format(GROUPS, "MONTH", "result_month", "result_month"),
      // the days at either end of a period that does not start or end with a month (V049)
      String.format(GROUPS, "DAY", "result_day", "result_day"));

  private static final String CODE_CELLS = "INSERT INTO stats_code_cell (task_id, code, results)"
      + " SELECT i.task_id, c.code, COUNT(*) FROM inspection i"
      + " JOIN inspection_result r ON r.current_inspection_id = i.id"
      + " JOIN inspection_result_code c ON c.result_id = r.id"
      + " WHERE i.task_id = ? GROUP BY i.task_id, c.code";

  /** The same per day of the result (V049), for a period's shares: the day as the cells have it. */
  private static final String CODE_DAYS = "INSERT INTO stats_code_day (task_id, code, result_day, results)"
      + " SELECT i.task_id, c.code, COALESCE(CAST(r.formed_on AS VARCHAR), ''), COUNT(*) FROM inspection i"
      + " JOIN inspection_result r ON r.current_inspection_id = i.id"
      + " JOIN inspection_result_code c ON c.result_id = r.id"
      + " WHERE i.task_id = ? GROUP BY i.task_id, c.code, COALESCE(CAST(r.formed_on AS VARCHAR), '')";

  /**
   * Recomputes the cells of every task marked out of date, in the caller's transaction; returns
   * how many tasks. The marks are taken out first, in one statement that sees only committed
   * marks: a change committed after it leaves its own mark for the next refresh, and everything
   * committed before it is read by the recomputation that follows.
   */
  public int refresh(DSLContext tx) {
    List<Long> tasks = tx.fetch("SELECT DISTINCT task_id FROM OLD TABLE (DELETE FROM stats_dirty)")
        .getValues(0, Long.class);
    for (long task : tasks) {
      tx.execute("DELETE FROM stats_cell WHERE task_id = ?", task);
      tx.execute("DELETE FROM stats_code_cell WHERE task_id = ?", task);
      tx.execute("DELETE FROM stats_code_day WHERE task_id = ?", task);
      tx.execute("DELETE FROM stats_group WHERE task_id = ?", task);
      tx.execute(CELLS, task);
      for (String groups : GROUPS_BY) {
        tx.execute(groups, task);
      }
      tx.execute(CODE_CELLS, task);
      tx.execute(CODE_DAYS, task);
    }
    return tasks.size();
  }

  /** Whether any task is marked out of date (a cheap look at the first row). */
  public boolean stale(DSLContext tx) {
    return tx.fetchExists(tx.selectOne().from("stats_dirty"));
  }
}
