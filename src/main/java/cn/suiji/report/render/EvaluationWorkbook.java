package cn.suiji.report.render;

import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.IndicatorRow;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.Referral;
import cn.suiji.report.domain.Scorecard;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation as a workbook: the scores of every department, then the 14 rows of each with the
 * figures behind them, the evidence index, the referral register and the other inspections — the
 * same rows as the printed scorecard. Text never a formula ({@link XlsxWriter}); whole or absent.
 */
public final class EvaluationWorkbook {
  private EvaluationWorkbook() {}

  public static void write(List<Scorecard> cards, Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new SuijiException("report.evaluation.format", file.getFileName().toString());
    }
    XlsxWriter xlsx = new XlsxWriter(file, msg("report.eval.sheet.scores"), headers("report.col.department",
        "report.col.label", "report.eval.col.year", "report.eval.col.score", "report.eval.col.grade"));
    boolean done = false;
    try {
      for (Scorecard c : cards) {
        xlsx.writeRow(List.of(c.departmentCode(), c.departmentName(), c.year(), number(c.score()),
            c.grade() == null ? "" : c.grade()));
      }
      xlsx.addSheet(msg("report.eval.sheet.rows"), headers("report.col.department", "report.eval.col.number",
          "report.eval.col.indicator", "report.eval.col.weight", "report.eval.col.points", "report.eval.col.figures",
          "report.eval.col.problems"));
      for (Scorecard c : cards) {
        for (IndicatorRow r : c.rows()) {
          xlsx.writeRow(List.of(c.departmentCode(), r.indicator().number(), Messages.current().label(r.indicator()),
              c.weights().getOrDefault(r.indicator(), 0.0), number(r.score() == null ? null : r.score() * 100),
              String.join("\n", r.figures()), String.join("\n", r.problems())));
        }
      }
      xlsx.addSheet(msg("report.eval.sheet.evidence"), headers("report.col.department", "report.eval.col.number",
          "report.eval.col.file", "report.eval.col.dated", "report.eval.col.note", "report.eval.col.stored",
          "report.eval.col.sha256", "report.eval.col.state"));
      for (Scorecard c : cards) {
        for (Evidence e : c.evidence()) {
          xlsx.writeRow(Arrays.asList(c.departmentCode(), e.indicator().number(), e.originalName(), e.dated().toString(),
              text(e.note()), e.storedFile(), e.sha256(), Messages.current().label(e.state())));
        }
      }
      xlsx.addSheet(msg("report.eval.sheet.referrals"), headers("report.col.department", "report.col.task",
          "report.col.targetCode", "report.col.targetName", "report.col.receivingBody", "report.col.referredOn",
          "report.eval.col.feedback", "report.eval.col.feedbackOn"));
      for (Scorecard c : cards) {
        for (Referral r : c.referrals()) {
          xlsx.writeRow(Arrays.asList(c.departmentCode(), r.taskCode(), r.targetCode(), r.targetName(),
              text(r.receivingBody()), text(r.referredOn()), text(r.feedback()), text(r.feedbackOn())));
        }
      }
      xlsx.addSheet(msg("report.eval.sheet.others"), headers("report.col.department", "report.eval.col.kind",
          "report.eval.col.date", "report.col.targetName", "report.col.targetCode", "report.eval.col.result",
          "report.eval.col.source"));
      for (Scorecard c : cards) {
        for (OtherInspection o : c.otherInspections()) {
          xlsx.writeRow(Arrays.asList(c.departmentCode(), Messages.current().label(o.kind()),
              o.inspectedOn().toString(), o.targetName(), text(o.targetCode()), o.result(), text(o.source())));
        }
      }
      done = true;
    } finally {
      if (done) {
        xlsx.close();
      } else {
        xlsx.discard();
      }
    }
  }

  private static Object number(@Nullable Double value) {
    return value == null ? "—" : Math.round(value * 10) / 10.0;
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  private static List<String> headers(String... keys) {
    return Arrays.stream(keys).map(Messages::msg).toList();
  }

  private static String msg(String key) {
    return Messages.msg(key);
  }
}
