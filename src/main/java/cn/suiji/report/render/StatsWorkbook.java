package cn.suiji.report.render;

import cn.suiji.inspection.domain.ResultKind;
import cn.suiji.report.domain.CodeShare;
import cn.suiji.report.domain.EarlyWarning;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.OpenFollowUp;
import cn.suiji.report.domain.ProblemRate;
import cn.suiji.report.domain.RepeatedProblemTarget;
import cn.suiji.report.domain.Share;
import cn.suiji.report.domain.StatsView;
import cn.suiji.report.domain.YearStats;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The statistics as a workbook: a sheet of the scope and coverage, one sheet per grouping (the
 * figures a chart of it shows, counts then rates in per cent, the total last), the result codes'
 * shares and, when given, the early-warning lists. Written through {@link XlsxWriter} (SXSSF,
 * text never a formula), the file appearing only when complete.
 */
public final class StatsWorkbook {
  private StatsWorkbook() {}

  /** Writes {@code stats} (and {@code warning}, if any) to {@code file}, which must end in .xlsx. */
  public static void write(YearStats stats, @Nullable EarlyWarning warning, Path file, Progress progress) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new SuijiException("report.export.format", file.getFileName().toString());
    }
    XlsxWriter xlsx = new XlsxWriter(file, msg("report.sheet.summary"), headers("report.col.item", "report.col.value"));
    boolean done = false;
    try {
      summary(xlsx, stats);
      Grouping[] all = Grouping.values();
      for (int i = 0; i < all.length; i++) {
        progress.update(i, all.length);
        view(xlsx, stats.view(all[i]));
      }
      codes(xlsx, stats);
      if (warning != null) {
        warnings(xlsx, warning);
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

  private static void summary(XlsxWriter xlsx, YearStats stats) {
    xlsx.setColumnWidth(0, 24);
    xlsx.setColumnWidth(1, 30);
    xlsx.writeRow(List.of(msg("report.summary.year"), stats.scope().year()));
    if (stats.scope().from() != null) {
      xlsx.writeRow(List.of(msg("report.summary.period"), Messages.msg("report.print.period", String.valueOf(stats.scope().from()),
          String.valueOf(stats.scope().to()))));
    }
    xlsx.writeRow(List.of(msg("report.summary.department"), stats.scope().departmentCode() == null
        ? msg("report.summary.allDepartments") : stats.scope().departmentCode()));
    xlsx.writeRow(List.of(msg("report.summary.covered"), stats.coverage().coveredTargets()));
    xlsx.writeRow(List.of(msg("report.summary.directory"), stats.coverage().directoryTargets()));
    xlsx.writeRow(Arrays.asList(msg("report.summary.coverage"), percent(stats.coverage().share())));
    GroupFigures t = stats.total();
    xlsx.writeRow(List.of(msg("report.col.planned"), t.planned() == null ? 0 : t.planned()));
    xlsx.writeRow(List.of(msg("report.col.drawn"), t.drawn()));
    xlsx.writeRow(List.of(msg("report.col.inspected"), t.inspected()));
    xlsx.writeRow(Arrays.asList(msg("report.col.completion"), percent(t.completion())));
    xlsx.writeRow(Arrays.asList(msg("report.col.problemRate"), percent(t.problemRate())));
    xlsx.writeRow(Arrays.asList(msg("report.col.closure"), percent(t.closure())));
    xlsx.writeRow(Arrays.asList(msg("report.col.onTimeRate"), percent(t.onTimeRate())));
  }

  /** The column headers of a grouping's sheet (and of the screen's table). */
  public static List<String> viewHeaders() {
    return headers("report.col.key", "report.col.label", "report.col.planned", "report.col.unsized", "report.col.drawn",
        "report.col.notified", "report.col.inspected", "report.col.withProblem", "report.col.published",
        "report.col.onTime", "report.col.followUps", "report.col.followUpsClosed", "report.col.completion",
        "report.col.problemRate", "report.col.closure", "report.col.onTimeRate");
  }

  /** One row's cells, in {@link #viewHeaders()}' order; rates in per cent to one decimal, empty without a base. */
  public static List<@Nullable Object> cells(GroupFigures g) {
    return Arrays.asList(g.key(), g.label(), g.planned(), g.planned() == null ? null : g.unsizedTasks(), g.drawn(),
        g.notified(), g.inspected(), g.withProblem(), g.published(), g.onTime(), g.followUps(), g.followUpsClosed(),
        percent(g.completion()), percent(g.problemRate()), percent(g.closure()), percent(g.onTimeRate()));
  }

  private static void view(XlsxWriter xlsx, StatsView view) {
    xlsx.addSheet(groupingName(view.grouping()), viewHeaders());
    xlsx.setColumnWidth(1, 30);
    for (GroupFigures g : view.rows()) {
      xlsx.writeRow(cells(g));
    }
    xlsx.writeRow(cells(view.total()));
  }

  private static void codes(XlsxWriter xlsx, YearStats stats) {
    xlsx.addSheet(msg("report.sheet.codes"), headers("report.col.code", "report.col.label", "report.col.kind",
        "report.col.results", "report.col.codeShare"));
    xlsx.setColumnWidth(1, 34);
    int inspected = stats.total().inspected();
    for (CodeShare c : stats.codes()) {
      xlsx.writeRow(Arrays.asList(c.code(), c.label(), Messages.current().label(ResultKind.valueOf(c.kind())), c.results(),
          percent(new Share(Math.min(c.results(), inspected), inspected))));
    }
  }

  private static void warnings(XlsxWriter xlsx, EarlyWarning w) {
    xlsx.addSheet(msg("report.sheet.repeated"), headers("report.col.targetCode", "report.col.targetName",
        "report.col.township", "report.col.industry", "report.col.problemInspections", "report.col.lastResult",
        "report.col.tasks"));
    for (RepeatedProblemTarget r : w.repeated()) {
      xlsx.writeRow(List.of(r.targetCode(), r.name(), r.township(), r.industry(), r.problemInspections(),
          r.lastResult(), r.taskCodes()));
    }
    rates(xlsx, "report.sheet.townshipRates", w.townships());
    rates(xlsx, "report.sheet.industryRates", w.industries());
    followUps(xlsx, "report.sheet.overdue", w.overdueFollowUps());
    followUps(xlsx, "report.sheet.referrals", w.referralsWithoutFeedback());
  }

  private static void rates(XlsxWriter xlsx, String sheet, List<ProblemRate> rates) {
    xlsx.addSheet(msg(sheet), headers("report.col.key", "report.col.label", "report.col.inspected",
        "report.col.withProblem", "report.col.problemRate", "report.col.wilsonLower", "report.col.wilsonUpper"));
    for (ProblemRate r : rates) {
      xlsx.writeRow(Arrays.asList(r.key(), r.label(), r.inspected(), r.withProblem(), percent(r.rate()),
          round(r.interval().lower() * 100), round(r.interval().upper() * 100)));
    }
  }

  private static void followUps(XlsxWriter xlsx, String sheet, List<OpenFollowUp> rows) {
    xlsx.addSheet(msg(sheet), headers("report.col.task", "report.col.department", "report.col.targetCode",
        "report.col.targetName", "report.col.followUpKind", "report.col.due", "report.col.receivingBody",
        "report.col.referredOn"));
    for (OpenFollowUp f : rows) {
      xlsx.writeRow(Arrays.asList(f.taskCode(), f.departmentCode(), f.targetCode(), f.targetName(),
          Messages.current().label(f.kind()), f.dueDate(), f.receivingBody(), f.referredOn()));
    }
  }

  /** The grouping's name: the sheet's name and the screen's choice (按部门 …). */
  public static String groupingName(Grouping g) {
    return switch (g) {
      case DEPARTMENT -> msg("report.grouping.department");
      case ITEM -> msg("report.grouping.item");
      case TOWNSHIP -> msg("report.grouping.township");
      case INDUSTRY -> msg("report.grouping.industry");
      case TASK -> msg("report.grouping.task");
      case MONTH -> msg("report.grouping.month");
    };
  }

  /** The share in per cent to one decimal (half up), or null without a base. */
  public static @Nullable BigDecimal percent(Share s) {
    Double f = s.fraction();
    return f == null ? null : round(f * 100);
  }

  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
  }

  private static List<String> headers(String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      out.add(msg(k));
    }
    return out;
  }

  private static String msg(String key) {
    return Messages.msg(key);
  }
}
