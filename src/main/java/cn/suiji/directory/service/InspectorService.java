package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.InspectorRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorCheck;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.domain.ItemOption;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The inspector directory's use cases, for the inspectors screen and {@code suiji export
 * inspectors}: list, save a new or edited inspector (checked again here, whatever the screen
 * did), change a status, set the eligible items, export. Each public method is one transaction;
 * every change is audited, with the ID number masked in the audit detail.
 */
public final class InspectorService {
  private final DSLContext dsl;
  private final InspectorRepository repository;
  private final DepartmentRepository departments;
  private final Auditor auditor;
  private final Clock clock;

  public InspectorService(DSLContext dsl, InspectorRepository repository, DepartmentRepository departments,
      Auditor auditor, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.departments = departments;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** Today by the service's clock (certificate states are computed against it). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * How many stored ID numbers cannot be opened with the key beside the data file (a lost or
   * replaced key file, docs/decisions/0029); they show as empty and are kept until typed again.
   */
  public int unreadableIdNumbers() {
    return dsl.transactionResult(trx -> repository.unreadableIdNumbers(trx.dsl()));
  }

  public List<Inspector> list(InspectorFilter filter) {
    return repository.list(dsl, filter);
  }

  public List<Department> departments() {
    return departments.all(dsl);
  }

  /** A department's items, for choosing the ones an inspector may inspect. */
  public List<ItemOption> items(String departmentCode) {
    return repository.items(dsl, departmentCode);
  }

  /** What {@link InspectorCheck} needs: the departments, their item codes and today. */
  public InspectorCheck.Context context() {
    return dsl.transactionResult(trx -> context(trx.dsl(), null));
  }

  InspectorCheck.Context context(DSLContext ctx, @Nullable String defaultDepartment) {
    return new InspectorCheck.Context(departments.all(ctx), defaultDepartment, repository.itemCodes(ctx), today());
  }

  /** The next free 人员编号 of a department: {@code CODE-001}, {@code CODE-002} … */
  public String nextKey(String departmentCode) {
    return nextKey(dsl, departmentCode, Set.of());
  }

  static String nextKey(DSLContext ctx, InspectorRepository repository, String departmentCode, Set<String> taken) {
    String prefix = departmentCode + "-";
    int max = 0;
    Set<String> all = new TreeSet<>(repository.keysStartingWith(ctx, prefix));
    all.addAll(taken);
    for (String k : all) {
      String rest = k.startsWith(prefix) ? k.substring(prefix.length()) : "";
      if (!rest.isEmpty() && rest.length() <= 6 && rest.chars().allMatch(Character::isDigit)) {
        max = Math.max(max, Integer.parseInt(rest));
      }
    }
    return String.format("%s%03d", prefix, max + 1);
  }

  private String nextKey(DSLContext ctx, String departmentCode, Set<String> taken) {
    return nextKey(ctx, repository, departmentCode, taken);
  }

