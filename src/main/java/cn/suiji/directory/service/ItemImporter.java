package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.ItemRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.FieldProblem;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemCheck;
import cn.suiji.directory.domain.ItemField;
import cn.suiji.directory.domain.ItemVersions;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.imports.FieldChange;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRun;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Imports a department's item list (抽查事项清单) from .xlsx or CSV, for the import screen and
 * {@code suiji import items}. The key of a row is (department, 事项编码, 生效日期): the same key
 * updates that version, a new 生效日期 after the latest version of the code makes a new version
 * (the latest ends the day before, as {@link ItemVersions} says), a repeated key in the file is
 * 重复. Refused with the column named: a bad cell, an edit of a version a task uses, a validity
 * overlapping another version. Preview runs the same pass in a transaction that is rolled back,
 * so its counts are the commit's.
 */
public final class ItemImporter implements TableImporter {
  /** Columns without which no row could be stored. */
  private static final Set<ItemField> REQUIRED = EnumSet.of(ItemField.CODE, ItemField.NAME, ItemField.LEGAL_BASIS,
      ItemField.TARGET_KIND, ItemField.METHOD, ItemField.ITEM_CLASS, ItemField.VALID_FROM);

  private final DSLContext dsl;
  private final ItemRepository items;
  private final DepartmentRepository departments;
  private final Auditor auditor;

  public ItemImporter(DSLContext dsl, ItemRepository items, DepartmentRepository departments, Auditor auditor) {
    this.dsl = dsl;
    this.items = items;
    this.departments = departments;
    this.auditor = auditor;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.ITEMS;
  }

  @Override
  public List<ColumnSpec> columns() {
    List<ColumnSpec> specs = new ArrayList<>();
    for (ItemField f : ItemField.values()) {
      specs.add(new ColumnSpec(f.name(), f.headers(), REQUIRED.contains(f)));
    }
    return specs;
  }

  @Override
  public boolean usesDepartment() {
    return true;
  }


  @Override
  public ImportSummary preview(ImportRequest request, Progress progress) {
    return run(request, false, progress);
  }

  @Override
  public ImportSummary commit(ImportRequest request, Progress progress) {
    return run(request, true, progress);
  }

