package cn.suiji.cli.bench;

import cn.suiji.cli.Bounds;
import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.File;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji bench notices --targets N [--dir D] [--soffice PATH]}: N targets' notices and
 * record sheets, generated ({@link SampleNotices}), written by {@link NoticeFiles} into one PDF
 * and one .docx, each in a child JVM with {@code -Xmx256m} (times, heap peak, file sizes, pages);
 * beside it, when LibreOffice is installed, {@code soffice --headless --convert-to pdf} of the
 * same .docx — what an office does today — timed after an untimed conversion of a small file
 * has made its profile. Goal: our PDF at least 5 times faster than that conversion.
 */
@Command(name = "notices", mixinStandardHelpOptions = true)
public final class BenchNoticesCommand implements Callable<Integer> {
  private static final Pattern LINE = Pattern.compile(
      "BENCH documents=(\\d+) generate=([\\d.]+) seconds=([\\d.]+) peakMb=(\\d+) liveMb=(\\d+) result=(.*)");
  private static final long CHILD_TIMEOUT_MINUTES = 30;
  private static final long SOFFICE_TIMEOUT_MINUTES = 60;
  private static final int HEAP_MB = 256;
  private static final double GOAL = 5;

  @Option(names = "--targets", paramLabel = "N", defaultValue = "1000", descriptionKey = "cli.option.benchNoticeTargets")
  int targets;
  @Option(names = "--dir", paramLabel = "D", descriptionKey = "cli.option.benchNoticeDir")
  @Nullable Path dir;
  @Option(names = "--soffice", paramLabel = "PATH", descriptionKey = "cli.option.benchSoffice")
  @Nullable Path soffice;
  @Spec
  CommandSpec spec;

  /** One child's figures. */
  record Measurement(int documents, double seconds, long peakMb, long liveMb, String result) {
    boolean ok() {
      return result.equals("ok");
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Bounds.within("--targets", targets, 1, 100_000);
    PrintWriter out = spec.commandLine().getOut();
    Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("suiji-bench-notices");
    SampleNotices.Batch batch = SampleNotices.generate(targets);
    long voided = batch.notices().stream().filter(n -> n.voided()).count();
    out.println(Messages.msg("cli.bench.notices.generated", targets, batch.notices().size(), voided,
        batch.sheets().size()));
    out.println(Messages.msg("cli.bench.notices.jvm", HEAP_MB, Runtime.getRuntime().availableProcessors()));
    out.flush();
    Path pdf = folder.resolve("notices-" + targets + ".pdf");
    Path docx = folder.resolve("notices-" + targets + ".docx");
    Measurement ours = child(targets, pdf);
    Measurement word = child(targets, docx);

    out.println(Messages.msg("cli.bench.notices.header"));
    out.println(row(Messages.msg("cli.bench.notices.step.pdf"), ours, pdf, ours.ok() ? pages(pdf) : -1));
    out.println(row(Messages.msg("cli.bench.notices.step.docx"), word, docx, -1));
    Path office = office();
    double officeSeconds = -1;
    if (office == null) {
      out.println(Messages.msg("cli.bench.notices.noSoffice", soffice == null ? "soffice" : soffice));
    } else if (word.ok()) {
      Path converted = folder.resolve("libreoffice");
      Files.createDirectories(converted);
      warmUp(office, folder);
      long t = System.nanoTime();
      String failure = convert(office, docx, converted, folder);
      officeSeconds = (System.nanoTime() - t) / 1e9;
      Path result = converted.resolve("notices-" + targets + ".pdf");
      boolean done = failure == null && Files.isRegularFile(result);
      out.println(String.format(Locale.ROOT, "%s|%.2f|%s|%d|%d|%s", Messages.msg("cli.bench.notices.step.soffice"),
          officeSeconds, "—", done ? Files.size(result) >> 10 : 0, done ? pages(result) : 0,
          done ? Messages.msg("cli.bench.ok") : Messages.msg("cli.bench.failed", failure == null ? result : failure)));
      if (!done) {
        officeSeconds = -1;
      }
    }
    if (ours.ok() && officeSeconds > 0) {
      double ratio = officeSeconds / Math.max(0.01, ours.seconds());
      out.println(Messages.msg("cli.bench.notices.ratio", String.format(Locale.ROOT, "%.1f", ratio),
          Messages.msg(ratio >= GOAL ? "cli.bench.notices.met" : "cli.bench.notices.notMet")));
    }
    out.println(Messages.msg("cli.bench.notices.heap", HEAP_MB,
        Messages.msg(ours.ok() && word.ok() ? "cli.bench.notices.met" : "cli.bench.notices.notMet")));
    out.println(Messages.msg("cli.bench.notices.files", pdf, docx));
    return ours.ok() && word.ok() ? 0 : 1;
  }

