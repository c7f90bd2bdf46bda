package cn.suiji.shared.imports;

import java.util.List;
import java.util.Locale;

/**
 * The counts of an import (or of its preview, {@code dryRun}), the first rejected rows in row
 * order and the first 更新 rows with what each changes (at most {@link #KEPT_PROBLEMS} of each; the
 * report file lists every row). {@code read} counts the non-blank data rows; read = created +
 * updated + unchanged + duplicates + rejected, where {@code unchanged} rows equal what is stored
 * field by field and are not written.
 */
public record ImportSummary(ImportKind kind, String fileName, boolean dryRun, int read, int created, int updated,
    int unchanged, int duplicates, int rejected, List<RowProblem> rejectedRows, List<RowChange> changedRows) {
  /** How many problems (and how many changed rows) a summary keeps in memory. */
  public static final int KEPT_PROBLEMS = 10_000;

  public ImportSummary {
    rejectedRows = List.copyOf(rejectedRows);
    changedRows = List.copyOf(changedRows);
  }

  /**
   * The detail of the import's audit entry: the file and the counts, {@code unchanged=N} last so
   * that a reader of the older entries (which end at {@code rejected=N}) still finds its fields.
   */
  public static String auditDetail(String fileName, int read, int created, int updated, int duplicates, int rejected,
      int unchanged) {
    return String.format(Locale.ROOT, "%s read=%d created=%d updated=%d duplicates=%d rejected=%d unchanged=%d",
        fileName, read, created, updated, duplicates, rejected, unchanged);
  }

  /** {@link #auditDetail(String, int, int, int, int, int, int)} of this summary. */
  public String auditDetail() {
    return auditDetail(fileName, read, created, updated, duplicates, rejected, unchanged);
  }
}
