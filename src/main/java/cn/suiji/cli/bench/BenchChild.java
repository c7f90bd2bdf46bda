package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.service.TargetImportService;
import cn.suiji.cli.bench.TargetWriteFloor;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.cli.bench.ParseOnlyScan;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongBiFunction;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;

/**
 * One measurement of {@code suiji bench import}, run by it in a child JVM with {@code -Xmx256m}
 * so the heap figure is honest and an OutOfMemoryError ends only this process. Usage:
 * {@code BenchChild import|scan|poi FILE [DB [verbose]]} or {@code BenchChild write ROWS DB}
 * or {@code BenchChild write-same SOURCE_DB DB}. With {@code verbose} the import first
 * prints {@code PHASES name=seconds …}, where its time went. Then prints one line:
 * {@code BENCH rows=N seconds=S peakMb=P liveMb=L result=ok|oom|error:key}, where {@code peakMb}
 * is the heap pools' peak use (garbage included) and {@code liveMb} the largest heap left after a
 * collection (what the work really kept).
 */
public final class BenchChild {
  /** The prefix of the result line the parent looks for. */
  public static final String PREFIX = "BENCH ";

  private static volatile long liveMax;
  /** The data file the work wrote, measured after the time is taken ({@link FileSizes}). */
  private static @org.jspecify.annotations.Nullable Path written;
  /** Its size just before the close (the session's file, before the compaction at close). */
  private static long openBytes;
  /** Time spent setting a measurement up inside it, left out of its seconds ({@link #writeSameFloor}). */
  private static long untimed;

  private BenchChild() {}

  public static void main(String[] args) {
    watchCollections();
    String mode = args[0];
    Path file = Path.of(args[1]);
    long start = System.nanoTime();
    long rows = 0;
    String result = "ok";
    try {
      rows = switch (mode) {
        case "import" -> importInto(file, Path.of(args[2]), args.length > 3 && args[3].equals("verbose"), false);
        case "import-into-filled" -> importInto(file, Path.of(args[2]), args.length > 3 && args[3].equals("verbose"), true);
        case "scan" -> ParseOnlyScan.scan(file).rows();
        case "poi" -> poi(file);
        case "write" -> writeFloor(Long.parseLong(args[1]), Path.of(args[2]));
        case "write-same" -> writeSameFloor(file, Path.of(args[2]));
        default -> throw new IllegalArgumentException(mode);
      };
    } catch (OutOfMemoryError e) {
      result = "oom";
    } catch (SuijiException e) {
      result = isOutOfMemory(e) ? "oom" : "error:" + e.getMessage();
    } catch (Exception e) {
      result = "error:" + e;
    }
    double seconds = (System.nanoTime() - start - untimed) / 1e9;
    Path db = written;
    if (db != null && result.equals("ok")) {
      System.out.println(FileSizes.of(db).withOpen(openBytes).line()); // after the close, as the clerk's disk holds it
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%srows=%d seconds=%.2f peakMb=%d liveMb=%d result=%s%n", PREFIX, rows, seconds,
        peak >> 20, liveMax >> 20, result.replace('\n', ' '));
  }

  /** The prefix of the import's phase line ({@code verbose}). */
  public static final String PHASES = "PHASES ";

  /**
   * Imports the file into a fresh data file: into the empty directory (the first load), or
   * {@code filled} — into a directory already holding a target, so the import takes its
   * one-transaction path with every index in place and looks each batch's codes up (the way
   * every later import runs).
   */
  private static long importInto(Path file, Path db, boolean verbose, boolean filled) {
    long rows;
    try (Services services = Services.open(db); PhaseRecorder recorder = verbose ? new PhaseRecorder() : null) {
      services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
          List.of(Department.draft("BENCH", "Bench", "BENCH", 0))));
      if (filled) {
        // the directory is no longer empty (a code from another seed than the file's)
        services.targetEdit().save(null, java.util.Map.of(cn.suiji.directory.domain.TargetField.USCC, SampleTargets.uscc(new java.util.Random(20_261_207)),
            cn.suiji.directory.domain.TargetField.NAME, "已有的一户"), services.departments().all().get(0).id());
      }
      TargetImportSummary s = services.targetImport().commit(new TargetImportService.Request(file, null, null), Progress.NONE);
      if (recorder != null) {
        StringBuilder line = new StringBuilder(PHASES);
        recorder.phases().getOrDefault(TargetImportService.PHASES, Map.of()).forEach((phase, seconds) ->
            line.append(String.format(Locale.ROOT, "%s=%.2f ", phase, seconds)));
        System.out.println(line.toString().strip());
      }
      rows = s.read();
      openBytes = FileSizes.now(db);
    }
    written = db;
    return rows;
  }

  /** H2 writing {@code rows} targets itself the way the import writes them: the database's floor. */
  private static long writeFloor(long rows, Path db) {
    return intoFreshDepartment(db, (dsl, departmentId) -> TargetWriteFloor.write(dsl, departmentId, rows));
  }

  /**
   * H2 writing the rows the first load wrote into {@code source}, in the same order, itself
   * ({@link TargetWriteFloor#writeSame}): the database's floor for this very file. Opening and
   * closing the fresh file are timed as for {@link #writeFloor}; copying the rows in beforehand
   * and dropping that copy afterwards are not.
   */
  private static long writeSameFloor(Path source, Path db) {
    return intoFreshDepartment(db, (dsl, departmentId) -> {
      long t0 = System.nanoTime();
      TargetWriteFloor.stage(dsl, source);
      untimed += System.nanoTime() - t0;
      long count = TargetWriteFloor.writeSame(dsl, departmentId);
      long t1 = System.nanoTime();
      dsl.execute("DROP TABLE " + TargetWriteFloor.STAGE);
      untimed += System.nanoTime() - t1;
      return count;
    });
  }

  /** Opens a fresh data file, adds one department and runs {@code work} with its id; the file is measured after the close. */
  private static long intoFreshDepartment(Path db, ToLongBiFunction<DSLContext, Long> work) {
    long count;
    try (Services services = Services.open(db)) {
      DSLContext dsl = services.database().dsl();
      dsl.transaction(trx -> services.departments().createAll(trx.dsl(),
          List.of(Department.draft("BENCH", "Bench", "BENCH", 0))));
      count = work.applyAsLong(dsl, services.departments().all().get(0).id());
      openBytes = FileSizes.now(db);
    }
    written = db;
    return count;
  }

  private static long poi(Path file) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      return wb.getSheetAt(0).getPhysicalNumberOfRows();
    }
  }

  private static boolean isOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** The largest heap in use after a collection so far (once {@link #watchCollections} runs). */
  static long liveMaxBytes() {
    return liveMax;
  }

  /** The heap pools' peak use (garbage included). */
  static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Tracks the heap in use after each collection, from the collectors' notifications. */
  static void watchCollections() {
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((n, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (java.util.Map.Entry<String, MemoryUsage> u : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (heapPools.contains(u.getKey())) {
                used += u.getValue().getUsed();
              }
            }
            liveMax = Math.max(liveMax, used);
          }
        }, null, null);
      }
    }
  }
}
