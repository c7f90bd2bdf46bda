package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.cli.Bounds;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji bench start [--runs N] [--dir DIR]}: starts the application N times, each in its
 * own JVM ({@link StartChild}) on a demo county file it prepares, and times from just before the
 * JVM is started to the first frame drawn and to the home page's figures filled in — beside the
 * floor, a minimal JavaFX window ({@link StartFloorWindow}) started and timed the same way. Runs
 * under {@code $DISPLAY}, or under an Xvfb of its own when no display is set; refuses when there
 * is neither. One untimed round of each comes first (the OS's file cache, the class files), then
 * floor and application alternate, so both meet the same state of the shared machine. Goals:
 * first frame ≤ 1.5 × the floor; home figures ≤ 2 s.
 */
@Command(name = "start", mixinStandardHelpOptions = true)
public final class BenchStartCommand implements Callable<Integer> {
  static final int MAX_RUNS = 100;
  /** How long one start may take before it counts as failed. */
  private static final long START_TIMEOUT_SECONDS = 180;
  private static final double FRAME_GOAL = 1.5;
  private static final double HOME_GOAL_SECONDS = 2.0;

  @Spec
  CommandSpec spec;
  @Option(names = "--runs", paramLabel = "N", defaultValue = "5", descriptionKey = "cli.bench.start.runs")
  int runs;
  @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "cli.bench.start.dir")
  @Nullable Path dir;
  @Option(names = "--cds", descriptionKey = "cli.bench.start.cds")
  boolean cds;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Bounds.within("--runs", runs, 1, MAX_RUNS);
    PrintWriter out = spec.commandLine().getOut();
    String display = System.getenv("DISPLAY");
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("suiji-bench-start");
    Path file = work.resolve("start-demo.mv.db");
    Process xvfb = null;
    try {
      if (display == null || display.isBlank()) {
        Path binary = xvfbBinary().orElseThrow(() -> new SuijiException("cli.bench.start.noDisplay"));
        xvfb = new ProcessBuilder(binary.toString(), "-displayfd", "1", "-screen", "0", "1280x860x24", "-nolisten", "tcp")
            .redirectError(work.resolve("xvfb.log").toFile()).start();
        display = ":" + readDisplay(xvfb);
        out.println(Messages.msg("cli.bench.start.xvfb", display));
      } else {
        out.println(Messages.msg("cli.bench.start.display", display));
      }
      if (!Files.exists(file)) {
        long t = System.nanoTime();
        try (Services services = Services.open(file)) {
          services.demo().create(false, Progress.NONE);
        }
        out.println(Messages.msg("cli.bench.start.prepared", file, fmt(seconds(System.nanoTime() - t))));
      } else {
        out.println(Messages.msg("cli.bench.start.reused", file));
      }
      out.println(Messages.msg("cli.bench.start.how", Runtime.getRuntime().availableProcessors(), load()));
      out.flush();
      // with --cds each warm-up start writes its own class archive (AppCDS), which its later starts map
      Path floorArchive = work.resolve("hello.jsa");
      Path appArchive = work.resolve("app.jsa");
      if (cds) {
        Files.deleteIfExists(floorArchive);
        Files.deleteIfExists(appArchive);
        out.println(Messages.msg("cli.bench.start.cdsOn"));
      }
      List<String> floorJvm = cds ? List.of("-XX:SharedArchiveFile=" + floorArchive) : List.of();
      List<String> appJvm = cds ? List.of("-XX:SharedArchiveFile=" + appArchive) : List.of();
      Start warmFloor = start(work, display, cds ? List.of("-XX:ArchiveClassesAtExit=" + floorArchive) : List.of(), "hello");
      Start warmApp = start(work, display, cds ? List.of("-XX:ArchiveClassesAtExit=" + appArchive) : List.of(), "app",
          file.toString());
      out.println(Messages.msg("cli.bench.start.warm", fmt(warmFloor.firstFrame()), fmt(warmApp.firstFrame()),
          fmt(warmApp.homeFilled())));
      out.println(Messages.msg("cli.bench.start.header"));
      out.flush();
      double[] floor = new double[runs];
      double[] frame = new double[runs];
      double[] home = new double[runs];
      double[] ratio = new double[runs];
      for (int i = 0; i < runs; i++) {
        floor[i] = start(work, display, floorJvm, "hello").firstFrame();
        Start app = start(work, display, appJvm, "app", file.toString());
        frame[i] = app.firstFrame();
        home[i] = app.homeFilled();
        ratio[i] = frame[i] / floor[i];
        out.println(Messages.msg("cli.bench.start.row", i + 1, fmt(floor[i]), fmt(frame[i]), fmt(home[i]), fmt(ratio[i])));
        out.flush();
      }
      out.println(Messages.msg("cli.bench.start.row", Messages.msg("cli.bench.start.median"), fmt(median(floor)),
          fmt(median(frame)), fmt(median(home)), fmt(median(ratio))));
      out.println(Messages.msg("cli.bench.start.row", Messages.msg("cli.bench.start.max"), fmt(max(floor)),
          fmt(max(frame)), fmt(max(home)), fmt(max(ratio))));
      // the goal is read on the paired ratios (each start beside the floor started just before it),
      // as the machine's load moves from one minute to the next
      double frameRatio = median(ratio);
      out.println(Messages.msg("cli.bench.start.goals", fmt(frameRatio), verdict(frameRatio <= FRAME_GOAL), fmt(median(home)),
          verdict(median(home) <= HOME_GOAL_SECONDS), load()));
      out.println(Messages.msg("cli.bench.crash.size", BenchCrashCommand.mb(Files.size(file)),
          BenchCrashCommand.mb(BenchCrashCommand.compactedSize(file))));
      return 0;
    } finally {
      if (xvfb != null) {
        xvfb.destroy();
        xvfb.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** One start's marks, in seconds from just before its JVM was started; NaN for a mark it has not. */
  record Start(double firstFrame, double homeFilled) {}

  /** Starts one child JVM and reads its marks until it ends. */
  private static Start start(Path work, String display, List<String> jvm, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-Dsuiji.log.dir=" + work.resolve("logs"), "-cp", System.getProperty("java.class.path"),
        StartChild.class.getName()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(work.resolve("child.log").toFile());
    builder.environment().put("DISPLAY", display);
    long launched = System.nanoTime();
    Process child = builder.start();
    // a start that hangs is ended, so its output closes and this read returns
    CompletableFuture.runAsync(child::destroyForcibly,
        CompletableFuture.delayedExecutor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS));
    double frame = Double.NaN;
    double home = Double.NaN;
    List<String> said = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        said.add(line);
        if (line.startsWith(StartChild.FIRST_FRAME)) {
          frame = seconds(Long.parseLong(line.substring(StartChild.FIRST_FRAME.length()).strip()) - launched);
        } else if (line.startsWith(StartChild.HOME_FILLED)) {
          home = seconds(Long.parseLong(line.substring(StartChild.HOME_FILLED.length()).strip()) - launched);
        }
      }
    } finally {
      if (!child.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        child.waitFor();
      }
    }
    boolean app = args[0].equals("app");
    if (Double.isNaN(frame) || (app && Double.isNaN(home))) {
      String log = Files.readString(work.resolve("child.log"), StandardCharsets.UTF_8);
      throw new SuijiException("cli.bench.start.childFailed", String.join(" ", args), child.exitValue(),
          String.join("\n", said) + "\n" + log.substring(Math.max(0, log.length() - 2_000)));
    }
    return new Start(frame, home);
  }

  /** Xvfb on the PATH, if installed. */
  static Optional<Path> xvfbBinary() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(File.pathSeparator)).filter(p -> !p.isBlank()).map(p -> Path.of(p, "Xvfb"))
        .filter(Files::isExecutable).findFirst();
  }

  /** The display number Xvfb writes on its output once it accepts connections ({@code -displayfd 1}). */
  private static String readDisplay(Process xvfb) throws IOException, InterruptedException {
    StringBuilder number = new StringBuilder();
    long end = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < end) {
      while (xvfb.getInputStream().available() > 0) {
        int c = xvfb.getInputStream().read();
        if (c == '\n' && number.length() > 0) {
          return number.toString();
        }
        if (Character.isDigit(c)) {
          number.append((char) c);
        }
      }
      if (xvfb.waitFor(20, TimeUnit.MILLISECONDS)) {
        break;
      }
    }
    throw new SuijiException("cli.bench.start.xvfbFailed");
  }

  private static String load() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "?" : String.format(Locale.ROOT, "%.1f", load);
  }

  private static String verdict(boolean met) {
    return Messages.msg(met ? "cli.bench.start.met" : "cli.bench.start.notMet");
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
