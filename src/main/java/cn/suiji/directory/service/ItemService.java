package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.ItemRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemEntry;
import cn.suiji.directory.domain.ItemField;
import cn.suiji.directory.domain.ItemQuery;
import cn.suiji.directory.domain.ItemVersions;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The item list (抽查事项清单) for the items screen, the import and {@code suiji export items}:
 * lists versions with filters, saves a version, makes a new version from a date, records the
 * legal office's review and the publication. A version a task uses is never edited (the task
 * keeps the version it was planned with); versions of one code never overlap. Each public method
 * is one transaction with its audit entry.
 */
public final class ItemService {
  private final DSLContext dsl;
  private final ItemRepository items;
  private final DepartmentRepository departments;
  private final Auditor auditor;

  public ItemService(DSLContext dsl, ItemRepository items, DepartmentRepository departments, Auditor auditor) {
    this.dsl = dsl;
    this.items = items;
    this.departments = departments;
    this.auditor = auditor;
  }

  /** The versions matching {@code q} with the number of tasks using each. */
  public List<ItemEntry> list(ItemQuery q) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      List<InspectionItem> found = items.list(tx, q);
      Map<Long, Integer> used = items.taskCounts(tx, found.stream().map(InspectionItem::id).toList());
      return found.stream().map(i -> new ItemEntry(i, used.getOrDefault(i.id(), 0))).toList();
    });
  }

  /**
   * Creates ({@code id == null}) or edits a version. Refused: a version a task uses
   * ({@code directory.item.version.used}); a validity overlapping another version of the code.
   */
  public InspectionItem save(InspectionItem item) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      requireDepartment(tx, item.departmentId());
      List<InspectionItem> versions = items.versions(tx, item.departmentId(), item.code());
      if (item.id() == null) {
        requireNoOverlap(versions, item);
        InspectionItem saved = items.insert(tx, item);
        auditor.record(tx, new AuditEvent("item.create", "item", key(saved), null, saved.toString(), null));
        return saved;
      }
      InspectionItem before = items.byId(tx, item.id())
          .orElseThrow(() -> new SuijiException("directory.item.notFound", item.id()));
      if (before.sameContentAs(item)) {
        return before;
      }
      if (before.withMarks(item.legalReviewDate(), item.publicisedDate()).sameContentAs(item)) {
        items.setMarks(tx, item.id(), item.legalReviewDate(), item.publicisedDate());
        auditor.record(tx, new AuditEvent("item.mark", "item", key(item), before.toString(), item.toString(), null));
        return item;
      }
      ItemVersions.requireUnused(before, items.taskCount(tx, before.id()));
      requireNoOverlap(versions, item);
      items.update(tx, item);
      auditor.record(tx, new AuditEvent("item.update", "item", key(item), before.toString(), item.toString(), null));
      return item;
    });
  }

  /**
   * Makes {@code draft} the new version of {@code currentId}'s code from {@code from}: the current
   * version ends on {@code from − 1} (its tasks keep it), the new one starts on {@code from}.
   */
  public InspectionItem newVersion(long currentId, InspectionItem draft, LocalDate from) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      InspectionItem current = items.byId(tx, currentId)
          .orElseThrow(() -> new SuijiException("directory.item.notFound", currentId));
      List<InspectionItem> versions = items.versions(tx, current.departmentId(), current.code());
      InspectionItem latest = ItemVersions.latest(versions);
      if (latest != null && !latest.id().equals(current.id())) {
        throw new SuijiException("directory.item.version.notLatest", current.code(), latest.validFrom().toString());
      }
      ItemVersions.Change change = ItemVersions.newVersion(current, draft, from);
      if (!change.closed().equals(current)) {
        items.setValidTo(tx, currentId, change.closed().validTo());
      }
      InspectionItem created = items.insert(tx, change.created());
      auditor.record(tx, new AuditEvent("item.newVersion", "item", key(created), current.toString(),
          created.toString(), null));
      return created;
    });
  }

  /** Records when the legal office reviewed the version and when it was made public (either may be cleared). */
  public InspectionItem mark(long id, @Nullable LocalDate legalReview, @Nullable LocalDate publicised) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      InspectionItem before = items.byId(tx, id).orElseThrow(() -> new SuijiException("directory.item.notFound", id));
      items.setMarks(tx, id, legalReview, publicised);
      InspectionItem after = before.withMarks(legalReview, publicised);
      auditor.record(tx, new AuditEvent("item.mark", "item", key(after), before.toString(), after.toString(), null));
      return after;
    });
  }

  /**
   * Writes the versions matching {@code q} to .xlsx under the import's headers (so the file can
   * be imported again), with the department's code first. Returns the number of rows.
   */
  public int export(ItemQuery q, Path file, Progress progress) {
    List<ItemEntry> rows = list(q);
    Map<Long, String> codes = new java.util.HashMap<>();
    departments.all(dsl).forEach(d -> codes.put(d.id(), d.code()));
    List<String> header = new ArrayList<>();
    header.add(Messages.msg("directory.item.export.department"));
    for (ItemField f : ItemField.values()) {
      header.add(f.header());
    }
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("directory.item.export.sheet"), header)) {
      int done = 0;
      for (ItemEntry e : rows) {
        writer.writeRow(ItemImporter.cells(codes.get(e.item().departmentId()), e.item()));
        if (++done % 500 == 0) {
          progress.update(done, rows.size());
          progress.checkCancelled();
        }
      }
    }
    return rows.size();
  }

  /** The department with {@code code} (any case); {@code null} code: all departments' items. */
  public @Nullable Long departmentId(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String wanted = code.strip().toUpperCase(java.util.Locale.ROOT);
    return departments.all(dsl).stream().filter(d -> d.code().equals(wanted)).map(Department::id).findFirst()
        .orElseThrow(() -> new SuijiException("directory.item.unknownDepartment", wanted));
  }

  private void requireDepartment(DSLContext tx, long id) {
    if (departments.byId(tx, id).isEmpty()) {
      throw new SuijiException("directory.department.notFound", id);
    }
  }

  static void requireNoOverlap(List<InspectionItem> versions, InspectionItem item) {
    InspectionItem other = ItemVersions.overlapping(versions, item);
    if (other != null) {
      throw new SuijiException("directory.item.version.overlap", item.code(), other.validFrom().toString(),
          other.validTo() == null ? "—" : other.validTo().toString());
    }
  }

  private static String key(InspectionItem i) {
    return i.code() + "@" + i.validFrom();
  }
}