  private static String row(String step, Measurement m, Path file, int pages) throws IOException {
    String result = switch (m.result()) {
      case "ok" -> Messages.msg("cli.bench.ok");
      case "oom" -> Messages.msg("cli.bench.oom");
      default -> Messages.msg("cli.bench.failed", m.result());
    };
    long kb = Files.isRegularFile(file) ? Files.size(file) >> 10 : 0;
    return String.format(Locale.ROOT, "%s|%.2f|%d (live %d)|%d|%s|%s", step, m.seconds(), m.peakMb(), m.liveMb(), kb,
        pages < 0 ? "—" : String.valueOf(pages), result);
  }

  private static int pages(Path pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Runs {@link NoticesChild} in a JVM of its own with a 256 MB heap and reads its result line. */
  private static Measurement child(int targets, Path file) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xmx" + HEAP_MB + "m", "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), NoticesChild.class.getName(), String.valueOf(targets), file.toString());
    Path log = Files.createTempFile("suiji-bench-notices", ".log");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Measurement(0, CHILD_TIMEOUT_MINUTES * 60.0, 0, 0, "timeout");
      }
      for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        Matcher m = LINE.matcher(l.strip());
        if (m.matches()) {
          return new Measurement(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(3)),
              Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), m.group(6));
        }
      }
      String output = Files.readString(log, StandardCharsets.UTF_8).strip();
      return new Measurement(0, 0, 0, 0, output.isEmpty() ? "exit " + p.exitValue()
          : output.substring(Math.max(0, output.length() - 300)));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The LibreOffice to compare with: {@code --soffice}, else {@code soffice} on the PATH or where it installs. */
  private @Nullable Path office() {
    if (soffice != null) {
      return Files.isExecutable(soffice) ? soffice : null;
    }
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(File.pathSeparator)) {
        if (!d.isBlank()) {
          candidates.add(Path.of(d, "soffice"));
          candidates.add(Path.of(d, "soffice.exe"));
        }
      }
    }
    candidates.add(Path.of("/usr/bin/soffice"));
    candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
    candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  /** Converts a one-page file first, untimed: LibreOffice makes its profile on its first run. */
  private static void warmUp(Path office, Path folder) throws IOException, InterruptedException {
    Path warm = folder.resolve("warm-up");
    Files.createDirectories(warm);
    Path small = warm.resolve("warm-up.docx");
    SampleNotices.Batch one = SampleNotices.generate(1);
    try {
      new NoticeFiles().notices(one.notices().subList(0, 1), List.of(), small, Progress.NONE);
      convert(office, small, warm, folder);
    } catch (SuijiException e) {
      // the timed conversion will tell
    }
  }

  /** {@code soffice --headless --convert-to pdf}; null when it ran, else what went wrong. */
  private static @Nullable String convert(Path office, Path docx, Path outDir, Path folder)
      throws IOException, InterruptedException {
    Path profile = folder.resolve("libreoffice-profile").toAbsolutePath();
    Path log = Files.createTempFile("suiji-soffice", ".log");
    try {
      Process p = new ProcessBuilder(office.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
          "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(SOFFICE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return "timeout";
      }
      return p.exitValue() == 0 ? null : "exit " + p.exitValue();
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
