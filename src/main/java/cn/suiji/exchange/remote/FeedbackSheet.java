package cn.suiji.exchange.remote;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.HeaderMatcher;
import cn.suiji.shared.xlsx.TableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The platform's feedback sheet (way 1): per row an entry id, the outcome (a text the mapping
 * names as success or failure) and the reason of a failure. Read streaming (shared.xlsx; the
 * header found among title rows by the mapping's header texts). A row whose id is empty or whose
 * outcome is neither is a problem named by its row number; the caller applies nothing then.
 */
public final class FeedbackSheet {
  /** Problems listed in a message at most. */
  public static final int MAX_SHOWN = 10;

  /** One row: its Excel row number, the entry id, accepted or not, and the platform's reason. */
  public record Line(int row, String id, boolean accepted, @Nullable String reason) {}

  /** The rows read and the malformed ones (row number and what is wrong, in Chinese). */
  public record Result(String fileName, List<Line> lines, List<String> problems) {
    public Result {
      lines = List.copyOf(lines);
      problems = List.copyOf(problems);
    }
  }

  private FeedbackSheet() {}

  /**
   * Reads {@code file}.
   *
   * @throws SuijiException {@code xlsx.error.*} for a file that is no spreadsheet, and
   *     {@code exchange.feedback.columns} when the header lacks the id or outcome column
   */
  public static Result read(Path file, WorkbookMapping.Feedback mapping, Progress progress) {
    List<ColumnSpec> specs = new ArrayList<>();
    specs.add(ColumnSpec.required("id", mapping.headers().get("id")));
    specs.add(ColumnSpec.required("outcome", mapping.headers().get("outcome")));
    if (mapping.headers().containsKey("reason")) {
      specs.add(ColumnSpec.optional("reason", mapping.headers().get("reason")));
    }
    List<String> success = mapping.success().stream().map(FeedbackSheet::norm).toList();
    List<String> failure = mapping.failure().stream().map(FeedbackSheet::norm).toList();
    try (TableReader table = TableReader.open(file)) {
      HeaderMapping header = table.findHeader(specs);
      if (!header.missingRequired().isEmpty()) {
        throw new SuijiException("exchange.feedback.columns", table.fileName(),
            String.join("、", header.missingRequired().stream().map(f -> mapping.headers().get(f)).toList()));
      }
      List<Line> lines = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      table.readData(header, row -> {
        String id = Cells.text(header.get(row, "id"));
        String outcome = norm(header.get(row, "outcome"));
        String reason = Cells.text(header.get(row, "reason"));
        if (id.isEmpty()) {
          problems.add(Messages.msg("exchange.feedback.noId", row.excelRowNumber()));
        } else if (success.contains(outcome)) {
          lines.add(new Line(row.excelRowNumber(), id, true, null));
        } else if (failure.contains(outcome) || (failure.isEmpty() && !outcome.isEmpty())) {
          lines.add(new Line(row.excelRowNumber(), id, false, reason.isEmpty() ? null : reason));
        } else {
          problems.add(Messages.msg("exchange.feedback.badOutcome", row.excelRowNumber(), id,
              Cells.text(header.get(row, "outcome")), String.join("、", mapping.success()),
              String.join("、", mapping.failure())));
        }
        return true;
      }, progress);
      return new Result(table.fileName(), lines, problems);
    }
  }

  private static String norm(String text) {
    return HeaderMatcher.normalise(text); // half-width, lower case, no spaces: 成功 as typed or pasted
  }
}
