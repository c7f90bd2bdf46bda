package cn.suiji.directory.domain;

import cn.suiji.shared.imports.RowChange;
import java.util.List;

/**
 * The counts of a target import (or of its preview, {@code dryRun}), the first {@code
 * rejectedRows} problems and the first {@code changedRows} (更新 rows with old → new) in row order
 * (at most {@link #KEPT_PROBLEMS} each; the report file lists every row). {@code read} counts the
 * non-blank data rows: created + updated + unchanged + duplicates + rejected.
 */
public record TargetImportSummary(String fileName, String departmentCode, boolean dryRun, int read, int created,
    int updated, int unchanged, int duplicates, int rejected, List<TargetProblem> rejectedRows,
    List<RowChange> changedRows) {
  /** How many problems a summary keeps in memory. */
  public static final int KEPT_PROBLEMS = 10_000;

  public TargetImportSummary {
    rejectedRows = List.copyOf(rejectedRows);
    changedRows = List.copyOf(changedRows);
  }
}