  /**
   * Saves the editor's form: a new inspector ({@code id} null; an empty 人员编号 gets the next
   * free one) or the inspector {@code id} (whose 人员编号 never changes). Refused, with the first
   * problem, if a field is invalid, the 执法证号, 身份证号码 or 人员编号 belongs to another inspector.
   */
  public Inspector save(@Nullable Long id, Function<InspectorField, String> form) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Inspector existing = id == null ? null : repository.findById(tx, id)
          .orElseThrow(() -> new SuijiException("directory.inspector.gone"));
      InspectorCheck.Result checked = InspectorCheck.check(0, form, context(tx, null));
      if (checked.problem() != null) {
        throw checked.problem().reason();
      }
      Inspector draft = checked.inspector();
      for (SuijiException clash : clashes(tx, id, draft.certNo(), draft.idNumber()).values()) {
        throw clash;
      }
      long departmentId = departmentId(tx, draft.departmentCode());
      OffsetDateTime now = OffsetDateTime.now(clock);
      Inspector saved;
      if (existing == null) {
        String key = draft.key() == null ? nextKey(tx, draft.departmentCode(), Set.of()) : draft.key();
        repository.findByKey(tx, key).ifPresent(other -> {
          throw new SuijiException("directory.inspector.keyTaken", key, other.name());
        });
        saved = repository.insert(tx, draft.saved(0, key), departmentId, now);
        auditor.record(tx, AuditEvent.of("inspector.create", "inspector", key, saved.toString()));
      } else {
        saved = draft.saved(existing.id(), existing.key());
        repository.update(tx, saved, departmentId, now);
        auditor.record(tx, AuditEvent.of("inspector.update", "inspector", existing.key(), saved.toString()));
      }
      return saved;
    });
  }

  /**
   * The given 执法证号 and 身份证号码 (normalised, {@code null}: not asked) that another inspector
   * than {@code id} already has, each with the refusal {@link #save} would give: for the editor to
   * show under the field as the clerk types. Empty when neither clashes.
   */
  public Map<InspectorField, SuijiException> clashes(@Nullable Long id, @Nullable String certNo,
      @Nullable String idNumber) {
    return dsl.transactionResult(trx -> clashes(trx.dsl(), id, certNo, idNumber));
  }

  private Map<InspectorField, SuijiException> clashes(DSLContext tx, @Nullable Long id, @Nullable String certNo,
      @Nullable String idNumber) {
    Map<InspectorField, SuijiException> found = new EnumMap<>(InspectorField.class);
    if (certNo != null) {
      repository.findByCertNo(tx, certNo).filter(other -> !other.id().equals(id)).ifPresent(other ->
          found.put(InspectorField.CERT_NO,
              new SuijiException("directory.inspector.certNoTaken", certNo, other.name(), other.key())));
    }
    if (idNumber != null) {
      repository.findByIdNumber(tx, idNumber).filter(other -> !other.id().equals(id)).ifPresent(other ->
          found.put(InspectorField.ID_NUMBER, idNumberTaken(other)));
    }
    return found;
  }

  /** The refusal of an ID number that {@code holder} already has: masked (last four), naming the holder. */
  static SuijiException idNumberTaken(Inspector holder) {
    return new SuijiException("quality.inspector.idNumberTaken", holder.maskedIdNumber(), holder.name(), holder.key());
  }

  /** Puts the inspector {@code key} 在岗, 借调, 休假 or 停用. */
  public Inspector setStatus(String key, InspectorStatus status) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Inspector i = found(tx, key);
      repository.setStatus(tx, i.id(), status, OffsetDateTime.now(clock));
      auditor.record(tx, AuditEvent.of("inspector.status", "inspector", key, i.status() + " -> " + status));
      return i.withStatus(status);
    });
  }

  /** Sets the items the inspector {@code key} may inspect; every code must be one of the department's items. */
  public Inspector setItems(String key, Collection<String> codes) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Inspector i = found(tx, key);
      Set<String> known = repository.itemCodes(tx).getOrDefault(i.departmentCode(), Set.of());
      for (String code : codes) {
        if (!known.contains(code)) {
          throw new SuijiException("directory.inspector.invalid.item", code, i.departmentCode());
        }
      }
      repository.replaceItems(tx, i.id(), new TreeSet<>(codes));
      auditor.record(tx, AuditEvent.of("inspector.items", "inspector", key, String.join("、", new TreeSet<>(codes))));
      return i.withItemCodes(new ArrayList<>(codes));
    });
  }

  /**
   * Writes the inspectors matching {@code filter} to an .xlsx under the import's headers (so the
   * file can be imported again), ID numbers masked, plus each certificate's state today; the
   * number of rows written.
   */
  public int export(InspectorFilter filter, Path file, Messages messages, Progress progress) {
    List<Inspector> rows = list(filter);
    List<String> header = new ArrayList<>();
    for (InspectorField f : InspectorField.values()) {
      header.add(f.header());
      if (f == InspectorField.CERT_EXPIRY) {
        header.add(messages.get("directory.inspector.export.certState"));
      }
    }
    LocalDate today = today();
    try (XlsxWriter writer = new XlsxWriter(file, messages.get("directory.inspector.export.sheet"), header)) {
      int done = 0;
      for (Inspector i : rows) {
        List<Object> cells = new ArrayList<>();
        for (InspectorField f : InspectorField.values()) {
          cells.add(switch (f) {
            case ID_NUMBER -> i.maskedIdNumber();
            case CERT_EXPIRY -> i.certExpiry();
            default -> blankToNull(InspectorCheck.textOf(i, f));
          });
          if (f == InspectorField.CERT_EXPIRY) {
            cells.add(messages.label(i.certState(today)));
          }
        }
        writer.writeRow(cells);
        progress.update(++done, rows.size());
        progress.checkCancelled();
      }
    }
    return rows.size();
  }

  private static @Nullable String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private Inspector found(DSLContext tx, String key) {
    return repository.findByKey(tx, key).orElseThrow(() -> new SuijiException("directory.inspector.unknown", key));
  }

  private long departmentId(DSLContext tx, String code) {
    return departments.all(tx).stream().filter(d -> d.code().equals(code)).map(Department::id).findFirst()
        .orElseThrow(() -> new SuijiException("directory.inspector.invalid.department", code, ""));
  }
}
