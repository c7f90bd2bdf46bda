package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.service.DrawCheck;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code suiji bench crash}: the crash campaign. A child JVM ({@link CrashWorkload}) creates the
 * demo county, imports, draws, confirms and changes settings through the real services, and is
 * killed with SIGKILL — at a random moment, inside a commit (found by sampling its threads with
 * {@code jcmd Thread.print}), right after it printed that something is done, or while a new
 * file is being created and migrated. After each kill the file is opened and checked: it opens;
 * the audit chain and the evidence journal agree; every draw recomputes; everything the child
 * said was done is there; what it had started is wholly there or wholly absent. Goal: 0 lost,
 * 0 partial, 0 unopenable.
 */
@Command(name = "crash", mixinStandardHelpOptions = true)
public final class BenchCrashCommand implements Callable<Integer> {
  /** Where each kill lands. */
  enum Phase {
    /** A new file: the kill lands in its creation, its migration or the demo's first second. */
    NEW_FILE("cli.bench.crash.phase.newFile"),
    /** The demo county's one long transaction, on a new file. */
    DEMO("cli.bench.crash.phase.demo"),
    /** Anywhere in the work. */
    RANDOM("cli.bench.crash.phase.random"),
    /** Inside a commit: H2's TransactionStore.commit, the sync after it, or the journal's append. */
    COMMIT("cli.bench.crash.phase.commit"),
    /** Right after the child printed that something is done. */
    AFTER_DONE("cli.bench.crash.phase.afterDone");

    final String label;

    Phase(String label) {
      this.label = label;
    }
  }

  private static final List<String> COMMIT_FRAMES = List.of("TransactionStore.commit", "SerialWrites.commit",
      "CHECKPOINT", "AuditJournal.append", "MVStore.store", "FileStore.sync");

