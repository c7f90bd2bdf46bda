package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.cli.Bounds;
import cn.suiji.cli.DataFileCheck;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.report.domain.StatsView;
import cn.suiji.report.service.StatsService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji bench stats --inspections N [--targets M] [--db PATH] [--rounds R] [--period-only]}: a generated
 * year in a new H2 file — M targets (20 townships, 40 industries), 8 departments with 10 tasks
 * each, N inspections spread over them (80 % with a result, a quarter of those with a problem,
 * half published, a follow-up per problem) — then each statistics view timed through
 * {@link StatsService#view}, for the year and then for a period from and to mid-month
 * ({@code --period-only}: the period alone) (the pre-aggregate's GROUP BY, the median of R rounds after one
 * untimed, wall clock and this thread's CPU time) beside the same
 * figures computed group by group ({@link StatsService#viewGroupByGroup}, what a naive report
 * does, from the inspections themselves) in the same run, the two checked to agree; the time to
 * open (and migrate) the file, to rebuild the pre-aggregate, and a view right after a change;
 * and the data file's size beside its compacted size. Goal: every view ≤ 500 ms.
 */
@Command(name = "stats", mixinStandardHelpOptions = true)
public final class BenchStatsCommand implements Callable<Integer> {
  private static final int DEPARTMENTS = 8;
  private static final int TASKS_PER_DEPARTMENT = 10;
  private static final int BATCH = 50_000;
  private static final double GOAL_MS = 500;
  private static final int YEAR = 2026;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** The period timed beside the year: it starts and ends inside a month (the results run 2 March – 27 November). */
  static final StatsScope PERIOD = StatsScope.period(LocalDate.of(YEAR, 3, 15), LocalDate.of(YEAR, 10, 20), null);

  @Option(names = "--inspections", paramLabel = "N", defaultValue = "100000",
      descriptionKey = "cli.option.benchStatsInspections")
  int inspections;
  @Option(names = "--targets", paramLabel = "M", defaultValue = "1000000", descriptionKey = "cli.option.benchTargets")
  int targets;
  @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.benchStatsDb")
  @Nullable Path db;
  @Option(names = "--rounds", paramLabel = "R", defaultValue = "5", descriptionKey = "cli.option.benchDrawRounds")
  int rounds;
  @Option(names = "--period-only", descriptionKey = "cli.option.benchStatsPeriodOnly")
  boolean periodOnly;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Bounds.positive("--targets", targets);
    Bounds.within("--inspections", inspections, 1, targets);
    Bounds.positive("--rounds", rounds);
    PrintWriter out = spec.commandLine().getOut();
    Path file = db != null ? DataFileCheck.creatable(db.toString())
        : Files.createTempDirectory("suiji-bench-stats").resolve("bench");
    long opening = System.nanoTime();
    try (Services services = Services.open(file)) {
      out.println(Messages.msg("cli.bench.stats.opened", seconds(opening)));
      DSLContext dsl = services.database().dsl();
      long started = System.nanoTime();
      boolean filled = dsl.fetchValue("SELECT COUNT(*) FROM department WHERE code = 'BENCH-S1'") instanceof Number n
          && n.intValue() > 0;
      if (filled) {
        out.println(Messages.msg("cli.bench.stats.reused", file));
      } else if (dsl.fetchValue("SELECT COUNT(*) FROM (SELECT 1 FROM target LIMIT 1)") instanceof Number n
          && n.intValue() > 0) {
        throw new SuijiException("cli.bench.stats.notEmpty", file);
      } else {
        fill(dsl);
        out.println(Messages.msg("cli.bench.stats.generated", file, targets, inspections, seconds(started)));
      }
      out.println(Messages.msg("cli.bench.stats.jvm", Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors(), rounds));
      out.flush();
      StatsService stats = services.stats();
      StatsScope scope = StatsScope.year(YEAR);
      long refreshing = System.nanoTime();
      int refreshed = stats.refreshCells();
      out.println(Messages.msg("cli.bench.stats.refreshed", refreshed, seconds(refreshing)));
      boolean ok = true;
      if (!periodOnly) {
        out.println(Messages.msg("cli.bench.stats.scopeYear", YEAR));
        ok = views(out, stats, scope);
      }
      // a period from and to mid-month: its whole months from the month rows, its ends from the day rows (V049)
      out.println(Messages.msg("cli.bench.stats.scopePeriod", PERIOD.from(), PERIOD.to()));
      ok &= views(out, stats, PERIOD);
      // a change (as a result entered would) marks its task; the next view recomputes that task's cells first
      double[] changed = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        dsl.transaction(trx -> trx.dsl().execute("UPDATE inspection SET status = status WHERE id = 1"));
        long t = System.nanoTime();
        stats.view(scope, Grouping.DEPARTMENT);
        changed[r] = millis(t);
      }
      out.println(Messages.msg("cli.bench.stats.afterChange", String.format(Locale.ROOT, "%.0f", median(changed))));
      services.close();
      Path main = file.getFileName().toString().endsWith(".mv.db") ? file
          : file.resolveSibling(file.getFileName() + ".mv.db");
      if (Files.isRegularFile(main)) {
        out.println(Messages.msg("cli.bench.stats.size", BenchCrashCommand.mb(Files.size(main)),
            BenchCrashCommand.mb(BenchCrashCommand.compactedSize(main))));
      }
      return ok ? 0 : 1;
    }
  }

  /**
   * Each view of {@code scope} (the median of the rounds) beside the group-by-group peer, then the
   * screen's whole read; whether every view met the goal and agreed with its peer.
   */
  private boolean views(PrintWriter out, StatsService stats, StatsScope scope) {
    out.println(Messages.msg("cli.bench.stats.header"));
    boolean allMet = true;
    boolean allAgree = true;
    for (Grouping g : Grouping.values()) {
      double[] ours = new double[rounds];
      double[] cpu = new double[rounds];
      StatsView view = stats.view(scope, g);
      for (int r = 0; r < rounds; r++) {
        long c = THREADS.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        view = stats.view(scope, g);
        ours[r] = millis(t);
        cpu[r] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
      }
      // the peer once: it reads the year once per group, so it is slower by about the number of groups
      long t = System.nanoTime();
      List<GroupFigures> peer = stats.viewGroupByGroup(scope, g);
      double n = millis(t);
      boolean agree = sameFigures(view.rows(), peer);
      double o = median(ours);
      allMet &= o <= GOAL_MS;
      allAgree &= agree;
      out.println(String.format(Locale.ROOT, "%s|%d|%.0f|%.0f|%.0f|%.1f|%s|%s", g.jsonName(), view.rows().size(), o,
          median(cpu), n, n / Math.max(0.1, o), Messages.msg(o <= GOAL_MS ? "cli.bench.stats.met" : "cli.bench.stats.notMet"),
          Messages.msg(agree ? "cli.bench.stats.agree" : "cli.bench.stats.differ")));
      out.flush();
    }
    double[] whole = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      stats.year(scope, Progress.NONE);
      whole[r] = millis(t);
    }
    out.println(Messages.msg("cli.bench.stats.year", String.format(Locale.ROOT, "%.0f", median(whole))));
    out.flush();
    return allMet && allAgree;
  }

  /** The same counts in the same groups (labels aside: the naive peer does not name the empty group). */
  private static boolean sameFigures(List<GroupFigures> a, List<GroupFigures> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      GroupFigures x = a.get(i);
      GroupFigures y = b.get(i);
      if (!x.equals(new GroupFigures(y.key(), x.label(), y.planned(), y.tasks(), y.unsizedTasks(), y.drawn(),
          y.notified(), y.inspected(), y.withProblem(), y.published(), y.onTime(), y.followUps(),
          y.followUpsClosed()))) {
        return false;
      }
    }
    return true;
  }

  /** The generated year, written with set-based inserts in batches of {@value #BATCH} rows. */
  private void fill(DSLContext dsl) {
    int tasks = DEPARTMENTS * TASKS_PER_DEPARTMENT;
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      tx.execute("INSERT INTO department (id, code, name, doc_prefix, sort_order) SELECT X, 'BENCH-S' || X,"
          + " '统计基准局' || X, '统' || X, X FROM SYSTEM_RANGE(1, " + DEPARTMENTS + ")");
      tx.execute("INSERT INTO annual_plan (id, department_id, plan_year, title) SELECT X, X, " + YEAR
          + ", '统计基准计划' || X FROM SYSTEM_RANGE(1, " + DEPARTMENTS + ")");
      tx.execute("INSERT INTO inspection_item (id, department_id, code, name, legal_basis, target_kind, method,"
          + " item_class, valid_from) SELECT X, (X - 1) / 3 + 1, 'BS-' || X, '统计基准事项' || X, '条例', 'ENTERPRISE',"
          + " '实地检查', 'GENERAL', DATE '2020-01-01' FROM SYSTEM_RANGE(1, " + DEPARTMENTS * 3 + ")");
      tx.execute("INSERT INTO task (id, plan_id, code, name, task_type, lead_department_id, fixed_count, start_date,"
          + " end_date, mode, status) SELECT X, (X - 1) / " + TASKS_PER_DEPARTMENT + " + 1, 'BS-T' || X,"
          + " '统计基准任务' || X, 'UNDIRECTED', (X - 1) / " + TASKS_PER_DEPARTMENT + " + 1, " + (inspections / tasks + 1)
          + ", DATE '2026-03-01', DATE '2026-11-30', 'COUNTY', 'DRAWN' FROM SYSTEM_RANGE(1, " + tasks + ")");
      tx.execute("INSERT INTO task_item (task_id, item_id) SELECT X, ((X - 1) / " + TASKS_PER_DEPARTMENT
          + ") * 3 + MOD(X, 3) + 1 FROM SYSTEM_RANGE(1, " + tasks + ")");
      tx.execute("INSERT INTO draw (id, task_id, attempt, spec, status, operator_name, created_at, closed_at,"
          + " commitment, record_json, confirmed_task_id) SELECT X, X, 1, 'bench', 'CONFIRMED', '基准',"
          + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'c', '{}', X FROM SYSTEM_RANGE(1, " + tasks + ")");
    });
    batches(dsl, targets, (lo, hi) -> "INSERT INTO target (id, object_key, name, kind, status, township,"
        + " industry_code, industry_name, updated_at) SELECT X, 'BS' || LPAD(X, 9, '0'), '统计基准对象' || X,"
        + " 'ENTERPRISE', CASE WHEN MOD(X, 20) = 0 THEN 'CANCELLED' ELSE 'EXISTING' END,"
        + " '乡镇' || MOD(X / 3 + X / 1009, 20), 'I' || LPAD(MOD(X / 7 + X / 101, 40), 2, '0'),"
        + " '行业' || MOD(X / 7 + X / 101, 40), CURRENT_TIMESTAMP FROM SYSTEM_RANGE(" + lo + ", " + hi + ")");
    // the target of inspection X is X·7919 mod M + 1: distinct for distinct X (7919 is prime), spread over the directory;
    // townships and industries by integer divisions, not X mod 20 / 40: those made each task's targets share one
    // township and one industry (X ≡ task mod 80), a year far more regular than a county's (ADR 0034)
    String target = "MOD(X * 7919, " + targets + ") + 1";
    batches(dsl, inspections, (lo, hi) -> "INSERT INTO inspection (id, draw_id, task_id, target_id, draw_order, status)"
        + " SELECT X, MOD(X - 1, " + tasks + ") + 1, MOD(X - 1, " + tasks + ") + 1, " + target + ", X,"
        + " CASE MOD(X, 10) WHEN 0 THEN 'AWAITING_NOTICE' WHEN 1 THEN 'NOTIFIED' WHEN 2 THEN 'INSPECTED'"
        + " WHEN 3 THEN 'INSPECTED' WHEN 4 THEN 'INSPECTED' ELSE 'PUBLISHED' END FROM SYSTEM_RANGE(" + lo + ", " + hi
        + ")");
    String formed = "DATEADD('DAY', MOD(X, 270), DATE '2026-03-02')";
    batches(dsl, inspections, (lo, hi) -> "INSERT INTO inspection_result (id, inspection_id, version, formed_on,"
        + " methods, recorded_at, recorded_by, current_inspection_id) SELECT X, X, 1, " + formed + ", 'ON_SITE',"
        + " CURRENT_TIMESTAMP, '基准', X FROM SYSTEM_RANGE(" + lo + ", " + hi + ") WHERE MOD(X, 10) >= 2");
    String code = "CASE WHEN MOD(X, 7) = 0 THEN 'B' WHEN MOD(X, 11) = 0 THEN '6' WHEN MOD(X, 13) = 0 THEN 'E'"
        + " WHEN MOD(X, 17) = 0 THEN '3' ELSE '1' END";
    batches(dsl, inspections, (lo, hi) -> "INSERT INTO inspection_result_code (result_id, code, sort_order) SELECT X, "
        + code + ", 0 FROM SYSTEM_RANGE(" + lo + ", " + hi + ") WHERE MOD(X, 10) >= 2");
    batches(dsl, inspections, (lo, hi) -> "INSERT INTO inspection_result_code (result_id, code, sort_order)"
        + " SELECT X, '2', 1 FROM SYSTEM_RANGE(" + lo + ", " + hi + ") WHERE MOD(X, 10) >= 2 AND MOD(X, 7) = 0");
    batches(dsl, inspections, (lo, hi) -> "INSERT INTO publication (inspection_id, task_code, department_code,"
        + " result_date, due_on, due_provisional, published_on, recorded_at, recorded_by) SELECT X,"
        + " 'BS-T' || (MOD(X - 1, " + tasks + ") + 1), 'BENCH-S' || (MOD(X - 1, " + tasks + ") / "
        + TASKS_PER_DEPARTMENT + " + 1), " + formed + ", DATEADD('DAY', 28, " + formed + "), FALSE,"
        + " DATEADD('DAY', MOD(X, 33), " + formed + "), CURRENT_TIMESTAMP, '基准' FROM SYSTEM_RANGE(" + lo + ", " + hi
        + ") WHERE MOD(X, 10) >= 5");
    batches(dsl, inspections, (lo, hi) -> "INSERT INTO follow_up (inspection_id, result_id, kind, due_date, closed,"
        + " closed_on, created_at) SELECT X, X, CASE WHEN MOD(X, 7) = 0 THEN 'ORDER_CORRECTION' ELSE 'REFERRAL' END,"
        + " DATEADD('DAY', 14, " + formed + "), MOD(X, 2) = 0, CASE WHEN MOD(X, 2) = 0 THEN DATEADD('DAY', 10, "
        + formed + ") END, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(" + lo + ", " + hi + ") WHERE MOD(X, 10) >= 2"
        + " AND (MOD(X, 7) = 0 OR MOD(X, 11) = 0 OR (MOD(X, 13) <> 0 AND MOD(X, 17) = 0))");
  }

  private interface Batch {
    String sql(long lo, long hi);
  }

  private static void batches(DSLContext dsl, long n, Batch batch) {
    for (long lo = 1; lo <= n; lo += BATCH) {
      long first = lo;
      long hi = Math.min(n, lo + BATCH - 1);
      dsl.transaction(trx -> trx.dsl().execute(batch.sql(first, hi)));
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double millis(long nanos) {
    return (System.nanoTime() - nanos) / 1e6;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - nanos) / 1e9);
  }
}
