package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.cli.Bounds;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.remote.PackageCheck;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.exchange.remote.Payloads;
import cn.suiji.exchange.remote.PlatformWorkbook;
import cn.suiji.exchange.remote.ProvinceClient;
import cn.suiji.exchange.remote.RecordsJson;
import cn.suiji.exchange.service.ExchangeService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji bench exchange --results N [--dir D] [--rounds R]}: N generated results waiting in
 * the outbox of a fresh H2 file (says so). Each round, on a fresh copy of that file, times the
 * exchange package ({@link ExchangeService#makePackage}: read the entries, write the ZIP, force it,
 * record the batch) beside its floor measured just before — the same entries' bytes written
 * zipped at the same level and forced, nothing else — and the province's check of the package; and
 * the package with the platform's import workbook beside its own floor (the records and the
 * workbook's sheet XML only zipped and written).
 * Then two uploads, each of a fresh copy, to a province on the loopback address: one clean, one
 * meeting a fault on one request in ten (500, a reply slower than the client waits, a reply lost
 * after storing); each must store every entry exactly once. Goals (issue 14): package ≤ 5 s and
 * ≤ 2 × its floor; the faulty upload ≤ 2 × the clean one. Ends with the data file's size beside
 * its compacted size. Not data of any real county.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true)
public final class BenchExchangeCommand implements Callable<Integer> {
  private static final double PACKAGE_GOAL_S = 5;
  private static final double FAULT_RATE = 0.10;
  private static final long SEED = 14;
  /** The bench's client: the standard six attempts, short pauses, a reply awaited 2 s (a slow one takes 2.5 s). */
  private static final ProvinceClient.Policy POLICY = new ProvinceClient.Policy(6, Duration.ofMillis(50),
      Duration.ofSeconds(1), Duration.ofSeconds(2));
  private static final long SLOW_MS = 2_500;

  @Option(names = "--results", paramLabel = "N", defaultValue = "100000", descriptionKey = "cli.option.benchExchangeResults")
  int results;
  @Option(names = "--dir", paramLabel = "D", descriptionKey = "cli.option.benchExchangeDir")
  @Nullable Path dir;
  @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", descriptionKey = "cli.option.benchExchangeRounds")
  int rounds;
  @Spec
  CommandSpec spec;

  /** An upload's figures. */
  private record Upload(double seconds, int requests, int batches, boolean once, int accepted, int badDigests,
      Map<BenchProvince.Fault, Integer> faults) {}

