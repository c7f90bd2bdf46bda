package cn.suiji.shared.imports;

import cn.suiji.shared.xlsx.HeaderMapping;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What to import: the file; the department whose data it is ({@code null}: the only department,
 * for the kinds that need one); where to write the report ({@code null}: none); and the column
 * mapping the clerk confirmed on the screen ({@code null}: the one {@link TableImporter#findHeader}
 * finds).
 */
public record ImportRequest(Path file, @Nullable String departmentCode, @Nullable Path report,
    @Nullable HeaderMapping mapping) {
  public static ImportRequest of(Path file) {
    return new ImportRequest(file, null, null, null);
  }

  public ImportRequest withReport(@Nullable Path reportFile) {
    return new ImportRequest(file, departmentCode, reportFile, mapping);
  }

  public ImportRequest withMapping(@Nullable HeaderMapping confirmed) {
    return new ImportRequest(file, departmentCode, report, confirmed);
  }
}