  @Override
  public void writeTemplate(Path file) {
    List<String> header = Arrays.stream(ItemField.values()).map(ItemField::header).toList();
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("directory.item.template.sheet"), header)) {
      writer.writeRow(List.of("SX-SCJGJ-01", "企业公示信息情况的检查", "", "《企业信息公示暂行条例》第十四条", "县级",
          "企业", "年度报告公示信息的真实性", "书面检查、实地检查", "3%", 1, "持有执法证的执法人员2名以上", "一般", "", "",
          LocalDate.of(2026, 1, 1), ""));
    }
  }

  /** The cells of {@code item} under the export's header: department code, then each {@link ItemField}. */
  static List<Object> cells(@Nullable String departmentCode, InspectionItem i) {
    List<Object> out = new ArrayList<>();
    out.add(departmentCode == null ? "" : departmentCode);
    out.add(i.code());
    out.add(i.name());
    out.add(i.subItem());
    out.add(i.legalBasis());
    out.add(i.implementingBody());
    out.add(ItemCheck.kindText(i.targetKind()));
    out.add(i.content());
    out.add(i.method());
    out.add(ItemCheck.ratioText(i.ratioPercent()));
    out.add(i.frequencyPerYear());
    out.add(i.inspectorRequirement());
    out.add(ItemCheck.classText(i.itemClass()));
    out.add(i.legalReviewDate());
    out.add(i.publicisedDate());
    out.add(i.validFrom());
    out.add(i.validTo());
    return out;
  }

  private ImportSummary run(ImportRequest request, boolean write, Progress progress) {
    Department department = department(request.departmentCode());
    return ImportRun.run(dsl, request, write, progress,
        new ImportRun.Names(ImportKind.ITEMS, ItemField.CODE.header(), ItemField.NAME.header(), "preimage.what.itemImport"),
        ImportRun.Transaction.PREIMAGE_PREVIEW_ROLLED_BACK,
        (table, chosen) -> checked(table, chosen == null ? table.findHeader(columns()) : chosen),
        (ctx, table, header, tally, w, p) -> pass(ctx, table, header, department, tally, w, p));
  }

  private void pass(DSLContext tx, TableReader table, HeaderMapping header, Department department, ImportTally tally,
      boolean write, Progress progress) {
    Map<String, Integer> seen = new HashMap<>();
    table.readData(header, row -> {
      one(tx, header, row, department.id(), tally, seen);
      if (tally.read() % 100 == 0) {
        progress.checkCancelled();
      }
      return true;
    }, progress);
    if (write) {
      ImportSummary s = tally.summary(table.fileName(), false);
      auditor.record(tx, AuditEvent.of("item.import", "item", department.code(), s.auditDetail()));
    }
  }

  private void one(DSLContext tx, HeaderMapping header, Row row, long departmentId, ImportTally tally,
      Map<String, Integer> seen) {
    int n = row.excelRowNumber();
    String code = Cells.text(header.get(row, ItemField.CODE.name()));
    String name = Cells.text(header.get(row, ItemField.NAME.name()));
    ItemCheck.Result checked = ItemCheck.check(departmentId, f -> header.get(row, f.name()));
    InspectionItem item = checked.item();
    if (item == null) {
      FieldProblem<ItemField> p = checked.problems().get(0);
      tally.rejected(n, code, name, p.field().header(), p.reason());
      return;
    }
    String key = item.code() + "|" + item.validFrom();
    Integer earlier = seen.putIfAbsent(key, n);
    if (earlier != null) {
      tally.duplicate(n, item.code(), name, earlier);
      return;
    }
    try {
      List<InspectionItem> versions = items.versions(tx, departmentId, item.code());
      InspectionItem same = versions.stream().filter(v -> v.validFrom().equals(item.validFrom())).findFirst().orElse(null);
      if (same != null) {
        InspectionItem updated = item.withId(same.id());
        List<FieldChange> changes = same.sameContentAs(updated) ? List.of() : changes(same, updated);
        if (!changes.isEmpty()) {
          if (!same.withMarks(updated.legalReviewDate(), updated.publicisedDate()).sameContentAs(updated)) {
            ItemVersions.requireUnused(same, items.taskCount(tx, same.id()));
          }
          ItemService.requireNoOverlap(versions, updated);
          items.update(tx, updated);
        }
        tally.matched(n, item.code(), name, changes);
        return;
      }
      InspectionItem latest = ItemVersions.latest(versions);
      if (latest != null && item.validFrom().isAfter(latest.validFrom())) {
        ItemVersions.Change change = ItemVersions.newVersion(latest, item, item.validFrom());
        if (!change.closed().equals(latest)) {
          items.setValidTo(tx, latest.id(), change.closed().validTo());
        }
        items.insert(tx, change.created());
      } else {
        ItemService.requireNoOverlap(versions, item);
        items.insert(tx, item);
      }
      tally.created(n, item.code(), name);
    } catch (SuijiException e) {
      tally.rejected(n, item.code(), name, ItemField.VALID_FROM.header(), e);
    }
  }

  /**
   * Old → new of each field as the item file writes it (a ratio of 3 equals 3.00); the key
   * (department, code, 生效日期) is the same on both sides, so it is not listed.
   */
  static List<FieldChange> changes(InspectionItem stored, InspectionItem updated) {
    return FieldChange.between(texts(stored), texts(updated));
  }

  private static Map<String, @Nullable Object> texts(InspectionItem i) {
    Map<String, @Nullable Object> m = new java.util.LinkedHashMap<>();
    m.put(ItemField.NAME.header(), i.name());
    m.put(ItemField.SUB_ITEM.header(), i.subItem());
    m.put(ItemField.LEGAL_BASIS.header(), i.legalBasis());
    m.put(ItemField.IMPLEMENTING_BODY.header(), i.implementingBody());
    m.put(ItemField.TARGET_KIND.header(), ItemCheck.kindText(i.targetKind()));
    m.put(ItemField.CONTENT.header(), i.content());
    m.put(ItemField.METHOD.header(), i.method());
    m.put(ItemField.RATIO.header(), ItemCheck.ratioText(i.ratioPercent()));
    m.put(ItemField.FREQUENCY.header(), i.frequencyPerYear());
    m.put(ItemField.INSPECTOR_REQUIREMENT.header(), i.inspectorRequirement());
    m.put(ItemField.ITEM_CLASS.header(), ItemCheck.classText(i.itemClass()));
    m.put(ItemField.LEGAL_REVIEW.header(), i.legalReviewDate());
    m.put(ItemField.PUBLICISED.header(), i.publicisedDate());
    m.put(ItemField.VALID_TO.header(), i.validTo());
    return m;
  }

  private HeaderMapping checked(TableReader table, HeaderMapping header) {
    List<String> missing = missingHeaders(header);
    if (!missing.isEmpty()) {
      throw new SuijiException("directory.item.import.missingColumns", table.fileName(), String.join("、", missing));
    }
    return header;
  }

  private Department department(@Nullable String code) {
    List<Department> all = departments.all(dsl).stream().filter(Department::active).toList();
    if (code != null && !code.isBlank()) {
      String wanted = code.strip().toUpperCase(Locale.ROOT);
      return departments.all(dsl).stream().filter(d -> d.code().equals(wanted)).findFirst()
          .orElseThrow(() -> new SuijiException("directory.item.unknownDepartment", wanted));
    }
    if (all.isEmpty()) {
      throw new SuijiException("directory.item.import.noDepartment");
    }
    if (all.size() > 1) {
      throw new SuijiException("directory.item.import.chooseDepartment",
          all.stream().map(Department::code).collect(Collectors.joining("、")));
    }
    return all.get(0);
  }
}
