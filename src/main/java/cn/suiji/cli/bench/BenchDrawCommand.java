package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.cli.Bounds;
import cn.suiji.cli.DataFileCheck;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.draw.service.DrawService;
import cn.suiji.draw.service.DrawSession;
import cn.suiji.shared.db.KeysetReads;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
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
 * {@code suiji bench draw --targets N --ratio R [--db PATH]}: builds (or reuses) an H2 file
 * database holding N targets of one department, adds a fresh undirected task at R % with its own
 * item and about 60 qualified inspectors, and times in this one JVM: (a) the draw through
 * {@link DrawService} (open: plan and freeze; perform: pool hash, engine, record written; then
 * confirm, shown apart), (b) the floor, reading only the pool's keys in key order from the same
 * tables by the same index, (c) the usual peer, {@code ORDER BY RAND() LIMIT k} over the same rows, (d) verifying
 * the stored record. A fresh task per run keeps a reused database's earlier draws out of the pool.
 * {@code --verbose} also prints each step's phases (the service's {@code PhaseEvent}s, recorded by a {@link PhaseRecorder}). The steps run
 * in the ceremony's order (floor read twice, the first untimed; plan, open, perform, confirm,
 * verify) and the peer last; (e) the confirm's floor ({@link ConfirmFloor}: the same rows written
 * by H2 itself by INSERT … SELECT) runs just before and just after the confirmation. At the end
 * the data file's size is printed beside the size of a compacted copy, so its scan of every target row cannot flush the pool's index from
 * H2's cache before the draw reads it: (a) and (b) both read a warm index.
 */
@Command(name = "draw", mixinStandardHelpOptions = true)
public final class BenchDrawCommand implements Callable<Integer> {
  static final String DEPARTMENT = "BENCH-DRAW";
  private static final int INSPECTORS = 60;
  private static final int BATCH = 50_000;
  private static final String POOL_FROM = " FROM target_department td JOIN target t ON t.id = td.target_id"
      + " WHERE td.department_id = ? AND t.status IN ('EXISTING', 'OPERATING')";

