package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.InspectorRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
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
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Imports the inspector directory (执法检查人员名录库) from an .xlsx or CSV file, for the import
 * screen and {@code suiji import inspectors}. Each non-blank row ends as 新增, 更新 (the inspector
 * with the same 执法证号, else the same 人员编号), 重复 (repeats an earlier row's 执法证号 or 人员编号)
 * or 拒绝 (with a reason naming the column). An update replaces only the columns the file has; an
 * ID number masked as our exports write it ({@code ****…123X}) keeps the stored number when its last
 * four agree, and stores none for a new inspector. The department is the row's 所属部门 (name or
 * code), else the request's, else the only one. A county has a few hundred inspectors, so the
 * directory is held in memory for the pass; one transaction, one audit entry.
 */
public final class InspectorImporter implements TableImporter {
  private final DSLContext dsl;
  private final InspectorRepository repository;
  private final DepartmentRepository departments;
  private final Auditor auditor;
  private final Clock clock;

  public InspectorImporter(DSLContext dsl, InspectorRepository repository, DepartmentRepository departments,
      Auditor auditor, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.departments = departments;
    this.auditor = auditor;
    this.clock = clock;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.INSPECTORS;
  }

  @Override
  public List<ColumnSpec> columns() {
    List<ColumnSpec> specs = new ArrayList<>();
    for (InspectorField f : InspectorField.values()) {
      boolean required = f == InspectorField.NAME || f == InspectorField.CERT_NO || f == InspectorField.CERT_EXPIRY;
      specs.add(new ColumnSpec(f.name(), f.headers(), required));
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
    List<String> header = new ArrayList<>();
    List<Object> example = new ArrayList<>();
    for (InspectorField f : InspectorField.values()) {
      header.add(f.header());
      example.add(f == InspectorField.CERT_EXPIRY ? Cells.date(f.example()).value() : f.example().isEmpty() ? null : f.example());
    }
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("directory.inspector.template.sheet"), header)) {
      writer.writeRow(example);
    }
  }

  private ImportSummary run(ImportRequest request, boolean write, Progress progress) {
    return ImportRun.run(dsl, request, write, progress,
        new ImportRun.Names(ImportKind.INSPECTORS, InspectorField.CERT_NO.header(), InspectorField.NAME.header(),
            "preimage.what.inspectorImport"),
        ImportRun.Transaction.PREIMAGE,
        (table, chosen) -> checked(table, chosen == null ? table.findHeader(columns()) : chosen),
        (ctx, table, header, tally, w, p) -> pass(ctx, table, header, request, tally, w, p));
  }

  private ImportSummary pass(DSLContext ctx, TableReader table, HeaderMapping header, ImportRequest request,
      ImportTally tally, boolean write, Progress progress) {
    String department = department(ctx, request.departmentCode());
    InspectorPass pass = new InspectorPass(ctx, repository, header,
        new InspectorService(ctx, repository, departments, auditor, clock).context(ctx, department),
        repository.list(ctx, InspectorFilter.all()), tally, write, clock);
    table.readData(header, pass::row, progress);
    ImportSummary s = tally.summary(table.fileName(), !write);
    if (write) {
      auditor.record(ctx, AuditEvent.of("inspector.import", "inspector", department, s.auditDetail()));
    }
    return s;
  }

  private @Nullable String department(DSLContext ctx, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    return departments.all(ctx).stream().map(Department::code).filter(wanted::equals).findFirst()
        .orElseThrow(() -> new SuijiException("directory.inspector.import.unknownDepartment", wanted));
  }

  private HeaderMapping checked(TableReader table, HeaderMapping header) {
    List<String> missing = missingHeaders(header);
    if (!missing.isEmpty()) {
      throw new SuijiException("directory.inspector.import.missingColumns", table.fileName(), String.join("、", missing));
    }
    return header;
  }

  /** The text of each field in a row: {@code ""} for a field the file has no column for. */
  static Function<InspectorField, String> cells(HeaderMapping header, cn.suiji.shared.xlsx.Row row) {
    return f -> header.get(row, f.name());
  }
}
