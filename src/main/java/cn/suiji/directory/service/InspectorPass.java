package cn.suiji.directory.service;

import cn.suiji.directory.data.InspectorRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorCheck;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorProblem;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Codes;
import cn.suiji.shared.imports.FieldChange;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.Row;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the rows of an inspector file, for {@link InspectorImporter}: checks each row,
 * tells repeats apart, matches it to a stored inspector (same 执法证号, else same 人员编号),
 * writes it (unless previewing) and tallies the outcome. Holds the whole directory in memory.
 */
final class InspectorPass {
  private final DSLContext ctx;
  private final InspectorRepository repository;
  private final HeaderMapping header;
  private final InspectorCheck.Context context;
  private final ImportTally tally;
  private final boolean write;
  private final OffsetDateTime now;
  private final Map<String, Inspector> byCertNo = new HashMap<>();
  private final Map<String, Inspector> byKey = new HashMap<>();
  private final Map<String, Integer> seenCertNo = new HashMap<>();
  private final Map<String, Integer> seenKey = new HashMap<>();
  private final Map<String, Inspector> byIdNumber = new HashMap<>();
  private final Map<String, Integer> seenIdNumber = new HashMap<>();
  private final Set<String> assignedKeys = new HashSet<>();
  private final Map<String, Long> departmentIds = new HashMap<>();

  InspectorPass(DSLContext ctx, InspectorRepository repository, HeaderMapping header, InspectorCheck.Context context,
      List<Inspector> existing, ImportTally tally, boolean write, Clock clock) {
    this.ctx = ctx;
    this.repository = repository;
    this.header = header;
    this.context = context;
    this.tally = tally;
    this.write = write;
    this.now = OffsetDateTime.now(clock);
    for (Inspector i : existing) {
      byCertNo.put(i.certNo(), i);
      byKey.put(i.key(), i);
      if (i.idNumber() != null) {
        byIdNumber.putIfAbsent(i.idNumber(), i);
      }
    }
    for (Department d : context.departments()) {
      departmentIds.put(d.code(), d.id());
    }
  }

  /** Takes one non-blank data row; always goes on. */
  boolean row(Row row) {
    int n = row.excelRowNumber();
    Function<InspectorField, String> raw = f -> header.get(row, f.name());
    String certText = Cells.text(raw.apply(InspectorField.CERT_NO));
    String name = Cells.text(raw.apply(InspectorField.NAME));
    boolean masked = InspectorCheck.isMasked(raw.apply(InspectorField.ID_NUMBER));
    Function<InspectorField, String> unmasked = f -> masked && f == InspectorField.ID_NUMBER ? "" : raw.apply(f);
    InspectorCheck.Result first = InspectorCheck.check(n, unmasked, context);
    if (first.problem() != null) {
      reject(n, certText, name, first.problem());
      return true;
    }
    Inspector i = first.inspector();
    Integer earlier = seenCertNo.get(i.certNo());
    if (earlier == null && i.key() != null) {
      earlier = seenKey.get(i.key());
    }
    if (earlier == null && i.idNumber() != null) {
      earlier = seenIdNumber.get(i.idNumber());
    }
    if (earlier != null) {
      tally.duplicate(n, i.certNo(), name, earlier);
      return true;
    }
    Inspector byCert = byCertNo.get(i.certNo());
    Inspector byK = i.key() == null ? null : byKey.get(i.key());
    if (byCert != null && i.key() != null && !byCert.key().equals(i.key())) {
      reject(n, certText, name, InspectorField.KEY,
          new SuijiException("directory.inspector.invalid.conflict", i.certNo(), byCert.key(), i.key()));
      return true;
    }
    Inspector match = byCert != null ? byCert : byK;
    Inspector holder = i.idNumber() == null ? null : byIdNumber.get(i.idNumber());
    if (holder != null && (match == null || !holder.id().equals(match.id()))) {
      reject(n, certText, name, InspectorField.ID_NUMBER, InspectorService.idNumberTaken(holder));
      return true;
    }
    seenCertNo.put(i.certNo(), n);
    if (i.key() != null) {
      seenKey.put(i.key(), n);
    }
    if (i.idNumber() != null) {
      seenIdNumber.put(i.idNumber(), n);
    }
    if (match == null) {
      create(n, i, name);
    } else {
      update(n, raw, masked, match, certText, name);
    }
    return true;
  }

  private void create(int n, Inspector i, String name) {
    String key = i.key() != null ? i.key() : InspectorService.nextKey(ctx, repository, i.departmentCode(), assignedKeys);
    assignedKeys.add(key);
    Inspector draft = i.saved(0, key);
    if (write) {
      draft = repository.insert(ctx, draft, departmentIds.get(i.departmentCode()), now);
    }
    remember(null, draft);
    tally.created(n, i.certNo(), name);
  }

  /** Replaces the columns the file has; the others keep the stored values. */
  private void update(int n, Function<InspectorField, String> raw, boolean masked, Inspector match, String certText,
      String name) {
    if (masked) {
      String shown = Codes.normalise(raw.apply(InspectorField.ID_NUMBER));
      if (match.idNumber() == null || !Inspector.mask(match.idNumber()).equals(shown)) {
        reject(n, certText, name, InspectorField.ID_NUMBER,
            new SuijiException("directory.inspector.invalid.maskedId", Cells.text(raw.apply(InspectorField.ID_NUMBER))));
        return;
      }
    }
    Function<InspectorField, String> merged = f -> {
      if (!header.has(f.name()) || f == InspectorField.ID_NUMBER && masked) {
        return InspectorCheck.textOf(match, f);
      }
      return raw.apply(f);
    };
    InspectorCheck.Result checked = InspectorCheck.check(n, merged, context);
    if (checked.problem() != null) {
      reject(n, certText, name, checked.problem());
      return;
    }
    Inspector updated = checked.inspector().saved(match.id(), match.key());
    List<FieldChange> changes = changes(match, updated);
    if (write && !changes.isEmpty()) {
      repository.update(ctx, updated, departmentIds.get(updated.departmentCode()), now);
    }
    remember(match, updated);
    tally.matched(n, updated.certNo(), name, changes);
  }

  /** Old → new of each field as a file writes it, compared in full; ID numbers shown masked as the exports show them. */
  static List<FieldChange> changes(Inspector stored, Inspector updated) {
    Map<String, String> before = new LinkedHashMap<>();
    Map<String, String> after = new LinkedHashMap<>();
    for (InspectorField f : InspectorField.values()) {
      before.put(f.header(), InspectorCheck.textOf(stored, f));
      after.put(f.header(), InspectorCheck.textOf(updated, f));
    }
    return FieldChange.between(before, after).stream().map(c -> !c.column().equals(InspectorField.ID_NUMBER.header()) ? c
        : new FieldChange(c.column(), shown(c.before()), shown(c.after()))).toList();
  }

  private static String shown(String t) {
    return t.isEmpty() ? t : Inspector.mask(t);
  }

  /** Keeps the ID-number index true after a row: {@code before} (if any) became {@code after}. */
  private void remember(@Nullable Inspector before, Inspector after) {
    if (before != null && before.idNumber() != null && byIdNumber.get(before.idNumber()) == before) {
      byIdNumber.remove(before.idNumber());
    }
    if (after.idNumber() != null) {
      byIdNumber.putIfAbsent(after.idNumber(), after);
    }
  }

  private void reject(int n, String certText, String name, InspectorProblem problem) {
    reject(n, certText, name, problem.field(), problem.reason());
  }

  private void reject(int n, String certText, String name, InspectorField field, SuijiException reason) {
    tally.rejected(n, certText, name, field.header(), reason);
  }
}
