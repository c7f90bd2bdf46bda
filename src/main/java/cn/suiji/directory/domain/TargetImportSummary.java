package cn.suiji.directory.domain;

import java.util.List;

/**
 * The counts of a target import (or of its preview, {@code dryRun}), and the first
 * {@code rejectedRows} problems in row order (at most {@link #KEPT_PROBLEMS}; the report file
 * lists every row). {@code read} counts the non-blank data rows.
 */
public record TargetImportSummary(String fileName, String departmentCode, boolean dryRun, int read, int created,
    int updated, int duplicates, int rejected, List<TargetProblem> rejectedRows) {
  /** How many problems a summary keeps in memory. */
  public static final int KEPT_PROBLEMS = 10_000;

  public TargetImportSummary {
    rejectedRows = List.copyOf(rejectedRows);
  }
}
