package cn.suiji.cli.bench;

import cn.suiji.cli.Bounds;
import cn.suiji.cli.SuijiCommand;
import cn.suiji.cli.bench.BenchChild;
import cn.suiji.cli.bench.FileSizes;
import cn.suiji.cli.bench.SampleTargets;
import cn.suiji.directory.service.TargetImportService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji bench import --rows N [--dir D] [--verbose]}: writes a realistic N-row target file
 * ({@link SampleTargets}), then measures, each in a child JVM with {@code -Xmx256m}: (a) the
 * import into a fresh H2 file database — the first load of an empty directory (docs/decisions/0039),
 * (a′) the same file into a fresh one holding one target — the one-transaction import with every
 * index in place, (b) the parse-only scan (the floor), (c) POI's
 * {@code XSSFWorkbook} loading the file, (d) H2 writing the same number of targets itself the way
 * the import writes them ({@link cn.suiji.cli.bench.TargetWriteFloor}: the database's
 * share, no file) in a second fresh database, (e) H2 writing the very rows (a) wrote, in the
 * file's order, itself ({@link TargetWriteFloor#writeSame}) in a third; and prints them side by
 * side with the ratios.
 * {@code --verbose} also prints where the import's time went, phase by phase.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class BenchImportCommand implements Callable<Integer> {
  private static final Pattern LINE = Pattern.compile(
      "BENCH rows=(\\d+) seconds=([\\d.]+) peakMb=(\\d+) liveMb=(\\d+) result=(.*)");
  private static final long CHILD_TIMEOUT_MINUTES = 30;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", descriptionKey = "cli.option.rows")
  int rows;
  @Option(names = "--dir", paramLabel = "D", descriptionKey = "cli.option.benchDir")
  @Nullable Path dir;
  @Option(names = "--verbose", descriptionKey = "cli.option.benchVerbose")
  boolean verbose;
  @Spec
  CommandSpec spec;

  /** One child's figures. */
  record Measurement(long rows, double seconds, long peakMb, long liveMb, String result, String phases,
      FileSizes.@Nullable Sizes sizes) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    Bounds.positive("--rows", rows);
    PrintWriter out = spec.commandLine().getOut();
    Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("suiji-bench");
    Path file = folder.resolve("targets-" + rows + ".xlsx");
    long start = System.nanoTime();
    SampleTargets.write(file, rows);
    out.println(Messages.msg("cli.bench.generated", file, rows, Files.size(file) >> 20,
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
    out.flush();
    Path db = folder.resolve("bench-" + System.currentTimeMillis());
    Measurement imported = verbose ? child("import", file.toString(), db.toString(), "verbose")
        : child("import", file.toString(), db.toString());
    Measurement filled = verbose
        ? child("import-into-filled", file.toString(), folder.resolve("bench-filled-" + System.currentTimeMillis()).toString(), "verbose")
        : child("import-into-filled", file.toString(), folder.resolve("bench-filled-" + System.currentTimeMillis()).toString());
    Measurement scan = child("scan", file.toString());
    Measurement poi = child("poi", file.toString());
    Measurement floor = child("write", String.valueOf(rows), folder.resolve("bench-write-" + System.currentTimeMillis())
        .toString());
    Measurement same = imported.result().equals("ok")
        ? child("write-same", db.toString(), folder.resolve("bench-same-" + System.currentTimeMillis()).toString())
        : new Measurement(0, 0, 0, 0, Messages.msg("cli.bench.sameNeedsImport"), "", null);
    out.println(Messages.msg("cli.bench.header"));
    out.println(line(Messages.msg("cli.bench.step.import"), imported));
    out.println(line(Messages.msg("cli.bench.step.importFilled"), filled));
    out.println(line(Messages.msg("cli.bench.step.scan"), scan));
    out.println(line(Messages.msg("cli.bench.step.poi"), poi));
    out.println(line(Messages.msg("cli.bench.step.write"), floor));
    out.println(line(Messages.msg("cli.bench.step.writeSame"), same));
    if (imported.result().equals("ok") && scan.result().equals("ok")) {
      out.println(Messages.msg("cli.bench.ratio", String.format(Locale.ROOT, "%.2f", imported.seconds() / scan.seconds())));
    }
    if (floor.result().equals("ok") && scan.result().equals("ok")) {
      out.println(Messages.msg("cli.bench.writeRatio", String.format(Locale.ROOT, "%.2f", floor.seconds() / scan.seconds())));
    }
    if (imported.result().equals("ok") && filled.result().equals("ok")) {
      out.println(Messages.msg("cli.bench.firstLoadRatio", String.format(Locale.ROOT, "%.2f", filled.seconds() / imported.seconds())));
    }
    if (filled.result().equals("ok") && floor.result().equals("ok")) {
      out.println(Messages.msg("cli.bench.filledRatio", String.format(Locale.ROOT, "%.2f", filled.seconds() / floor.seconds())));
    }
    if (filled.result().equals("ok") && same.result().equals("ok") && floor.result().equals("ok")) {
      out.println(Messages.msg("cli.bench.filledSameRatio", String.format(Locale.ROOT, "%.2f", filled.seconds() / same.seconds()),
          String.format(Locale.ROOT, "%.2f", same.seconds() / floor.seconds())));
    }
    for (Measurement m : List.of(imported, filled, floor, same)) {
      if (m.sizes() != null) {
        String step = m == imported ? "cli.bench.step.import" : m == filled ? "cli.bench.step.importFilled"
            : m == floor ? "cli.bench.step.write" : "cli.bench.step.writeSame";
        out.println(Messages.msg("cli.bench.fileSizeOf", Messages.msg(step), m.sizes().describe()));
      }
    }
    if (verbose) {
      for (Measurement m : List.of(imported, filled)) {
        if (!m.phases().isEmpty()) {
          out.println(Messages.msg("cli.bench.phases", m.phases()));
        }
      }
    }
    return SuijiCommand.OK;
  }

  private static String line(String step, Measurement m) {
    String result = switch (m.result()) {
      case "ok" -> Messages.msg("cli.bench.ok");
      case "oom" -> Messages.msg("cli.bench.oom");
      default -> Messages.msg("cli.bench.failed", m.result());
    };
    long perSecond = m.seconds() > 0 && m.result().equals("ok") ? Math.round(m.rows() / m.seconds()) : 0;
    return String.format(Locale.ROOT, "%s|%.1f|%d|%d (live %d)|%s", step, m.seconds(), perSecond, m.peakMb(), m.liveMb(),
        result);
  }

  /** Runs {@link BenchChild} with the arguments in a JVM of its own and reads its result line. */
  private static Measurement child(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
    for (String setting : List.of("suiji.db.uncompressed", "suiji.db.extra")) { // a side-by-side run's database settings
      String value = System.getProperty(setting);
      if (value != null) {
        command.add("-D" + setting + "=" + value);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchChild.class.getName()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("suiji-bench", ".log");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Measurement(0, CHILD_TIMEOUT_MINUTES * 60.0, 0, 0, "timeout", "", null);
      }
      String phases = "";
      FileSizes.Sizes sizes = null;
      for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (FileSizes.parse(l) != null) {
          sizes = FileSizes.parse(l);
        }
        if (l.startsWith(BenchChild.PHASES)) {
          phases = l.substring(BenchChild.PHASES.length()).strip();
        }
        Matcher m = LINE.matcher(l.strip());
        if (m.matches()) {
          return new Measurement(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Long.parseLong(m.group(3)),
              Long.parseLong(m.group(4)), m.group(5), phases, sizes);
        }
      }
      String output = Files.readString(log, StandardCharsets.UTF_8).strip();
      return new Measurement(0, 0, 0, 0, output.isEmpty() ? "exit " + p.exitValue()
          : output.substring(Math.max(0, output.length() - 300)), "", null);
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", log, e.getMessage());
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
