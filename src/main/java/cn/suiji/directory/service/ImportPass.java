package cn.suiji.directory.service;

import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.data.TargetRepository.Existing;
import cn.suiji.directory.service.ImportTimings.Phase;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.ImportOutcome;
import cn.suiji.directory.domain.Target;
import cn.suiji.directory.domain.TargetChanges;
import cn.suiji.directory.domain.TargetCheck;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.domain.TargetProblem;
import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.FieldChange;
import cn.suiji.shared.imports.RowChange;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the data rows of a target file, for {@link TargetImportService}: checks each row,
 * tells repeats apart with {@link SeenCodes}, and every {@value #BATCH} rows looks the batch's
 * codes up in the directory, writes the batch (unless previewing), appends its lines to the
 * report and checks for cancel. Memory stays bounded: one batch of rows, the seen codes, and at
 * most {@link TargetImportSummary#KEPT_PROBLEMS} problems.
 */
final class ImportPass {
  /** Rows per look-up, per write and per cancel check. */
  static final int BATCH = 1000;

  /** One row waiting for its batch to be looked up and written. */
  private record Pending(int row, String code, String name, ImportOutcome outcome, @Nullable Target target,
      @Nullable TargetProblem problem, int duplicateOf, String changes) {
    Pending(int row, String code, String name, ImportOutcome outcome, @Nullable Target target,
        @Nullable TargetProblem problem, int duplicateOf) {
      this(row, code, name, outcome, target, problem, duplicateOf, "");
    }
  }

  private final DSLContext ctx;
  private final TargetRepository repository;
  private final long departmentId;
  private final boolean write;
  private final @Nullable XlsxWriter report;
  private final OffsetDateTime now;
  private final Progress progress;
  private final int[] columnOf = new int[TargetField.values().length];
  private final Set<TargetField> columns = EnumSet.noneOf(TargetField.class);
  private final SeenCodes seen = new SeenCodes();
  private final List<Pending> pending = new ArrayList<>(BATCH);
  private final List<TargetProblem> problems = new ArrayList<>();
  private final List<RowChange> changes = new ArrayList<>();
  private final String departmentCode;
  private final IdRanges inserted = new IdRanges();
  private final ImportTimings timings;
  /**
   * No target was stored when the pass began: a row can then only match an earlier row of the
   * same file, which {@link SeenCodes} has already made a 重复, so the per-batch look-up is
   * skipped (the first import of a county's directory, a million rows, is the common big one).
   */
  private final boolean emptyAtStart;
  private int read;
  private int created;
  private int updated;
  private int unchanged;
  private int duplicates;
  private int rejected;

  ImportPass(DSLContext ctx, TargetRepository repository, Department department, boolean write, HeaderMapping header,
      @Nullable XlsxWriter report, OffsetDateTime now, Progress progress, ImportTimings timings) {
    this.ctx = ctx;
    this.departmentId = department.id();
    this.departmentCode = department.code();
    this.timings = timings;
    this.repository = repository;
    this.write = write;
    this.report = report;
    this.now = now;
    this.progress = progress;
    this.emptyAtStart = repository.none(ctx);
    for (TargetField f : TargetField.values()) {
      Integer column = header.columns().get(f.name());
      columnOf[f.ordinal()] = column == null ? -1 : column;
      if (column != null) {
        columns.add(f);
      }
    }
  }

  /** Takes one non-blank data row; always goes on. */
  boolean row(Row row) {
    read++;
    TargetCheck.Result checked = TargetCheck.check(row.excelRowNumber(), f -> row.cell(columnOf[f.ordinal()]));
    String code = Cells.text(cell(row, TargetField.USCC).isEmpty() ? cell(row, TargetField.REG_NO) : cell(row, TargetField.USCC));
    String name = Cells.text(cell(row, TargetField.NAME));
    Target t = checked.target();
    if (t == null) {
      pending.add(new Pending(row.excelRowNumber(), code, name, ImportOutcome.REJECTED, null, checked.problem(), 0));
    } else {
      int earlier = t.uscc() != null ? seen.rowOfUscc(t.uscc()) : 0;
      if (earlier == 0 && t.regNo() != null) {
        earlier = seen.rowOfRegNo(t.regNo());
      }
      if (earlier > 0) {
        pending.add(new Pending(row.excelRowNumber(), t.code(), name, ImportOutcome.DUPLICATE, null, null, earlier));
      } else {
        if (t.uscc() != null) {
          seen.uscc(t.uscc(), row.excelRowNumber());
        }
        if (t.regNo() != null) {
          seen.regNo(t.regNo(), row.excelRowNumber());
        }
        pending.add(new Pending(row.excelRowNumber(), t.code(), name, ImportOutcome.CREATED, t, null, 0));
      }
    }
    if (pending.size() >= BATCH) {
      flush();
    }
    return true;
  }

  private String cell(Row row, TargetField field) {
    return row.cell(columnOf[field.ordinal()]);
  }

  /** Looks up, writes and reports the rows waiting; then checks for cancel. */
  void flush() {
    long started = System.nanoTime();
    Set<String> codes = new LinkedHashSet<>();
    for (Pending p : emptyAtStart ? List.<Pending>of() : pending) {
      if (p.target() != null) {
        if (p.target().uscc() != null) {
          codes.add(p.target().uscc());
        }
        if (p.target().regNo() != null) {
          codes.add(p.target().regNo());
        }
      }
    }
    Map<String, Existing> byCode = new HashMap<>();
    for (Existing e : repository.findByCodes(ctx, codes)) {
      byCode.put(e.objectKey(), e);
      if (e.regNo() != null) {
        byCode.put(e.regNo(), e);
      }
      if (e.uscc() != null) {
        byCode.put(e.uscc(), e);
      }
    }
    long lookedUp = System.nanoTime();
    timings.add(Phase.LOOKUP, lookedUp - started);
    List<Target> inserts = new ArrayList<>();
    List<Target> updates = new ArrayList<>();
    Map<Integer, Target> matched = new java.util.TreeMap<>();
    Map<Integer, List<FieldChange>> changed = new HashMap<>();
    List<Long> sameIds = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      Target t = p.target();
      if (t == null) {
        continue;
      }
      Existing byUscc = t.uscc() == null ? null : byCode.get(t.uscc());
      Existing byRegNo = t.regNo() == null ? null : byCode.get(t.regNo());
      Existing match = byUscc != null ? byUscc : byRegNo;
      boolean conflict = byUscc != null && byRegNo != null && byUscc.id() != byRegNo.id()
          || byUscc == null && byRegNo != null && byRegNo.uscc() != null && t.uscc() != null;
      if (conflict) {
        TargetProblem problem = new TargetProblem(p.row(), TargetField.USCC, "directory.target.invalid.conflict",
            new Object[] {String.valueOf(t.uscc()), String.valueOf(t.regNo())});
        pending.set(i, new Pending(p.row(), p.code(), p.name(), ImportOutcome.REJECTED, null, problem, 0));
      } else if (match == null) {
        inserts.add(t);
      } else {
        Target saved = t.saved(match.id(), match.objectKey());
        List<FieldChange> fields = TargetChanges.between(match.stored(), saved, columns);
        matched.put(i, saved);
        changed.put(i, fields);
        if (fields.isEmpty()) {
          sameIds.add(match.id());
        } else {
          updates.add(saved);
        }
      }
    }
    // a row equal to its target still changes something when the target is not in this department's directory yet
    Set<Long> members = repository.inDepartment(ctx, sameIds, departmentId);
    List<Long> joining = new ArrayList<>();
    for (Map.Entry<Integer, Target> e : matched.entrySet()) {
      int i = e.getKey();
      Pending p = pending.get(i);
      Target saved = e.getValue();
      List<FieldChange> fields = changed.get(i);
      long id = java.util.Objects.requireNonNull(saved.id());
      if (fields.isEmpty() && !members.contains(id)) {
        fields = List.of(new FieldChange(Messages.msg("directory.target.import.joinsDepartment"), "", departmentCode));
        joining.add(id);
      }
      ImportOutcome outcome = fields.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
      String text = FieldChange.describe(fields);
      pending.set(i, new Pending(p.row(), p.code(), p.name(), outcome, saved, null, 0, text));
    }
    if (write) {
      long t0 = System.nanoTime();
      long[] ids = repository.insert(ctx, inserts, now);
      inserted.add(ids);
      long t1 = System.nanoTime();
      repository.update(ctx, updates, columns, now);
      long t2 = System.nanoTime();
      repository.addNewToDepartment(ctx, ids, departmentId);
      List<Long> updatedIds = new ArrayList<>(joining);
      updates.forEach(t -> updatedIds.add(java.util.Objects.requireNonNull(t.id())));
      repository.addToDepartment(ctx, updatedIds, departmentId);
      timings.add(Phase.INSERT, t1 - t0);
      timings.add(Phase.UPDATE, t2 - t1);
      timings.add(Phase.DEPARTMENT, System.nanoTime() - t2);
    }
    long reporting = System.nanoTime();
    for (Pending p : pending) {
      count(p);
      if (report != null) {
        report.writeRow(List.of(p.row(), outcomeLabel(p.outcome()), reason(p), p.code(), p.name(), p.changes()));
      }
    }
    pending.clear();
    timings.add(Phase.REPORT, System.nanoTime() - reporting);
    progress.checkCancelled();
  }

  /** The ids this pass inserted, whose name grams the caller adds when the trigger was deferred. */
  IdRanges inserted() {
    return inserted;
  }

  private void count(Pending p) {
    switch (p.outcome()) {
      case CREATED -> created++;
      case UPDATED -> {
        updated++;
        if (changes.size() < TargetImportSummary.KEPT_PROBLEMS) {
          changes.add(new RowChange(p.row(), p.code(), p.name(), p.changes()));
        }
      }
      case UNCHANGED -> unchanged++;
      case DUPLICATE -> duplicates++;
      case REJECTED -> {
        rejected++;
        if (problems.size() < TargetImportSummary.KEPT_PROBLEMS && p.problem() != null) {
          problems.add(p.problem());
        }
      }
    }
  }

  private static String reason(Pending p) {
    if (p.problem() != null) {
      return Messages.current().describe(p.problem().reason());
    }
    return p.outcome() == ImportOutcome.DUPLICATE ? Messages.msg("directory.target.import.duplicateOf", p.duplicateOf(), p.code()) : "";
  }

  static String outcomeLabel(ImportOutcome outcome) {
    return switch (outcome) {
      case CREATED -> Messages.msg("directory.target.import.outcome.created");
      case UPDATED -> Messages.msg("directory.target.import.outcome.updated");
      case UNCHANGED -> Messages.msg("directory.target.import.outcome.unchanged");
      case DUPLICATE -> Messages.msg("directory.target.import.outcome.duplicate");
      case REJECTED -> Messages.msg("directory.target.import.outcome.rejected");
    };
  }

  TargetImportSummary summary(String fileName, String departmentCode) {
    return new TargetImportSummary(fileName, departmentCode, !write, read, created, updated, unchanged, duplicates, rejected,
        problems, changes);
  }
}