  @Override
  public Integer call() throws IOException {
    Bounds.within("--results", results, 1_000, 1_000_000);
    Bounds.within("--rounds", rounds, 1, 20);
    PrintWriter out = spec.commandLine().getOut();
    Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("suiji-bench-exchange");
    Path base = folder.resolve("bench-exchange-" + System.currentTimeMillis() + ".mv.db");
    long t = System.nanoTime();
    try (Services services = Services.open(base)) {
      fill(services.database().dsl(), results);
      checkOne(services);
    }
    out.println(Messages.msg("cli.bench.exchange.generated", results, fmt((System.nanoTime() - t) / 1e9)));
    out.println(Messages.msg("cli.bench.exchange.jvm", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors()));
    out.flush();

    double[] pack = new double[rounds];
    double[] floor = new double[rounds];
    double[] check = new double[rounds];
    double[] packCpu = new double[rounds];
    double[] floorCpu = new double[rounds];
    double[] checkCpu = new double[rounds];
    double[] book = new double[rounds];
    double[] bookCpu = new double[rounds];
    double[] bookFloor = new double[rounds];
    double[] bookFloorCpu = new double[rounds];
    long zipBytes = 0;
    long bookBytes = 0;
    boolean whole = true;
    Path sizedFile = base;
    for (int r = 0; r < rounds; r++) {
      Path copy = copyOf(base, "package-" + r);
      Path packages = Files.createDirectories(folder.resolve("packages-" + r));
      try (Services services = Services.open(copy)) {
        List<OutboxEntry> entries = services.outbox().entries();
        long c = cpu();
        floor[r] = floor(packages.resolve("floor.zip"), entries);
        floorCpu[r] = (cpu() - c) / 1e9;
        c = cpu();
        long a = System.nanoTime();
        PackageWriter.Written written = services.exchange().makePackage(packages, false, Progress.NONE);
        pack[r] = (System.nanoTime() - a) / 1e9;
        packCpu[r] = (cpu() - c) / 1e9;
        c = cpu();
        long b = System.nanoTime();
        PackageCheck.Result result = ExchangeService.verify(written.file());
        check[r] = (System.nanoTime() - b) / 1e9;
        checkCpu[r] = (cpu() - c) / 1e9;
        whole &= result.whole() && result.counts().values().stream().mapToInt(Integer::intValue).sum() == results;
        zipBytes = Files.size(written.file());
      }
      // the same package with the platform's import workbook in it (ADR 0037), on a fresh copy, beside
      // its own floor: the same records and the workbook's sheet XML (made untimed) only zipped and written
      try (Services services = Services.open(copyOf(base, "book-" + r))) {
        List<OutboxEntry> entries = services.outbox().entries();
        List<byte[]> parts = workbookParts(services, entries);
        long c = cpu();
        bookFloor[r] = floor(packages.resolve("floor-book.zip"), entries, parts);
        bookFloorCpu[r] = (cpu() - c) / 1e9;
        c = cpu();
        long a = System.nanoTime();
        PackageWriter.Written written = services.exchange().makePackage(packages.resolve("book"), true, Progress.NONE);
        book[r] = (System.nanoTime() - a) / 1e9;
        bookCpu[r] = (cpu() - c) / 1e9;
        whole &= ExchangeService.verify(written.file()).whole();
        bookBytes = Files.size(written.file());
      }
      out.println(Messages.msg("cli.bench.exchange.bookRound", r + 1, fmt(book[r]), fmt(bookFloor[r]), fmt(bookCpu[r]),
          fmt(bookFloorCpu[r])));
      out.println(Messages.msg("cli.bench.exchange.round", r + 1, fmt(pack[r]), fmt(floor[r]), fmt(check[r]),
          fmt(packCpu[r]), fmt(floorCpu[r]), fmt(checkCpu[r])));
      out.flush();
      sizedFile = copy;
    }
    Upload clean = upload(copyOf(base, "clean"), 0);
    out.println(uploadLine("cli.bench.exchange.clean", clean));
    out.flush();
    Upload faulty = upload(copyOf(base, "faulty"), FAULT_RATE);
    out.println(uploadLine("cli.bench.exchange.faulty", faulty));

    double packMs = BenchDrawCommand.median(pack);
    double floorMs = BenchDrawCommand.median(floor);
    out.println(Messages.msg("cli.bench.exchange.header"));
    double floorCpuS = BenchDrawCommand.median(floorCpu);
    out.println(row(Messages.msg("cli.bench.exchange.step.package", mb(zipBytes)), pack, floorMs, packCpu, floorCpuS));
    double bookFloorMs = BenchDrawCommand.median(bookFloor);
    double bookFloorCpuS = BenchDrawCommand.median(bookFloorCpu);
    out.println(row(Messages.msg("cli.bench.exchange.step.floor"), floor, floorMs, floorCpu, floorCpuS));
    out.println(row(Messages.msg("cli.bench.exchange.step.book", mb(bookBytes)), book, bookFloorMs, bookCpu,
        bookFloorCpuS));
    out.println(row(Messages.msg("cli.bench.exchange.step.bookFloor"), bookFloor, bookFloorMs, bookFloorCpu,
        bookFloorCpuS));
    out.println(row(Messages.msg("cli.bench.exchange.step.verify"), check, floorMs, checkCpu, floorCpuS));
    out.println(row(Messages.msg("cli.bench.exchange.step.clean"), new double[] {clean.seconds()}, clean.seconds(),
        null, 0));
    out.println(row(Messages.msg("cli.bench.exchange.step.faulty"), new double[] {faulty.seconds()}, clean.seconds(),
        null, 0));
    boolean packMet = packMs <= PACKAGE_GOAL_S && packMs <= 2 * floorMs;
    boolean uploadMet = faulty.seconds() <= 2 * clean.seconds();
    boolean once = clean.once() && faulty.once();
    out.println(Messages.msg("cli.bench.exchange.goalPackage", fmt(packMs), fmt(packMs / floorMs), met(packMet)));
    double bookMs = BenchDrawCommand.median(book);
    out.println(Messages.msg("cli.bench.exchange.goalBook", fmt(bookMs), fmt(bookMs / bookFloorMs),
        fmt(BenchDrawCommand.median(bookCpu) / bookFloorCpuS), met(bookMs <= PACKAGE_GOAL_S && bookMs <= 2 * bookFloorMs)));
    out.println(Messages.msg("cli.bench.exchange.goalUpload", fmt(faulty.seconds() / clean.seconds()), met(uploadMet)));
    out.println(Messages.msg(once && whole ? "cli.bench.exchange.once" : "cli.bench.exchange.notOnce"));
    out.println(Messages.msg("cli.bench.crash.size", BenchCrashCommand.mb(Files.size(sizedFile)),
        BenchCrashCommand.mb(BenchCrashCommand.compactedSize(sizedFile))));
    out.println(Messages.msg("cli.bench.results.file", sizedFile));
    return packMet && uploadMet && once && whole ? 0 : 1;
  }

