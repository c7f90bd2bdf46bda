package cn.suiji.report.service;

import cn.suiji.report.data.StatsRepository;
import cn.suiji.report.data.WarningRepository;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A year whose figures are known by construction, written row by row into a migrated H2 file
 * (the statistics read the tables, so the fixture writes them directly).
 *
 * <p>Departments SCJGJ and WJJ; 2026 tasks: T1 (SCJGJ, 10 fixed, items SC-01 and SC-02, 10
 * drawn), T2 (SCJGJ, ratio, SC-01, 6 drawn), T3 (SCJGJ, ratio, not drawn), T4 (WJJ, 5 fixed,
 * WJ-01, 4 drawn), T5 (WJJ, cancelled); 2025: T0 (SCJGJ, 2 fixed, 2 drawn). Targets 1–30, 26–30
 * cancelled; townships A镇 (1–10, 20), B乡 (11–16), none (17–19, 21–30); odd targets industry C13,
 * even F52; WJJ's directory: 1, 17–19, 21, 22. The inspections, results, publications and
 * follow-ups are the ones {@link StatsServiceTest} states.
 */
public final class ScriptedYear implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  final @Nullable Database db;
  final DSLContext dsl;
  final StatsService stats;
  private long nextInspection = 1;
  private long nextResult = 1;

  ScriptedYear() {
    this(Database.inMemory("stats-" + UUID.randomUUID()));
  }

  /** The year written into {@code db} (a data file for the command-line tests); closing closes it. */
  public ScriptedYear(Database db) {
    this(db, db.dsl());
  }

  /** The year written through {@code dsl} (a file of an older schema version); closing closes {@code db} if any. */
  ScriptedYear(@Nullable Database db, DSLContext dsl) {
    this.db = db;
    this.dsl = dsl;
    this.stats = new StatsService(dsl, new StatsRepository(), new WarningRepository(), CLOCK);
    exec("INSERT INTO department (id, code, name, doc_prefix, sort_order) VALUES (1, 'SCJGJ', '县市场监督管理局', '市监', 1),"
        + " (2, 'WJJ', '县卫生健康局', '卫健', 2)");
    exec("INSERT INTO annual_plan (id, department_id, plan_year, title) VALUES (1, 1, 2026, 'p1'), (2, 2, 2026, 'p2'),"
        + " (3, 1, 2025, 'p0')");
    exec("INSERT INTO inspection_item (id, department_id, code, name, legal_basis, target_kind, method, item_class,"
        + " valid_from) VALUES (1, 1, 'SC-01', '登记事项检查', '条例', 'ENTERPRISE', '实地检查', 'GENERAL', DATE '2020-01-01'),"
        + " (2, 1, 'SC-02', '公示信息检查', '条例', 'ENTERPRISE', '书面检查', 'GENERAL', DATE '2020-01-01'),"
        + " (3, 2, 'WJ-01', '公共场所卫生检查', '条例', 'ENTERPRISE', '实地检查', 'KEY', DATE '2020-01-01')");
    task(1, 1, "T1", 1, 10, "DRAWN", 1, 2);
    task(2, 1, "T2", 1, null, "DRAWN", 1);
    task(3, 1, "T3", 1, null, "PLANNED", 1);
    task(4, 2, "T4", 2, 5, "DRAWN", 3);
    task(5, 2, "T5", 2, 3, "CANCELLED", 3);
    task(6, 3, "T0", 1, 2, "DONE", 1);
    for (int t = 1; t <= 30; t++) {
      String township = t <= 10 || t == 20 ? "'A镇'" : t <= 16 ? "'B乡'" : "NULL";
      String industry = t % 2 == 1 ? "'C13', '农副食品加工业'" : "'F52', '零售业'";
      exec("INSERT INTO target (id, object_key, name, kind, status, township, industry_code, industry_name, updated_at)"
          + " VALUES (" + t + ", 'K" + t + "', '对象" + t + "', 'ENTERPRISE', '" + (t > 25 ? "CANCELLED" : "OPERATING")
          + "', " + township + ", " + industry + ", CURRENT_TIMESTAMP)");
    }
    for (int t : List.of(1, 17, 18, 19, 21, 22)) {
      exec("INSERT INTO target_department (target_id, department_id) VALUES (" + t + ", 2)");
    }
    for (int task : List.of(1, 2, 4, 6)) {
      exec("INSERT INTO draw (id, task_id, attempt, spec, status, operator_name, created_at, closed_at, commitment,"
          + " record_json, confirmed_task_id) VALUES (" + task + ", " + task + ", 1, 's', 'CONFIRMED', 'x',"
          + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'c', '{}', " + task + ")");
    }
    LocalDate apr = LocalDate.of(2026, 4, 10);
    LocalDate may = LocalDate.of(2026, 5, 20);
    // T1: 1–4 formed in April, 5–8 in May; 1–6 published (6 late); 9 notified, 10 awaiting its notice
    long i1 = inspection(1, 1, "PUBLISHED", apr, "2", "B");
    long i2 = inspection(1, 2, "PUBLISHED", apr, "B");
    long i3 = inspection(1, 3, "PUBLISHED", apr, "6");
    inspection(1, 4, "PUBLISHED", apr, "E");
    long i5 = inspection(1, 5, "PUBLISHED", null);
    result(i5, 1, may, true, "D"); // superseded: must not count
    result(i5, 2, may, false, "1");
    inspection(1, 6, "PUBLISHED", may, "1");
    inspection(1, 7, "INSPECTED", may, "1");
    inspection(1, 8, "INSPECTED", may, "1");
    inspection(1, 9, "NOTIFIED", null);
    inspection(1, 10, "AWAITING_NOTICE", null);
    for (long i = 1; i <= 6; i++) {
      LocalDate formed = i <= 4 ? apr : may;
      LocalDate due = formed.plusDays(28);
      exec("INSERT INTO publication (inspection_id, task_code, department_code, result_date, due_on, due_provisional,"
          + " published_on, recorded_at, recorded_by) VALUES (" + i + ", 'T1', 'SCJGJ', DATE '" + formed + "', DATE '"
          + due + "', FALSE, DATE '" + (i == 6 ? due.plusDays(1) : due) + "', CURRENT_TIMESTAMP, 'x')");
    }
    // T2: three 未发现问题 and one closed without a visit (注销) in May; two notified
    LocalDate may3 = LocalDate.of(2026, 5, 3);
    inspection(2, 11, "INSPECTED", may3, "1");
    inspection(2, 12, "INSPECTED", may3, "1");
    inspection(2, 13, "INSPECTED", may3, "1");
    inspection(2, 14, "CLOSED_WITHOUT_VISIT", may3, "9");
    inspection(2, 15, "NOTIFIED", null);
    inspection(2, 16, "NOTIFIED", null);
    // T4: target 1 again, a problem (June, published on time); 17 none; 18, 19 awaiting
    long i17 = inspection(4, 1, "PUBLISHED", LocalDate.of(2026, 6, 1), "3");
    inspection(4, 17, "INSPECTED", LocalDate.of(2026, 6, 15), "1");
    inspection(4, 18, "AWAITING_NOTICE", null);
    inspection(4, 19, "AWAITING_NOTICE", null);
    exec("INSERT INTO publication (inspection_id, task_code, department_code, result_date, due_on, due_provisional,"
        + " published_on, recorded_at, recorded_by) VALUES (" + i17 + ", 'T4', 'WJJ', DATE '2026-06-01',"
        + " DATE '2026-06-29', FALSE, DATE '2026-06-10', CURRENT_TIMESTAMP, 'x')");
    // 2025, T0: target 2 with a problem (so it repeats in 2026), target 20 none
    inspection(6, 2, "PUBLISHED", LocalDate.of(2025, 5, 1), "B");
    inspection(6, 20, "PUBLISHED", LocalDate.of(2025, 5, 1), "1");
    // follow-ups: T1's 1 closed, 2 a referral without feedback overdue, 3 open not yet due; T4's a referral answered
    followUp(i1, "ORDER_CORRECTION", "2026-04-30", "2026-04-25", null);
    followUp(i2, "REFERRAL", "2026-05-01", null, null);
    followUp(i3, "ABNORMAL_LIST", "2026-12-31", null, null);
    followUp(i17, "REFERRAL", "2026-06-20", "2026-06-18", "已立案");
  }

  private void task(long id, long plan, String code, long department, @Nullable Integer fixed, String status,
      long... items) {
    exec("INSERT INTO task (id, plan_id, code, name, task_type, lead_department_id, ratio_percent, fixed_count,"
        + " start_date, end_date, mode, status) VALUES (" + id + ", " + plan + ", '" + code + "', '任务" + code
        + "', 'UNDIRECTED', " + department + ", " + (fixed == null ? "3" : "NULL") + ", " + fixed
        + ", DATE '2026-03-01', DATE '2026-10-31', 'COUNTY', '" + status + "')");
    for (long item : items) {
      exec("INSERT INTO task_item (task_id, item_id) VALUES (" + id + ", " + item + ")");
    }
  }

  /** An inspection of the task's draw; with a current result of {@code codes} formed on {@code formed}. */
  private long inspection(long task, long target, String status, @Nullable LocalDate formed, String... codes) {
    long id = nextInspection++;
    exec("INSERT INTO inspection (id, draw_id, task_id, target_id, draw_order, status) VALUES (" + id + ", " + task
        + ", " + task + ", " + target + ", " + id + ", '" + status + "')");
    if (formed != null) {
      result(id, 1, formed, false, codes);
    }
    return id;
  }

  private void result(long inspection, int version, LocalDate formed, boolean superseded, String... codes) {
    long id = nextResult++;
    exec("INSERT INTO inspection_result (id, inspection_id, version, formed_on, methods, recorded_at, recorded_by,"
        + " superseded_at, current_inspection_id) VALUES (" + id + ", " + inspection + ", " + version + ", DATE '"
        + formed + "', 'ON_SITE', CURRENT_TIMESTAMP, 'x', " + (superseded ? "CURRENT_TIMESTAMP, NULL" : "NULL, "
        + inspection) + ")");
    for (int i = 0; i < codes.length; i++) {
      exec("INSERT INTO inspection_result_code (result_id, code, sort_order) VALUES (" + id + ", '" + codes[i] + "', "
          + i + ")");
    }
  }

  private void followUp(long inspection, String kind, String due, @Nullable String closedOn, @Nullable String feedback) {
    exec("INSERT INTO follow_up (inspection_id, kind, due_date, closed, closed_on, feedback, created_at) VALUES ("
        + inspection + ", '" + kind + "', DATE '" + due + "', " + (closedOn != null) + ", "
        + (closedOn == null ? "NULL" : "DATE '" + closedOn + "'") + ", " + (feedback == null ? "NULL" : "'" + feedback
        + "'") + ", CURRENT_TIMESTAMP)");
  }

  private void exec(String sql) {
    dsl.execute(sql);
  }

  @Override
  public void close() {
    if (db != null) {
      db.close();
    }
  }
}
