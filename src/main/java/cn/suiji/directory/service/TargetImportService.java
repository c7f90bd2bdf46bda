package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.TargetBulkLoad;
import cn.suiji.directory.data.TargetNameGramFill;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.domain.TargetProblem;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.db.Preimage;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.trace.PhaseEvent;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Imports the target directory from an .xlsx or CSV file (UTF-8 or GBK), for the import screen
 * and {@code suiji import targets}. The clerk first sees a {@link #preview} (the same pass, no
 * writes), then {@link #commit}s: one transaction for the whole file, rolled back on cancel or
 * failure, with one audit entry. Each non-blank row ends as 新增, 更新, 未变 (every imported field
 * equal to the stored target's: nothing written), 重复 or 拒绝; with a
 * report path, every such row is listed in an .xlsx written as the rows are read.
 */
public final class TargetImportService {
  /** The work named by the import's {@link PhaseEvent}s (its phases, for {@code bench import --verbose}). */
  public static final String PHASES = "import.targets";
  private final DSLContext dsl;
  private final TargetRepository targets;
  private final DepartmentRepository departments;
  private final Auditor auditor;
  private final Clock clock;
  private final boolean deferGrams;
  /** False keeps every import on the one-transaction path (the bench's peer for the first load). */
  private final boolean firstLoad;

  /** The message key of the first load's last step, told through {@link Progress#phase}: it cannot be cancelled. */
  public static final String INDEXING = "importer.status.indexing";

  /** New targets' grams are added per {@value #GRAM_PIECE} ids in one statement each. */
  public static final long GRAM_PIECE = 50_000;

  /**
   * What to import: the file, the department whose directory the targets join ({@code null}:
   * the only department), and where to write the report ({@code null}: none).
   */
  public record Request(Path file, @Nullable String departmentCode, @Nullable Path report,
      @Nullable HeaderMapping mapping) {
    public Request(Path file, @Nullable String departmentCode, @Nullable Path report) {
      this(file, departmentCode, report, null);
    }
  }

  public TargetImportService(DSLContext dsl, TargetRepository targets, DepartmentRepository departments, Auditor auditor,
      Clock clock) {
    this(dsl, targets, departments, auditor, clock, true, true);
  }

  /**
   * {@code deferGrams} false makes the import leave new names to the per-row trigger (the way
   * before the bulk path; kept for the test that both give the same rows).
   */
  TargetImportService(DSLContext dsl, TargetRepository targets, DepartmentRepository departments, Auditor auditor,
      Clock clock, boolean deferGrams, boolean firstLoad) {
    this.deferGrams = deferGrams;
    this.firstLoad = firstLoad;
    this.dsl = dsl;
    this.targets = targets;
    this.departments = departments;
    this.auditor = auditor;
    this.clock = clock;
  }

  /**
   * The same service with the first load of an empty directory switched off: every import is
   * one transaction with the indexes in place (for {@code bench import}'s side-by-side figures).
   */
  public TargetImportService withoutFirstLoad() {
    return new TargetImportService(dsl, targets, departments, auditor, clock, deferGrams, false);
  }

  /** The counts and problems the import would give; writes nothing but the report. */
  public TargetImportSummary preview(Request request, Progress progress) {
    return run(request, false, progress);
  }

  /** Imports the file in one transaction; cancel ({@link Progress.CancelledException}) leaves the database untouched. */
  public TargetImportSummary commit(Request request, Progress progress) {
    return run(request, true, progress);
  }

  /** The columns a target file may have, for the header search. */
  public static List<ColumnSpec> columns() {
    List<ColumnSpec> specs = new ArrayList<>();
    for (TargetField f : TargetField.values()) {
      specs.add(new ColumnSpec(f.name(), f.headers(), f == TargetField.NAME));
    }
    return specs;
  }

  /** The sentence for a rejected row's reason, in the current language. */
  public static String describe(TargetProblem problem) {
    return Messages.current().describe(problem.reason());
  }

  /** Writes an empty template: the canonical header and one example row. */
  public void writeTemplate(Path file) {
    List<String> header = new ArrayList<>();
    List<Object> example = new ArrayList<>();
    for (TargetField f : TargetField.values()) {
      header.add(f.header());
      example.add(f == TargetField.FOUNDED ? Cells.date(f.example()).value() : f.example().isEmpty() ? null : f.example());
    }
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("directory.target.template.sheet"), header)) {
      writer.writeRow(example);
    }
  }

  private TargetImportSummary run(Request request, boolean write, Progress progress) {
    Department department = department(request.departmentCode());
    try (TableReader table = TableReader.open(request.file())) {
      HeaderMapping header = request.mapping() == null ? header(table) : checked(table, request.mapping());
      XlsxWriter report = request.report() == null ? null : new XlsxWriter(request.report(),
          Messages.msg("directory.target.report.sheet"), List.of(Messages.msg("directory.target.report.row"),
              Messages.msg("directory.target.report.outcome"), Messages.msg("directory.target.report.reason"),
              Messages.msg("directory.target.report.code"), Messages.msg("directory.target.report.name"),
              Messages.msg("directory.target.report.changes")));
      try {
        ImportTimings timings = new ImportTimings();
        TargetImportSummary summary = write
            ? Preimage.guarded(dsl, Messages.msg("preimage.what.targetImport", table.fileName()),
                () -> load(table, header, department, report, progress, timings))
            : pass(dsl, table, header, department, false, false, report, progress, timings);
        PhaseEvent.send(PHASES, timings.nanos());
        if (report != null) {
          report.close();
        }
        return summary;
      } catch (RuntimeException e) {
        discard(report, request.report());
        throw e;
      }
    }
  }


  /**
   * Writes the file, as the only writer and guarded by a copy of the data file. Into a directory
   * holding targets: one transaction. Into an empty one (the county's first load, up to a million
   * rows): the first load of docs/decisions/0039 — the target tables' secondary indexes and keys
   * taken off, the rows, memberships and name grams written in one transaction, the indexes built
   * again by sorting, then the audit entry. A failure or cancel inside undoes it in this session
   * (the tables were empty); a kill anywhere leaves the copy to put back at the next open.
   */
  private TargetImportSummary load(TableReader table, HeaderMapping header, Department department,
      @Nullable XlsxWriter report, Progress progress, ImportTimings timings) {
    if (!firstLoad || !deferGrams || !targets.none(dsl)) {
      TargetImportSummary s = dsl.transactionResult(trx -> deferred(trx.dsl(), tx -> {
        TargetImportSummary done = pass(tx, table, header, department, true, false, report, progress, timings);
        audit(tx, department, done, timings);
        return done;
      }));
      timings.addSinceMark(ImportTimings.Phase.COMMIT);
      return s;
    }
    long t0 = System.nanoTime();
    List<TargetBulkLoad.Piece> pieces = TargetBulkLoad.secondary(dsl);
    TargetBulkLoad.drop(dsl, pieces);
    timings.add(ImportTimings.Phase.UNINDEX, System.nanoTime() - t0);
    TargetImportSummary s;
    try {
      s = dsl.transactionResult(trx -> deferred(trx.dsl(), tx -> {
        TargetImportSummary done = pass(tx, table, header, department, true, true, report, progress, timings);
        timings.mark();
        return done;
      }));
      timings.addSinceMark(ImportTimings.Phase.COMMIT);
    } catch (RuntimeException e) {
      undo(pieces, e, false); // rolled back: the tables are empty again and only need their indexes
      throw e;
    }
    try {
      progress.phase(INDEXING);
      long t1 = System.nanoTime();
      TargetBulkLoad.create(dsl, pieces);
      timings.add(ImportTimings.Phase.INDEX, System.nanoTime() - t1);
      dsl.transaction(trx -> audit(trx.dsl(), department, s, timings));
    } catch (RuntimeException e) {
      undo(pieces, e, true);
      throw e;
    }
    return s;
  }

  /** Empties the target tables when {@code rows} were written, and builds every index again; else the file is put back at the next open. */
  private void undo(List<TargetBulkLoad.Piece> pieces, RuntimeException cause, boolean rows) {
    try {
      TargetBulkLoad.drop(dsl, pieces);
      if (rows) {
        dsl.transaction(trx -> TargetBulkLoad.empty(trx.dsl()));
      }
      TargetBulkLoad.create(dsl, pieces);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
      throw new Preimage.RestoreAtNextOpen(cause);
    }
  }

  private void audit(DSLContext tx, Department department, TargetImportSummary s, ImportTimings timings) {
    long t0 = System.nanoTime();
    String detail = ImportSummary.auditDetail(s.fileName(), s.read(), s.created(), s.updated(), s.duplicates(),
        s.rejected(), s.unchanged());
    auditor.record(tx, AuditEvent.of("target.import", "target", department.code(), detail));
    timings.add(ImportTimings.Phase.AUDIT, System.nanoTime() - t0);
    timings.mark();
  }

  /**
   * Runs {@code work} with the name-gram trigger deferred for this session's inserts (when the
   * service defers), so the pass adds its new targets' grams in bulk; always switches it back.
   */
  private TargetImportSummary deferred(DSLContext tx, java.util.function.Function<DSLContext, TargetImportSummary> work) {
    if (!deferGrams) {
      return work.apply(tx);
    }
    TargetNameGramFill.defer(tx, true);
    try {
      return work.apply(tx);
    } finally {
      TargetNameGramFill.defer(tx, false);
    }
  }

  private TargetImportSummary pass(DSLContext ctx, TableReader table, HeaderMapping header, Department department,
      boolean write, boolean bulk, @Nullable XlsxWriter report, Progress progress, ImportTimings timings) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    ImportPass pass = new ImportPass(ctx, targets, department, write, header, report, now, progress, timings);
    table.readData(header, pass::row, progress);
    pass.flush();
    TargetImportSummary s = pass.summary(table.fileName(), department.code());
    if (write && deferGrams) {
      long t0 = System.nanoTime();
      if (bulk) {
        for (long[] run : pass.inserted().pieces(1L << 40)) {
          TargetBulkLoad.fillGramsInKeyOrder(ctx, run[0], run[1], progress::checkCancelled);
        }
      } else {
        for (long[] piece : pass.inserted().pieces(GRAM_PIECE)) {
          TargetNameGramFill.fill(ctx, piece[0], piece[1]);
          progress.checkCancelled();
        }
      }
      timings.add(ImportTimings.Phase.GRAMS, System.nanoTime() - t0);
    }
    return s;
  }

  /**
   * The sheet, header row and columns found in {@code file}, for the clerk to check: a missing
   * required column is listed in {@link HeaderMapping#missingRequired} (not refused here, so that
   * the import screen can let the clerk pick it); {@link #preview} and {@link #commit} refuse it.
   */
  public HeaderMapping findHeader(Path file) {
    try (TableReader table = TableReader.open(file)) {
      return table.findHeader(columns());
    }
  }

  private static HeaderMapping header(TableReader table) {
    return checked(table, table.findHeader(columns()));
  }

  private static HeaderMapping checked(TableReader table, HeaderMapping header) {
    List<String> missing = columns().stream().filter(c -> c.required() && !header.has(c.field()))
        .map(c -> TargetField.valueOf(c.field()).header()).toList();
    if (!missing.isEmpty()) {
      throw new SuijiException("directory.target.import.missingColumns", table.fileName(), String.join("、", missing));
    }
    if (!header.has(TargetField.USCC.name()) && !header.has(TargetField.REG_NO.name())) {
      throw new SuijiException("directory.target.import.noCodeColumn", table.fileName());
    }
    return header;
  }

  private Department department(@Nullable String code) {
    List<Department> all = departments.all(dsl);
    if (code != null && !code.isBlank()) {
      String wanted = code.strip().toUpperCase(Locale.ROOT);
      return all.stream().filter(d -> d.code().equals(wanted)).findFirst()
          .orElseThrow(() -> new SuijiException("directory.target.import.unknownDepartment", wanted));
    }
    if (all.isEmpty()) {
      throw new SuijiException("directory.target.import.noDepartment");
    }
    if (all.size() > 1) {
      throw new SuijiException("directory.target.import.chooseDepartment",
          all.stream().map(Department::code).collect(Collectors.joining("、")));
    }
    return all.get(0);
  }

  private static void discard(@Nullable XlsxWriter report, @Nullable Path file) {
    if (report == null || file == null) {
      return;
    }
    try {
      report.close();
      Files.deleteIfExists(file);
    } catch (RuntimeException | IOException e) {
      // the import's own failure is what the clerk needs to see
    }
  }
}
