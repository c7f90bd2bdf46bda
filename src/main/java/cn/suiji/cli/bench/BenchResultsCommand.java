package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.cli.Bounds;
import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.domain.DepartmentDeadlines;
import cn.suiji.publish.domain.PublicationDeadline;
import cn.suiji.publish.service.DeadlineService;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji bench results --inspections N [--dir D] [--rounds R]}: a generated year (2026) of
 * N inspections with results over six departments and sixty tasks — four in five still awaiting
 * publication, one in five published — plus one in fifty of N inspections past their task's
 * window without a result, in a fresh H2 file. Times, on 2026-12-01, the deadlines view's first
 * page ({@link DeadlineService#firstPage}, 200 rows) and the home page's counts
 * ({@link DeadlineService#countsByDepartment}), each beside the naive peer measured in the same
 * round: every pending result read, its deadline computed in Java, sorted, then cut to the page
 * and counted ({@link DeadlineService#due} and {@link DeadlineService#pastWindow}). Both sides must
 * agree. Goal (issue 13): the median of each ≤ 100 ms. Ends with the data file's size beside its
 * compacted size. Not data of any real county.
 */
@Command(name = "results", mixinStandardHelpOptions = true)
public final class BenchResultsCommand implements Callable<Integer> {
  private static final int DEPARTMENTS = 6;
  private static final int TASKS_PER_DEPARTMENT = 10;
  private static final int PAGE = 200;
  private static final int WARM_UP = 2;
  private static final double GOAL_MS = 100;
  private static final long FIRST_ID = 900_001;
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private static final String[][] NAMES = {{"BR-SCJGJ", "青山县市场监督管理局", "市监"}, {"BR-WJJ", "青山县卫生健康局", "卫健"},
      {"BR-YJJ", "青山县应急管理局", "应急"}, {"BR-STJ", "青山县生态环境分局", "环"}, {"BR-JTJ", "青山县交通运输局", "交"},
      {"BR-NYJ", "青山县农业农村局", "农"}};

  @Option(names = "--inspections", paramLabel = "N", defaultValue = "100000", descriptionKey = "cli.option.benchResultsInspections")
  int inspections;
  @Option(names = "--dir", paramLabel = "D", descriptionKey = "cli.option.benchResultsDir")
  @Nullable Path dir;
  @Option(names = "--rounds", paramLabel = "R", defaultValue = "7", descriptionKey = "cli.option.benchResultsRounds")
  int rounds;
  @Spec
  CommandSpec spec;

  /** One round's figures, in milliseconds, and whether both sides agreed. */
  record Round(double page, double counts, double peer, boolean agree) {}

  @Override
  public Integer call() throws IOException {
    Bounds.within("--inspections", inspections, 1_000, 1_000_000);
    Bounds.within("--rounds", rounds, 1, 100);
    PrintWriter out = spec.commandLine().getOut();
    Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("suiji-bench-results");
    Path file = folder.resolve("bench-results-" + System.currentTimeMillis());
    Path dataFile;
    double[] page = new double[rounds];
    double[] counts = new double[rounds];
    double[] peer = new double[rounds];
    boolean agree = true;
    int pending;
    try (Services services = Services.open(file)) {
      dataFile = services.database().file().orElseThrow();
      long t = System.nanoTime();
      fill(services.database().dsl(), inspections);
      DeadlineService deadlines = services.deadlines();
      pending = deadlines.due(AS_OF).size();
      out.println(Messages.msg("cli.bench.results.generated", inspections, pending, inspections / 50, DEPARTMENTS,
          DEPARTMENTS * TASKS_PER_DEPARTMENT, fmt((System.nanoTime() - t) / 1e6), AS_OF));
      out.println(Messages.msg("cli.bench.results.jvm", Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors(), WARM_UP));
      out.flush();
      for (int i = 0; i < WARM_UP; i++) {
        round(deadlines);
      }
      for (int i = 0; i < rounds; i++) {
        Round r = round(deadlines);
        page[i] = r.page();
        counts[i] = r.counts();
        peer[i] = r.peer();
        agree &= r.agree();
        out.println(Messages.msg("cli.bench.results.round", i + 1, fmt(r.page()), fmt(r.counts()), fmt(r.peer()),
            Messages.msg(r.agree() ? "cli.bench.results.same" : "cli.bench.results.differ")));
        out.flush();
      }
    }
    double pageMs = BenchDrawCommand.median(page);
    double countsMs = BenchDrawCommand.median(counts);
    out.println(Messages.msg("cli.bench.results.header"));
    out.println(row(Messages.msg("cli.bench.results.step.page", PAGE), page, peer));
    out.println(row(Messages.msg("cli.bench.results.step.counts"), counts, peer));
    out.println(row(Messages.msg("cli.bench.results.step.peer"), peer, peer));
    boolean met = pageMs <= GOAL_MS && countsMs <= GOAL_MS;
    out.println(Messages.msg("cli.bench.results.goal", fmt(pageMs), fmt(countsMs),
        Messages.msg(met ? "cli.bench.notices.met" : "cli.bench.notices.notMet")));
    out.println(Messages.msg(agree ? "cli.bench.results.agree" : "cli.bench.results.disagree"));
    out.println(Messages.msg("cli.bench.crash.size", BenchCrashCommand.mb(Files.size(dataFile)),
        BenchCrashCommand.mb(BenchCrashCommand.compactedSize(dataFile))));
    out.println(Messages.msg("cli.bench.results.file", dataFile));
    return met && agree ? 0 : 1;
  }

  /** The page, the counts, then the peer computing both from every pending result. */
  private static Round round(DeadlineService deadlines) {
    long a = System.nanoTime();
    List<PublicationDeadline> firstPage = deadlines.firstPage(AS_OF, PAGE);
    long b = System.nanoTime();
    List<DepartmentDeadlines> byDepartment = deadlines.countsByDepartment(AS_OF);
    long c = System.nanoTime();
    List<PublicationDeadline> all = deadlines.due(AS_OF);
    List<PublicationDeadline> peerPage = all.subList(0, Math.min(PAGE, all.size()));
    List<DepartmentDeadlines> peerCounts = naiveCounts(all, deadlines.pastWindow(AS_OF));
    long d = System.nanoTime();
    return new Round((b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6,
        firstPage.equals(peerPage) && byDepartment.equals(peerCounts));
  }

  /** The counts per department from the full lists, as the home page first computed them. */
  static List<DepartmentDeadlines> naiveCounts(List<PublicationDeadline> all, List<UnresultedInspection> past) {
    Map<Long, int[]> n = new TreeMap<>();
    Map<Long, String[]> names = new TreeMap<>();
    for (PublicationDeadline p : all) {
      names.putIfAbsent(p.departmentId(), new String[] {p.departmentCode(), p.departmentName()});
      n.computeIfAbsent(p.departmentId(), k -> new int[4])[p.state().ordinal()]++;
    }
    for (UnresultedInspection u : past) {
      names.putIfAbsent(u.departmentId(), new String[] {u.departmentCode(), u.departmentName()});
      n.computeIfAbsent(u.departmentId(), k -> new int[4])[3]++;
    }
    return n.entrySet().stream().map(e -> new DepartmentDeadlines(e.getKey(), names.get(e.getKey())[0],
            names.get(e.getKey())[1], e.getValue()[DeadlineState.OK.ordinal()],
            e.getValue()[DeadlineState.SOON.ordinal()], e.getValue()[DeadlineState.OVERDUE.ordinal()], e.getValue()[3]))
        .sorted(Comparator.comparing(DepartmentDeadlines::departmentCode)).toList();
  }

  private static String row(String step, double[] ms, double[] peer) {
    double median = BenchDrawCommand.median(ms);
    double max = java.util.Arrays.stream(ms).max().orElse(0);
    return String.format(Locale.ROOT, "%s|%.1f|%.1f|%.1f|%s", step, median, max, BenchDrawCommand.median(peer),
        fmt(BenchDrawCommand.median(peer) / Math.max(0.001, median)));
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /**
   * The year: departments, one plan each, ten tasks each (windows ending 2026-06-30 or
   * 2026-11-30), one confirmed draw per task, N targets inspected once each with a result spread
   * over 2026-01-05…2026-12-01, every fifth published; then N/50 more targets notified and never
   * inspected. The pending marks and day counts are set as V036 sets them.
   */
  static void fill(DSLContext dsl, int n) {
    long dep = FIRST_ID;
    int tasks = DEPARTMENTS * TASKS_PER_DEPARTMENT;
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      for (int i = 0; i < DEPARTMENTS; i++) {
        tx.execute("INSERT INTO department (id, code, name, doc_prefix) VALUES (?, ?, ?, ?)", dep + i, NAMES[i][0],
            NAMES[i][1], NAMES[i][2]);
        tx.execute("INSERT INTO annual_plan (id, department_id, plan_year, title) VALUES (?, ?, 2026, ?)", dep + i,
            dep + i, NAMES[i][1] + "2026年度抽查计划");
      }
      tx.execute("INSERT INTO task (id, plan_id, code, name, task_type, lead_department_id, fixed_count, start_date,"
          + " end_date, mode, status) SELECT " + dep + " + X, " + dep + " + MOD(X, " + DEPARTMENTS + "), 'BR-2026-' || X,"
          + " '基准抽查任务' || X, 'UNDIRECTED', " + dep + " + MOD(X, " + DEPARTMENTS + "), 1, DATE '2026-01-01',"
          + " CASE WHEN MOD(X, 2) = 0 THEN DATE '2026-06-30' ELSE DATE '2026-11-30' END, 'COUNTY', 'DRAWN'"
          + " FROM SYSTEM_RANGE(0, " + (tasks - 1) + ")");
      tx.execute("INSERT INTO draw (id, task_id, attempt, spec, status, operator_name, created_at, closed_at,"
          + " commitment, record_json) SELECT id, id, 1, 's', 'CONFIRMED', '基准', TIMESTAMP WITH TIME ZONE"
          + " '2026-01-02 09:00:00+08', TIMESTAMP WITH TIME ZONE '2026-01-02 09:00:00+08', 'c', '{}' FROM task"
          + " WHERE id >= " + dep);
    });
    int extra = n / 50;
    int batch = 50_000;
    for (int lo = 1; lo <= n + extra; lo += batch) {
      int hi = Math.min(n + extra, lo + batch - 1);
      int first = lo;
      dsl.transaction(trx -> {
        DSLContext tx = trx.dsl();
        String range = " FROM SYSTEM_RANGE(" + first + ", " + hi + ")";
        tx.execute("INSERT INTO target (id, object_key, name, kind, status, updated_at) SELECT " + FIRST_ID + " + X,"
            + " '9133' || LPAD(X, 14, '0'), '基准检查对象' || X, 'ENTERPRISE', 'OPERATING', CURRENT_TIMESTAMP" + range);
        tx.execute("INSERT INTO inspection (id, draw_id, task_id, target_id, draw_order, status, inspected_on) SELECT "
            + FIRST_ID + " + X, " + dep + " + MOD(X, " + tasks + "), " + dep + " + MOD(X, " + tasks + "), " + FIRST_ID
            + " + X, X, CASE WHEN X > " + n + " THEN 'NOTIFIED' WHEN MOD(X, 5) = 0 THEN 'PUBLISHED' ELSE 'INSPECTED' END,"
            + " CASE WHEN X > " + n + " THEN NULL ELSE DATEADD('DAY', MOD(X * 7919, 331), DATE '2026-01-05') END" + range);
        tx.execute("INSERT INTO inspection_result (inspection_id, version, formed_on, methods, recorded_at, recorded_by,"
            + " current_inspection_id) SELECT " + FIRST_ID + " + X, 1, DATEADD('DAY', MOD(X * 7919, 331),"
            + " DATE '2026-01-05'), 'ON_SITE', CURRENT_TIMESTAMP, '基准', " + FIRST_ID + " + X" + range
            + " WHERE X <= " + n);
      });
    }
    dsl.transaction(trx -> trx.dsl().execute("UPDATE inspection_result r SET pending_department_id = (SELECT"
        + " t.lead_department_id FROM inspection i JOIN task t ON t.id = i.task_id WHERE i.id = r.current_inspection_id"
        + " AND i.status = 'INSPECTED') WHERE r.current_inspection_id IS NOT NULL"));
    dsl.transaction(trx -> trx.dsl().execute("INSERT INTO pending_publication_day (department_id, formed_on, pending)"
        + " SELECT pending_department_id, formed_on, COUNT(*) FROM inspection_result"
        + " WHERE pending_department_id IS NOT NULL GROUP BY pending_department_id, formed_on"));
  }
}
