package cn.suiji.shared.imports;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts the outcome of each row of one import pass and, with a report path, writes the row to
 * the report .xlsx as it goes (行号, 结果, 原因, the row's key and name under the headers the
 * importer gives, then 变更: old → new of each field an 更新 row changes). Keeps at most {@link
 * ImportSummary#KEPT_PROBLEMS} problems and as many changed rows in memory. Call
 * {@link #finish} when the pass succeeded (the report file appears) or {@link #discard} when it
 * failed or was cancelled (no report is left behind).
 */
public final class ImportTally {
  private final ImportKind kind;
  private final @Nullable Path reportFile;
  private final @Nullable XlsxWriter report;
  private final List<RowProblem> problems = new ArrayList<>();
  private final List<RowChange> changes = new ArrayList<>();
  private int read;
  private int created;
  private int updated;
  private int unchanged;
  private int duplicates;
  private int rejected;

  public ImportTally(ImportKind kind, @Nullable Path reportFile, String keyHeader, String nameHeader) {
    this.kind = kind;
    this.reportFile = reportFile;
    this.report = reportFile == null ? null : new XlsxWriter(reportFile, Messages.msg("import.report.sheet"),
        List.of(Messages.msg("import.report.row"), Messages.msg("import.report.outcome"),
            Messages.msg("import.report.reason"), keyHeader, nameHeader, Messages.msg("import.report.changes")));
  }

  public void created(int row, String key, String name) {
    created++;
    line(row, RowOutcome.CREATED, "", key, name, "");
  }

  /**
   * A row matching a stored one: 更新 with {@code changes} when there are any, else 未变 (the
   * importer has written nothing for it).
   */
  public void matched(int row, String key, String name, List<FieldChange> fieldChanges) {
    if (fieldChanges.isEmpty()) {
      unchanged++;
      line(row, RowOutcome.UNCHANGED, "", key, name, "");
      return;
    }
    updated++;
    String text = FieldChange.describe(fieldChanges);
    if (changes.size() < ImportSummary.KEPT_PROBLEMS) {
      changes.add(new RowChange(row, key, name, text));
    }
    line(row, RowOutcome.UPDATED, "", key, name, text);
  }

  /** A row repeating the key of row {@code earlierRow} of the same file. */
  public void duplicate(int row, String key, String name, int earlierRow) {
    duplicates++;
    line(row, RowOutcome.DUPLICATE, Messages.msg("import.duplicateOf", earlierRow, key), key, name, "");
  }

  /** A refused row; {@code column} is the header text of the column at fault ({@code ""}: none). */
  public void rejected(int row, String key, String name, String column, SuijiException reason) {
    rejected(row, key, name, column, Messages.current().describe(reason));
  }

  public void rejected(int row, String key, String name, String column, String reason) {
    rejected++;
    if (problems.size() < ImportSummary.KEPT_PROBLEMS) {
      problems.add(new RowProblem(row, column, reason));
    }
    line(row, RowOutcome.REJECTED, reason, key, name, "");
  }

  private void line(int row, RowOutcome outcome, String reason, String key, String name, String changed) {
    read++;
    if (report != null) {
      report.writeRow(List.of(row, label(outcome), reason, key, name, changed));
    }
  }

  /** 新增, 更新, 未变, 重复 or 拒绝 in the current language. */
  public static String label(RowOutcome outcome) {
    return switch (outcome) {
      case CREATED -> Messages.msg("import.outcome.created");
      case UPDATED -> Messages.msg("import.outcome.updated");
      case UNCHANGED -> Messages.msg("import.outcome.unchanged");
      case DUPLICATE -> Messages.msg("import.outcome.duplicate");
      case REJECTED -> Messages.msg("import.outcome.rejected");
    };
  }

  public int read() {
    return read;
  }

  /** The counts so far. */
  public ImportSummary summary(String fileName, boolean dryRun) {
    return new ImportSummary(kind, fileName, dryRun, read, created, updated, unchanged, duplicates, rejected, problems,
        changes);
  }

  /** Closes the report so that the file appears; the summary of the pass. */
  public ImportSummary finish(String fileName, boolean dryRun) {
    if (report != null) {
      report.close();
    }
    return summary(fileName, dryRun);
  }

  /** Closes and deletes the report of a failed or cancelled pass; never throws. */
  public void discard() {
    if (report == null || reportFile == null) {
      return;
    }
    try {
      report.discard();
      Files.deleteIfExists(reportFile);
    } catch (RuntimeException | IOException e) {
      // the import's own failure is what the clerk needs to see
    }
  }
}
