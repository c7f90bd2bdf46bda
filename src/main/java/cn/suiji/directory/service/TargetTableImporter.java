package cn.suiji.directory.service;

import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.domain.TargetProblem;
import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import java.nio.file.Path;
import java.util.List;

/** The target import ({@link TargetImportService}) as one {@link TableImporter} among the others. */
public final class TargetTableImporter implements TableImporter {
  private final TargetImportService service;

  public TargetTableImporter(TargetImportService service) {
    this.service = service;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.TARGETS;
  }

  @Override
  public List<ColumnSpec> columns() {
    return TargetImportService.columns();
  }

  @Override
  public boolean usesDepartment() {
    return true;
  }

  @Override
  public HeaderMapping findHeader(Path file) {
    return service.findHeader(file);
  }

  @Override
  public ImportSummary preview(ImportRequest request, Progress progress) {
    return summary(service.preview(of(request), progress));
  }

  @Override
  public ImportSummary commit(ImportRequest request, Progress progress) {
    return summary(service.commit(of(request), progress));
  }

  @Override
  public void writeTemplate(Path file) {
    service.writeTemplate(file);
  }

  private static TargetImportService.Request of(ImportRequest r) {
    return new TargetImportService.Request(r.file(), r.departmentCode(), r.report(), r.mapping());
  }

  private static ImportSummary summary(TargetImportSummary s) {
    List<RowProblem> problems = s.rejectedRows().stream()
        .map(p -> new RowProblem(p.row(), header(p), TargetImportService.describe(p))).toList();
    return new ImportSummary(ImportKind.TARGETS, s.fileName(), s.dryRun(), s.read(), s.created(), s.updated(),
        s.unchanged(), s.duplicates(), s.rejected(), problems, s.changedRows());
  }

  private static String header(TargetProblem p) {
    return p.field().header();
  }
}