  @Spec
  CommandSpec spec;
  @Option(names = "--kills", defaultValue = "200", descriptionKey = "cli.bench.crash.kills")
  int kills;
  @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "cli.bench.crash.dir")
  @Nullable Path dir;
  @Option(names = "--seed", defaultValue = "1", descriptionKey = "cli.bench.crash.seed")
  long seed;
  @Option(names = "--peer", descriptionKey = "cli.bench.crash.peer")
  boolean peer;
  @Option(names = "--each", descriptionKey = "cli.bench.crash.each")
  boolean each;
  @Option(names = "--fresh", descriptionKey = "cli.bench.crash.fresh")
  boolean fresh;

  private final Map<Phase, int[]> tally = new EnumMap<>(Phase.class);
  private int lost;
  private int partial;
  private int unopenable;
  private int undone;
  private int verifyFailed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (kills < 1 || kills > 100_000) {
      throw new SuijiException("cli.bench.crash.badKills", kills);
    }
    Path work = dir != null ? dir : Files.createTempDirectory("suiji-crash");
    Files.createDirectories(work);
    Random random = new Random(seed);
    Path main = work.resolve("county.mv.db");
    long started = System.nanoTime();
    out.println(Messages.msg(peer ? "cli.bench.crash.startPeer" : "cli.bench.crash.start", kills, work));
    out.flush();
    Path base = work.resolve("base.mv.db");
    if (!Files.exists(base)) {
      deleteFileAndSiblings(main);
      try (Services services = Services.open(base)) {
        services.demo().create(false, cn.suiji.shared.Progress.NONE);
      }
    }
    if (!Files.exists(main)) {
      reset(base, main);
    }
    for (int k = 1; k <= kills; k++) {
      Phase phase = each ? Phase.values()[(k - 1) % Phase.values().length] : pick(random);
      if (fresh && k > 1) {
        reset(base, main);
      }
      Path file = main;
      String mode = "work";
      if (phase == Phase.NEW_FILE || phase == Phase.DEMO) {
        file = work.resolve("fresh-" + k + ".mv.db");
        mode = "demo";
      }
      String result;
      try {
        result = killOnce(file, mode, phase, seed * 100_000 + k, random);
      } catch (SuijiException e) {
        unopenable++;
        int[] t = tally.computeIfAbsent(phase, p -> new int[2]);
        t[0]++;
        t[1]++;
        result = "UNOPENABLE: " + Messages.current().describe(e).replace('\n', ' ');
      }
      out.println(String.format(Locale.ROOT, "%d|%s|%s", k, phase, result));
      out.flush();
      if (file.equals(main) && !result.endsWith("|ok")) {
        reset(base, main); // the next kill starts from a sound file again
      }
      if (!file.equals(main)) {
        deleteFileAndSiblings(file);
      }
    }
    double minutes = (System.nanoTime() - started) / 6e10;
    out.println(Messages.msg("cli.bench.crash.header"));
    for (Phase p : Phase.values()) {
      int[] t = tally.getOrDefault(p, new int[2]);
      out.println(Messages.msg("cli.bench.crash.row", Messages.msg(p.label), t[0], t[1]));
    }
    out.println(Messages.msg("cli.bench.crash.total", kills, lost, partial, unopenable, verifyFailed,
        String.format(Locale.ROOT, "%.1f", minutes)));
    out.println(Messages.msg("cli.bench.crash.undone", undone));
    if (Files.exists(main)) {
      out.println(Messages.msg("cli.bench.crash.size", mb(Files.size(main)), mb(compactedSize(main))));
    }
    return lost + partial + unopenable + verifyFailed == 0 ? SuijiCommand.OK : SuijiCommand.CHECK_FAILED;
  }

  private static Phase pick(Random random) {
    int r = random.nextInt(100);
    return r < 10 ? Phase.NEW_FILE : r < 18 ? Phase.DEMO : r < 50 ? Phase.RANDOM : r < 80 ? Phase.COMMIT : Phase.AFTER_DONE;
  }

  private String killOnce(Path file, String mode, Phase phase, long childSeed, Random random)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("suiji-crash", ".log");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Dsuiji.crashPeer.h2Defaults=" + peer, "-cp", System.getProperty("java.class.path"),
        CrashWorkload.class.getName(), file.toString(), mode, Long.toString(childSeed));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    String landed;
    try {
      landed = switch (phase) {
        case NEW_FILE -> sleepThenKill(child, 500 + random.nextInt(5_500));
        case DEMO -> {
          awaitLine(log, child, "START demo", 60_000);
          yield sleepThenKill(child, random.nextInt(12_000));
        }
        case RANDOM -> {
          awaitLine(log, child, "READY", 60_000);
          yield sleepThenKill(child, 300 + random.nextInt(8_000));
        }
        case COMMIT -> {
          awaitLine(log, child, "READY", 60_000);
          yield killInCommit(child);
        }
        case AFTER_DONE -> {
          awaitLine(log, child, "READY", 60_000);
          long doneBefore = count(log, "DONE ");
          long end = System.currentTimeMillis() + 60_000;
          while (count(log, "DONE ") == doneBefore && child.isAlive() && System.currentTimeMillis() < end) {
            child.waitFor(1, TimeUnit.MILLISECONDS);
          }
          yield "after-done";
        }
      };
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    List<String> said = Files.readAllLines(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    // the file as the kill left it, kept when the check fails, for a look with H2's own tools
    Path asKilled = file.resolveSibling("as-killed.mv.db");
    if (Files.exists(file)) {
      Files.copy(file, asKilled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    String verdict = check(file, said, phase);
    if (!verdict.startsWith("ok") && Files.exists(asKilled)) {
      Path kept = file.resolveSibling("failed-" + System.nanoTime() + ".mv.db");
      Files.move(asKilled, kept);
      Files.write(kept.resolveSibling(kept.getFileName() + ".said.txt"), said, StandardCharsets.UTF_8);
      verdict += " (kept as " + kept.getFileName() + ")";
    }
    int[] t = tally.computeIfAbsent(phase, p -> new int[2]);
    t[0]++;
    if (!verdict.startsWith("ok")) {
      t[1]++;
    }
    return landed + "|" + verdict;
  }

  private static String sleepThenKill(Process child, long millis) throws InterruptedException {
    child.waitFor(millis, TimeUnit.MILLISECONDS);
    return millis + "ms";
  }

  /** Samples the child's threads until one is inside a commit; gives up after 30 s. */
  private static String killInCommit(Process child) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    long end = System.currentTimeMillis() + 30_000;
    while (child.isAlive() && System.currentTimeMillis() < end) {
      Process p = new ProcessBuilder(jcmd, Long.toString(child.pid()), "Thread.print").redirectErrorStream(true).start();
      String dump = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      for (String frame : COMMIT_FRAMES) {
        if (dump.contains(frame)) {
          child.destroyForcibly();
          return "in " + frame;
        }
      }
    }
    return "commit not caught";
  }

  /** Opens the file and checks everything the child said against it. */
  private String check(Path file, List<String> said, Phase phase) {
    if (!Files.exists(file)) {
      boolean reported = said.stream().anyMatch(l -> l.startsWith("READY") || l.startsWith("DONE"));
      if (reported) {
        lost++;
        return "LOST: the file the child worked on is gone";
      }
      return "ok (no file yet)";
    }
    List<String> problems = new ArrayList<>();
    try (Services services = Services.open(file)) {
      DSLContext dsl = services.database().dsl();
      AuditVerification chain = services.auditor().verify(dsl);
      if (!chain.isIntact()) {
        verifyFailed++;
        problems.add("audit " + chain.problem() + " at " + chain.brokenSeq());
      }
      for (DrawCheck c : services.draw().verifyAll()) {
        if (!c.passed()) {
          verifyFailed++;
          problems.add("draw " + c.draw().id() + " does not verify: " + c.findings());
        }
      }
      checkSaid(services, dsl, said, problems);
      if (services.database().undoneOnOpen().isPresent()) {
        undone++;
        if (problems.isEmpty()) {
          return "ok (undone: " + services.database().undoneOnOpen().get() + ")";
        }
      }
    } catch (SuijiException e) {
      unopenable++;
      return "UNOPENABLE: " + Messages.current().describe(e).replace('\n', ' ');
    }
    return problems.isEmpty() ? "ok" : String.join("; ", problems);
  }

  private void checkSaid(Services services, DSLContext dsl, List<String> said, List<String> problems) {
    String started = null;
    for (String line : said) {
      String[] w = line.strip().split(" ");
      if (w[0].equals("START")) {
        started = line.strip();
      } else if (w[0].equals("DONE") || w[0].equals("SKIP")) {
        started = null;
        if (w[0].equals("DONE") && !present(services, dsl, w)) {
          lost++;
          problems.add("LOST: " + line.strip());
        }
      }
    }
    if (started != null && !wholeOrAbsent(dsl, started.split(" "))) {
      partial++;
      problems.add("PARTIAL: " + started);
    }
  }

  private static boolean present(Services services, DSLContext dsl, String[] w) {
    return switch (w[1]) {
      case "demo" -> demoTargets(dsl) == DEMO_TARGETS;
      case "import" -> importedTargets(dsl, w[2]) == Integer.parseInt(w[3]);
      case "draw" -> services.draw().list().stream()
          .anyMatch(d -> d.id() == Long.parseLong(w[3]) && d.status() == AttemptStatus.CONFIRMED
              && w[4].equals(d.verificationCode()));
      case "setting" -> services.settings().get(CrashWorkload.COUNTER).map(Integer::parseInt).orElse(0)
          >= Integer.parseInt(w[2]);
      default -> true;
    };
  }

  /** What was started but not said done is wholly there or not there at all. */
  private static boolean wholeOrAbsent(DSLContext dsl, String[] w) {
    return switch (w[1]) {
      case "demo" -> {
        long n = demoTargets(dsl);
        yield n == 0 || n == DEMO_TARGETS;
      }
      case "import" -> {
        long n = importedTargets(dsl, w[2]);
        yield n == 0 || n == Integer.parseInt(w[3]);
      }
      default -> true; // a draw is checked by the integrity check at open and by verifyAll
    };
  }

  private static final long DEMO_TARGETS = 20_000;

  private static long demoTargets(DSLContext dsl) {
    return dsl.fetchCount(DSL.table(DSL.name("TARGET")),
        DSL.field(DSL.name("NAME"), String.class).notLike(CrashWorkload.NAME_PREFIX + "%"));
  }

  private static long importedTargets(DSLContext dsl, String name) {
    return dsl.fetchCount(DSL.table(DSL.name("TARGET")), DSL.field(DSL.name("NAME"), String.class).like(name + "%"));
  }

  private static long count(Path log, String prefix) throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(prefix)).count();
  }

  private static void awaitLine(Path log, Process child, String line, long timeoutMillis)
      throws IOException, InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end && child.isAlive()) {
      if (count(log, line) > 0) {
        return;
      }
      child.waitFor(20, TimeUnit.MILLISECONDS);
    }
    if (count(log, line) == 0) {
      throw new SuijiException("cli.bench.crash.childFailed", line, tail(log));
    }
  }

  private static String tail(Path log) throws IOException {
    String all = Files.readString(log, StandardCharsets.UTF_8);
    return all.substring(Math.max(0, all.length() - 2_000));
  }

  /** The size of a compacted copy of the file (H2's SHUTDOWN COMPACT), the file's own floor. */
  /** The size of {@code file} fully compacted, measured on a copy ({@link FileSizes}). */
  static long compactedSize(Path file) throws IOException {
    try {
      return FileSizes.of(file).compacted();
    } catch (IllegalStateException e) {
      throw new SuijiException(e, "db.error.open", file, e.getMessage());
    }
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  /** Replaces the working file (and its journal) by a copy of the demo county made at the start. */
  private static void reset(Path base, Path main) throws IOException {
    deleteFileAndSiblings(main);
    Files.copy(base, main);
    Files.copy(sibling(base, ".journal"), sibling(main, ".journal"));
  }

  private static void deleteFileAndSiblings(Path file) throws IOException {
    Files.deleteIfExists(file);
    for (String suffix : List.of(".journal", ".unclosed", ".creating.mv.db", ".migrating.mv.db", ".trace.db")) {
      Files.deleteIfExists(sibling(file, suffix));
    }
  }

  private static Path sibling(Path file, String suffix) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + suffix);
  }
}
