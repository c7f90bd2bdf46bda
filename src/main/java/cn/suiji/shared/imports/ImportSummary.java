package cn.suiji.shared.imports;

import java.util.List;

/**
 * The counts of an import (or of its preview, {@code dryRun}) and the first rejected rows in row
 * order (at most {@link #KEPT_PROBLEMS}; the report file lists every row). {@code read} counts the
 * non-blank data rows; read = created + updated + duplicates + rejected.
 */
public record ImportSummary(ImportKind kind, String fileName, boolean dryRun, int read, int created, int updated,
    int duplicates, int rejected, List<RowProblem> rejectedRows) {
  /** How many problems a summary keeps in memory. */
  public static final int KEPT_PROBLEMS = 10_000;

  public ImportSummary {
    rejectedRows = List.copyOf(rejectedRows);
  }
}
