package cn.suiji.shared.imports;

import cn.suiji.shared.Progress;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.TableReader;
import java.nio.file.Path;
import java.util.List;

/**
 * One kind of table import, for the import screen and {@code suiji import KIND FILE}. The clerk
 * sees {@link #findHeader}'s mapping (and may correct it), then a {@link #preview} (the same pass,
 * nothing written but the report), then {@link #commit}s: one transaction for the whole file,
 * rolled back on cancel ({@link Progress.CancelledException}) or failure, with one audit entry.
 * Every failure to read the file at all is a {@code SuijiException} with a Chinese message.
 */
public interface TableImporter {
  ImportKind kind();

  /** The columns a file may have; each spec's first synonym is the template's header text. */
  List<ColumnSpec> columns();

  /** True if the rows belong to a department ({@link ImportRequest#departmentCode} matters). */
  boolean usesDepartment();

  /**
   * Finds the sheet, the header row and the columns of {@code file}, for the clerk to check: a
   * missing required column is listed in {@link HeaderMapping#missingRequired}, not refused, so
   * the import screen lets the clerk pick it; {@link #preview} and {@link #commit} refuse it,
   * naming {@link #missingHeaders}.
   */
  default HeaderMapping findHeader(Path file) {
    try (TableReader table = TableReader.open(file)) {
      return table.findHeader(columns());
    }
  }

  /** The header text of each required column {@code header} does not map, in column order. */
  default List<String> missingHeaders(HeaderMapping header) {
    return columns().stream().filter(c -> c.required() && !header.has(c.field())).map(c -> c.synonyms().get(0)).toList();
  }

  ImportSummary preview(ImportRequest request, Progress progress);

  ImportSummary commit(ImportRequest request, Progress progress);

  /** Writes the template: the canonical header and one example row. */
  void writeTemplate(Path file);

  /** The header text for {@code field} (the first synonym of its spec). */
  default String header(String field) {
    for (ColumnSpec spec : columns()) {
      if (spec.field().equals(field)) {
        return spec.synonyms().get(0);
      }
    }
    return field;
  }
}