  /** The floor: the entries' records.json and a manifest-sized tail written zipped at the package's level, forced. */
  static double floor(Path file, List<OutboxEntry> entries) throws IOException {
    return floor(file, entries, List.of());
  }

  /**
   * The floor of the package with the workbook: the same, and {@code parts} (the workbook's parts as
   * uncompressed bytes) zipped at the same level after the records.
   */
  static double floor(Path file, List<OutboxEntry> entries, List<byte[]> parts) throws IOException {
    long a = System.nanoTime();
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(os, 1 << 16))) {
      zip.setLevel(1);
      zip.putNextEntry(new ZipEntry(PackageWriter.RECORDS));
      RecordsJson.write("floor", entries, zip);
      zip.closeEntry();
      for (int i = 0; i < parts.size(); i++) {
        zip.putNextEntry(new ZipEntry("workbook/part-" + i + ".xml"));
        zip.write(parts.get(i));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(PackageWriter.MANIFEST));
      zip.write(new byte[600]);
      zip.closeEntry();
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    double s = (System.nanoTime() - a) / 1e9;
    Files.delete(file);
    return s;
  }

  /** The import workbook of {@code entries} (results: no draw rows), its parts unzipped: the bytes the workbook zips. */
  static List<byte[]> workbookParts(Services services, List<OutboxEntry> entries) throws IOException {
    java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
    PlatformWorkbook.write(xlsx, services.exchange().mapping(), each -> {
      entries.forEach(each);
      return entries.size();
    }, draw -> List.of(), Progress.NONE);
    List<byte[]> parts = new java.util.ArrayList<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
        new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
      while (in.getNextEntry() != null) {
        parts.add(in.readAllBytes());
      }
    }
    return parts;
  }

  private Upload upload(Path copy, double faultRate) throws IOException {
    try (Services services = Services.open(copy);
        BenchProvince province = new BenchProvince(faultRate, SLOW_MS, SEED)) {
      ExchangeService exchange = services.exchange().with(new ProvinceClient(POLICY, ProvinceClient.Pause.REAL));
      long a = System.nanoTime();
      ExchangeService.UploadOutcome o = exchange.upload(province.endpoint(), Progress.NONE);
      double s = (System.nanoTime() - a) / 1e9;
      Map<String, Integer> stored = province.stored();
      boolean once = stored.size() == results && stored.values().stream().allMatch(n -> n == 1);
      Map<BenchProvince.Fault, Integer> faults = new java.util.EnumMap<>(BenchProvince.Fault.class);
      for (BenchProvince.Fault f : BenchProvince.Fault.values()) {
        faults.put(f, province.faults(f));
      }
      return new Upload(s, province.requests(), o.batches(), once, o.accepted(), province.badDigests(), faults);
    }
  }

  private static String uploadLine(String key, Upload u) {
    return Messages.msg(key, fmt(u.seconds()), u.batches(), u.requests(), u.faults().get(BenchProvince.Fault.ERROR_500),
        u.faults().get(BenchProvince.Fault.SLOW_BEFORE_STORING), u.faults().get(BenchProvince.Fault.LOST_AFTER_STORING),
        u.accepted(), Messages.msg(u.once() && u.badDigests() == 0 ? "cli.bench.exchange.onceYes" : "cli.bench.exchange.onceNo"));
  }

  /**
   * N results in the outbox as the result hook writes them (kind RESULT, key {@code result:ID},
   * subject {@code inspection:ID}, canonical JSON with sorted members and its SHA-256), inserted
   * set-wise a thousand a transaction (a county's outbox grows by one result at a time; one
   * transaction of 100,000 rows leaves a file several times larger than a year of small ones).
   */
  static void fill(DSLContext dsl, int n) {
    String payload = "'{\"codes\":[\"' || CASE WHEN MOD(X, 10) = 0 THEN 'B02' ELSE 'A01' END || '\"],"
        + "\"department\":\"BR-WJJ\",\"formedOn\":\"' || FORMATDATETIME(DATEADD('DAY', MOD(X * 7919, 331),"
        + " DATE '2026-01-05'), 'yyyy-MM-dd') || '\",\"inspection\":' || X || ',\"methods\":[\"DOCUMENTS\","
        + "\"ON_SITE\"],\"target\":\"9133' || LPAD(X, 14, '0') || '\",\"targetName\":\"青山县基准检查对象' || X"
        + " || '号店\",\"task\":\"BR-2026-' || MOD(X, 60) || '\",\"version\":1}'";
    int batch = 1_000;
    for (int lo = 1; lo <= n; lo += batch) {
      String range = " FROM SYSTEM_RANGE(" + lo + ", " + Math.min(n, lo + batch - 1) + ")";
      dsl.transaction(trx -> {
        trx.dsl().execute("INSERT INTO outbox_entry (entry_key, kind, subject, sha256, state, created_at,"
            + " updated_at) SELECT 'result:' || X, 'RESULT', 'inspection:' || X, LOWER(RAWTOHEX(HASH('SHA-256',"
            + " STRINGTOUTF8(" + payload + ")))), 'PENDING', TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+08',"
            + " TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+08'" + range);
        trx.dsl().execute("INSERT INTO outbox_payload (entry_id, payload) SELECT (SELECT id FROM outbox_entry"
            + " WHERE entry_key = 'result:' || X), " + payload + range);
      });
    }
  }

  /** The generated payloads are what the hook would write: canonical, and hashed as the province hashes. */
  private static void checkOne(Services services) throws IOException {
    OutboxEntry e = services.outbox().entries().get(0);
    String canonical = Payloads.canonical(new ObjectMapper().readTree(e.payload()));
    if (!canonical.equals(e.payload()) || !Payloads.sha256(canonical).equals(e.sha256())) {
      throw new IllegalStateException("generated payload not canonical: " + e.payload());
    }
  }

  /** A copy of the data file and its siblings (journal, key) under another name. */
  private static Path copyOf(Path base, String suffix) throws IOException {
    String stem = stem(base);
    Path copy = base.resolveSibling(stem + "-" + suffix + ".mv.db");
    try (Stream<Path> files = Files.list(base.getParent())) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(stem + ".") && Files.isRegularFile(f)) {
          Files.copy(f, f.resolveSibling(stem + "-" + suffix + name.substring(stem.length())),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return copy;
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".mv.db".length());
  }

  private static String row(String step, double[] s, double peer, double @Nullable [] cpu, double peerCpu) {
    double median = BenchDrawCommand.median(s);
    double max = java.util.Arrays.stream(s).max().orElse(0);
    String cpuText = cpu == null ? "—|—" : String.format(Locale.ROOT, "%.2f|%.2f", BenchDrawCommand.median(cpu),
        BenchDrawCommand.median(cpu) / Math.max(0.000_001, peerCpu));
    return String.format(Locale.ROOT, "%s|%.2f|%.2f|%.2f|%s", step, median, max, median / Math.max(0.000_001, peer),
        cpuText);
  }

  /** This thread's CPU time (ns): on a shared machine the wall clock also counts the waits for a core. */
  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static String met(boolean met) {
    return Messages.msg(met ? "cli.bench.notices.met" : "cli.bench.notices.notMet");
  }

  private static String mb(long bytes) {
    return BenchCrashCommand.mb(bytes);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