  @Option(names = "--targets", paramLabel = "N", defaultValue = "1000000", descriptionKey = "cli.option.benchTargets")
  int targets;
  @Option(names = "--ratio", paramLabel = "R", defaultValue = "3", descriptionKey = "cli.option.benchRatio")
  int ratio;
  @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.benchDb")
  @Nullable Path db;
  @Option(names = "--verbose", descriptionKey = "cli.option.benchDrawVerbose")
  boolean verbose;
  /** Untimed rounds before the timed ones (printed, not counted). */
  private static final int WARM_UP = 3;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "5", descriptionKey = "cli.option.benchDrawRounds")
  int rounds;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Bounds.positive("--targets", targets);
    Bounds.within("--ratio", ratio, 1, 100);
    Bounds.positive("--rounds", rounds);
    PrintWriter out = spec.commandLine().getOut();
    Path file = db != null ? DataFileCheck.creatable(db.toString()) : Files.createTempDirectory("suiji-bench-draw").resolve("bench");
    try (Services services = Services.open(file)) {
      DSLContext dsl = services.database().dsl();
      long started = System.nanoTime();
      long department = department(dsl);
      long have = dsl.fetchValue("SELECT COUNT(*) FROM target_department WHERE department_id = ?", department)
          instanceof Number n ? n.longValue() : 0;
      if (have < targets) {
        fill(dsl, department, have + 1, targets);
        out.println(Messages.msg("cli.bench.draw.generated", file, targets, seconds(started)));
      } else {
        out.println(Messages.msg("cli.bench.draw.reused", file, have));
      }
      String task = task(dsl, department);
      out.println(Messages.msg("cli.bench.draw.jvm", Runtime.getRuntime().maxMemory() >> 20,
          Runtime.getRuntime().availableProcessors(), WARM_UP));
      out.flush();

      DrawService draws = services.draw();
      // WARM_UP rounds first, printed but not counted, so neither side pays alone for the cold
      // file, the JIT compiling its loops or the heap growing to its working size: with one
      // such round the first two timed rounds were still the slowest of every run, on the
      // draw's side (1.4-2.4 s against 0.7-0.9 s later, the floor hardly moving)
      for (int round = 0; round < WARM_UP; round++) {
        Round warm = round(dsl, department, draws, task, "0 0 0 " + round);
        draws.verify(warm.session().drawId()); // (d)'s code is warmed as (a)'s is: it runs once, at the end
        draws.voidDraw(warm.session().drawId(), "bench warm-up " + (round + 1));
        out.println(Messages.msg("cli.bench.draw.warmRound", round + 1, fmt(warm.draw()), fmt(warm.floor()),
            fmt(warm.draw() / warm.floor())));
        out.flush();
      }
      // --verbose: the steps' phases as the draw service sends them (JFR events), from here on
      PhaseRecorder recorder = verbose ? new PhaseRecorder() : null;
      long t = System.nanoTime();
      DrawPlan plan = draws.plan(task);
      double planSeconds = seconds(t);
      int k = plan.totalK();

      // Each round reads the floor, then opens and performs an attempt (a), side by side, so
      // both meet the same state of the shared machine and of H2's cache; every round but the
      // last voids its attempt (a redraw gets a new nonce, as in a ceremony). The table shows
      // the medians; each round's pair is printed too. The peer runs last, as its full read of
      // the target rows would otherwise evict the pool's index pages between floor and draw.
      int n = Math.max(1, rounds);
      double[] floors = new double[n];
      double[] opens = new double[n];
      double[] performs = new double[n];
      int poolSize = 0;
      DrawSession session = null;
      DrawAttempt attempt = null;
      for (int round = 0; round < n; round++) {
        Round r = round(dsl, department, draws, task, "1 2 3 4 " + round);
        poolSize = r.poolSize();
        session = r.session();
        attempt = r.attempt();
        floors[round] = r.floor();
        opens[round] = r.open();
        performs[round] = r.perform();
        out.println(Messages.msg("cli.bench.draw.round", round + 1, fmt(r.draw()), fmt(r.floor()),
            fmt(r.draw() / r.floor())));
        out.flush();
        if (round < n - 1) {
          draws.voidDraw(session.drawId(), "bench round " + (round + 1));
        }
      }
      double floor = median(floors);
      double open = median(opens);
      double perform = median(performs);
      double[] fulls = new double[n];
      for (int i = 0; i < n; i++) {
        fulls[i] = opens[i] + performs[i];
      }
      // (e) the confirm's floor, once before the confirmation and once after it, so that neither
      // side alone meets the inspection tables and the targets' pages cold; the mean is the floor
      double confirmFloorBefore = ConfirmFloor.seconds(dsl, session.drawId(), task, attempt.record().assignments());
      t = System.nanoTime();
      draws.confirm(session.drawId());
      double confirm = seconds(t);
      double confirmFloorAfter = ConfirmFloor.seconds(dsl, session.drawId(), task, attempt.record().assignments());
      double confirmFloor = (confirmFloorBefore + confirmFloorAfter) / 2;
      t = System.nanoTime();
      Verification v = draws.verify(session.drawId());
      double verify = seconds(t);
      t = System.nanoTime();
      int peer = peer(dsl, department, k);
      double peerSeconds = seconds(t);

      double full = median(fulls);
      out.println(Messages.msg("cli.bench.draw.task", task, poolSize, k, attempt.record().selected().size(), peer,
          attempt.verificationCode()));
      out.println(Messages.msg("cli.bench.draw.header"));
      out.println(row(Messages.msg("cli.bench.draw.step.plan"), planSeconds, floor, ""));
      out.println(row(Messages.msg("cli.bench.draw.step.open"), open, floor, ""));
      out.println(row(Messages.msg("cli.bench.draw.step.perform"), perform, floor, ""));
      out.println(row(Messages.msg("cli.bench.draw.step.full"), full, floor, "≤ 1.5"));
      out.println(row(Messages.msg("cli.bench.draw.step.confirm"), confirm, floor,
          Messages.msg("cli.bench.draw.goalConfirm", fmt(confirm / confirmFloor))));
      out.println(row(Messages.msg("cli.bench.draw.step.confirmFloor"), confirmFloor, floor,
          Messages.msg("cli.bench.draw.confirmFloors", fmt(confirmFloorBefore), fmt(confirmFloorAfter))));
      out.println(row(Messages.msg("cli.bench.draw.step.floor"), floor, floor, "1"));
      out.println(row(Messages.msg("cli.bench.draw.step.peer"), peerSeconds, floor, ""));
      out.println(row(Messages.msg("cli.bench.draw.step.verify"), verify, floor,
          Messages.msg("cli.bench.draw.goalVerify", fmt(full / floor))));
      out.println(Messages.msg(v.matches() ? "cli.bench.draw.verified" : "cli.bench.draw.mismatch", v));
      out.println(Messages.msg("cli.bench.draw.goals", fmt(full / floor), full <= 1.5 * floor ? "✓" : "✗",
          verify <= full ? "✓" : "✗"));
      out.println(Messages.msg("cli.bench.draw.goalsConfirm", fmt(confirm / confirmFloor),
          confirm <= 2 * confirmFloor ? "✓" : "✗"));
      if (recorder != null) {
        recorder.phases().forEach((work, phases) -> {
          if (!work.startsWith(DrawService.PHASES_PREFIX)) {
            return;
          }
          StringBuilder line = new StringBuilder();
          phases.forEach((phase, seconds) -> line.append(String.format(Locale.ROOT, " %s=%.3f", phase, seconds)));
          out.println(Messages.msg("cli.bench.draw.phases", work.substring(DrawService.PHASES_PREFIX.length()),
              line.toString().strip()));
        });
        recorder.close();
      }
      services.close();
      Path main = file.getFileName().toString().endsWith(".mv.db") ? file
          : file.resolveSibling(file.getFileName() + ".mv.db");
      if (Files.isRegularFile(main)) {
        out.println(Messages.msg("cli.bench.draw.size", BenchCrashCommand.mb(Files.size(main)),
            BenchCrashCommand.mb(BenchCrashCommand.compactedSize(main))));
      }
      return v.matches() ? 0 : 1;
    }
  }

  private static String row(String step, double seconds, double floor, String goal) {
    return String.format(Locale.ROOT, "%s|%.2f|%s|%s", step, seconds, fmt(seconds / floor), goal);
  }

  /** The median of the values (the mean of the middle two for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static double seconds(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static long department(DSLContext dsl) {
    Object id = dsl.fetchValue("SELECT id FROM department WHERE code = ?", DEPARTMENT);
    if (id instanceof Number n) {
      return n.longValue();
    }
    dsl.execute("INSERT INTO department (code, name, doc_prefix) VALUES (?, '抽取基准局', '基准')", DEPARTMENT);
    long dep = ((Number) dsl.fetchValue("SELECT id FROM department WHERE code = ?", DEPARTMENT)).longValue();
    dsl.execute("INSERT INTO annual_plan (department_id, plan_year, title) VALUES (?, 2026, '抽取基准')", dep);
    dsl.execute("INSERT INTO inspector (inspector_key, department_id, name, cert_no, cert_expiry, status, updated_at)"
        + " SELECT 'BENCH-' || LPAD(X, 3, '0'), ?, '执法员' || X, 'BENCH-C' || X, DATE '2099-12-31', 'ON_DUTY',"
        + " CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, " + INSPECTORS + ")", dep);
    return dep;
  }

  /**
   * Targets {@code from..to} with 18-character keys shaped like unified social credit codes
   * (unique by construction); one in twenty cancelled, one in 997 on the abnormal list.
   */
  private static void fill(DSLContext dsl, long department, long from, long to) {
    for (long lo = from; lo <= to; lo += BATCH) {
      long first = lo;
      long hi = Math.min(to, lo + BATCH - 1);
      dsl.transaction(trx -> {
        DSLContext tx = trx.dsl();
        tx.execute("INSERT INTO target (object_key, name, kind, status, risk_class, abnormal, updated_at)"
            + " SELECT '9133' || LPAD(MOD(X * 7919, 999983), 6, '0') || LPAD(X, 7, '0') || MOD(X, 10),"
            + " '基准检查对象' || X, 'ENTERPRISE', CASE WHEN MOD(X, 20) = 0 THEN 'CANCELLED' ELSE 'EXISTING' END,"
            + " 'A', MOD(X, 997) = 0, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(" + first + ", " + hi + ")");
        tx.execute("INSERT INTO target_department (target_id, department_id) SELECT id, ? FROM target"
            + " WHERE id > (SELECT COALESCE(MAX(target_id), 0) FROM target_department)", department);
      });
    }
  }

  /** A new task (and item, held by every bench inspector) for this run. */
  private String task(DSLContext dsl, long department) {
    long n = ((Number) dsl.fetchValue("SELECT COUNT(*) FROM task WHERE lead_department_id = ?", department))
        .longValue() + 1;
    String code = "BENCH-DRAW-" + n;
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      tx.execute("INSERT INTO inspection_item (department_id, code, name, legal_basis, target_kind, method, item_class,"
          + " valid_from) VALUES (?, ?, '基准事项', '基准', 'ENTERPRISE', '现场检查', 'GENERAL', DATE '2026-01-01')",
          department, code);
      long item = ((Number) tx.fetchValue("SELECT id FROM inspection_item WHERE code = ?", code)).longValue();
      long plan = ((Number) tx.fetchValue("SELECT id FROM annual_plan WHERE department_id = ?", department)).longValue();
      tx.execute("INSERT INTO task (plan_id, code, name, task_type, lead_department_id, ratio_percent, start_date,"
          + " end_date, mode, status) VALUES (?, ?, '抽取基准', 'UNDIRECTED', ?, ?, DATE '2026-04-01',"
          + " DATE '2026-06-30', 'COUNTY_COUNTY', 'PLANNED')", plan, code, department, ratio);
      long task = ((Number) tx.fetchValue("SELECT id FROM task WHERE code = ?", code)).longValue();
      tx.execute("INSERT INTO task_item (task_id, item_id) VALUES (?, ?)", task, item);
      tx.execute("INSERT INTO inspector_item (inspector_id, item_code) SELECT id, ? FROM inspector"
          + " WHERE department_id = ?", code, department);
    });
    return code;
  }

  /**
   * (b) The floor: the pool's keys, in key order, into a list; nothing else. By the cheapest
   * path the schema offers, the one the pool read takes too: the department's target ids from
   * its index into a bit set, then the keys in order with their status from the covering index
   * {@code ix_target_pool}, no row read and no sort (ordered by its two leading columns, or H2
   * walks the unique key index and reads every row; the key is unique, so the order is the
   * same). The earlier floor (target_department
   * joined to target, ORDER BY the key) read each row at random and sorted through temporary
   * files: 136 s for 950,000 keys.
   */
  private static int floor(DSLContext dsl, long department) {
    List<String> keys = new ArrayList<>();
    // plain JDBC and in pieces, as the pool read: no jOOQ record per row, no result built whole first
    dsl.transaction(trx -> trx.dsl().connection(c -> {
      BitSet members = new BitSet();
      KeysetReads.read(c, "SELECT target_id FROM target_department WHERE department_id = ?%s"
          + " ORDER BY department_id, target_id", "target_id", new Object[] {department}, 1,
          r -> members.set(Math.toIntExact(r.getLong(1))));
      KeysetReads.read(c, "SELECT id, object_key FROM target USE INDEX (ix_target_pool)"
          + " WHERE status IN ('EXISTING', 'OPERATING')%s ORDER BY object_key, status", "object_key", new Object[0], 2,
          r -> {
            if (members.get(Math.toIntExact(r.getLong(1)))) {
              keys.add(r.getString(2));
            }
          });
    }));
    return keys.size();
  }

  /** One round's floor and attempt, each step timed. */
  private record Round(int poolSize, double floor, double open, double perform, DrawSession session,
      DrawAttempt attempt) {
    /** (a): open and perform. */
    double draw() {
      return open + perform;
    }
  }

  /** The floor, then an attempt opened and drawn with {@code entropy}, side by side. */
  private static Round round(DSLContext dsl, long department, DrawService draws, String task, String entropy) {
    long t = System.nanoTime();
    int poolSize = floor(dsl, department);
    double floor = seconds(t);
    t = System.nanoTime();
    // the bench task's window is fixed in 2026 while the clock runs on: a reason, as a late draw needs
    DrawSession session = draws.open(task, "bench", "bench: synthetic task");
    double open = seconds(t);
    t = System.nanoTime();
    DrawAttempt attempt = draws.perform(session.drawId(), entropy, List.of("bench"));
    return new Round(poolSize, floor, open, seconds(t), session, attempt);
  }

  /** (c) The peer most systems use: let the database shuffle and take k. */
  private static int peer(DSLContext dsl, long department, int k) {
    return dsl.transactionResult(trx -> trx.dsl()
        .resultQuery("SELECT t.object_key" + POOL_FROM + " ORDER BY RAND() LIMIT ?", department, k)
        .fetch().size());
  }
}
