package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.report.domain.CodeShare;
import cn.suiji.report.domain.EarlyWarning;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.Share;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.report.domain.YearStats;
import cn.suiji.report.render.StatsPdf;
import cn.suiji.report.render.StatsWorkbook;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.print.DocumentFiles;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji report stats --year Y | --from D --to D [--department CODE] [--out F.xlsx|F.pdf] [--json]}:
 * the statistics of a year or a period (per department as text, every grouping and the
 * early-warning lists in the workbook, every grouping with its chart in the PDF to print, every
 * grouping as one JSON object).
 */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportCommand.Stats.class, EvaluationCommand.class,
    RegisterCommands.Evidences.class, RegisterCommands.Others.class, EvaluationSettingsCommand.class})
final class ReportCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  @Command(name = "stats", mixinStandardHelpOptions = true)
  static final class Stats implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.option.statsYear")
    @Nullable Integer year;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.statsFrom")
    @Nullable LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.statsTo")
    @Nullable LocalDate to;
    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.option.statsDepartment")
    @Nullable String department;
    @Option(names = "--out", paramLabel = "F.xlsx", descriptionKey = "cli.option.statsOut")
    @Nullable Path out;
    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        StatsScope scope = scope();
        YearStats stats = services.stats().year(scope, Progress.NONE);
        PrintWriter printed = spec.commandLine().getOut();
        Path file = out;
        if (file != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
          String name = department == null ? Messages.msg("report.summary.allDepartments")
              : services.stats().departments().getOrDefault(scope.departmentCode(), department);
          DocumentFiles.write(file, Progress.NONE, f -> {
            try (OutputStream o = Files.newOutputStream(f)) {
              StatsPdf.standard().write(stats, name, List.of(Grouping.values()), o, Progress.NONE);
            }
          });
        } else if (file != null) {
          EarlyWarning warning = services.stats().warnings(scope, services.stats().today(), EarlyWarning.MIN_INSPECTED);
          StatsWorkbook.write(stats, warning, file, Progress.NONE);
        }
        if (json) {
          printed.println(json(stats));
        } else {
          text(printed, stats);
        }
        if (out != null && !json) {
          printed.println(Messages.msg("cli.report.written", out));
        }
        return SuijiCommand.OK;
      }
    }

    /** A year, or a period from–to (both): one of the two, not both. */
    private StatsScope scope() {
      if (from != null && to != null && year == null) {
        return StatsScope.period(from, to, department);
      }
      if (year != null && from == null && to == null) {
        return new StatsScope(year, department);
      }
      throw new SuijiException("report.stats.yearOrPeriod");
    }
  }

  private static void text(PrintWriter out, YearStats stats) {
    out.println(Messages.msg("cli.report.header", stats.scope().year(), stats.scope().departmentCode() == null
        ? Messages.msg("report.summary.allDepartments") : stats.scope().departmentCode(),
        stats.coverage().coveredTargets(), stats.coverage().directoryTargets(), stats.coverage().share().percentText()));
    for (GroupFigures g : stats.view(Grouping.DEPARTMENT).rows()) {
      line(out, g);
    }
    line(out, stats.total());
  }

  private static void line(PrintWriter out, GroupFigures g) {
    out.println(Messages.msg("cli.report.line", g.key().isEmpty() ? g.label() : g.key() + " " + g.label(),
        g.planned() == null ? 0 : g.planned(), g.drawn(), g.inspected(), g.withProblem(), g.published(),
        g.completion().percentText(), g.problemRate().percentText(), g.closure().percentText(),
        g.onTimeRate().percentText()));
  }

  /**
   * {@code {"year":Y,"department":CODE|null,"coverage":{"covered":N,"directory":N},
   * "total":{…},"views":{"department":[{…}],…},"codes":[{"code":…,"results":N}]}}; a row holds
   * key, label, planned (absent where the grouping has none), the counts and the four rates as
   * fractions (null without a base).
   */
  static String json(YearStats stats) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("year", stats.scope().year());
      if (stats.scope().from() != null) {
        g.writeStringField("from", String.valueOf(stats.scope().from()));
        g.writeStringField("to", String.valueOf(stats.scope().to()));
      }
      if (stats.scope().departmentCode() == null) {
        g.writeNullField("department");
      } else {
        g.writeStringField("department", stats.scope().departmentCode());
      }
      g.writeObjectFieldStart("coverage");
      g.writeNumberField("covered", stats.coverage().coveredTargets());
      g.writeNumberField("directory", stats.coverage().directoryTargets());
      rate(g, "share", stats.coverage().share());
      g.writeEndObject();
      g.writeFieldName("total");
      row(g, stats.total());
      g.writeObjectFieldStart("views");
      for (Grouping grouping : Grouping.values()) {
        g.writeArrayFieldStart(grouping.jsonName());
        for (GroupFigures r : stats.view(grouping).rows()) {
          row(g, r);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("codes");
      for (CodeShare c : stats.codes()) {
        g.writeStartObject();
        g.writeStringField("code", c.code());
        g.writeStringField("label", c.label());
        g.writeStringField("kind", c.kind());
        g.writeNumberField("results", c.results());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void row(JsonGenerator g, GroupFigures r) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", r.key());
    g.writeStringField("label", r.label());
    if (r.planned() != null) {
      g.writeNumberField("planned", r.planned());
      g.writeNumberField("unsizedTasks", r.unsizedTasks());
    }
    g.writeNumberField("drawn", r.drawn());
    g.writeNumberField("notified", r.notified());
    g.writeNumberField("inspected", r.inspected());
    g.writeNumberField("withProblem", r.withProblem());
    g.writeNumberField("published", r.published());
    g.writeNumberField("onTime", r.onTime());
    g.writeNumberField("followUps", r.followUps());
    g.writeNumberField("followUpsClosed", r.followUpsClosed());
    rate(g, "completion", r.completion());
    rate(g, "problemRate", r.problemRate());
    rate(g, "closure", r.closure());
    rate(g, "onTimeRate", r.onTimeRate());
    g.writeEndObject();
  }

  private static void rate(JsonGenerator g, String name, Share s) throws IOException {
    Double f = s.fraction();
    if (f == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Math.round(f * 10000) / 10000.0);
    }
  }
}
