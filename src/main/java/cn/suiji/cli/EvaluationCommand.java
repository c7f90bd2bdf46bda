package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.IndicatorRow;
import cn.suiji.report.domain.Scorecard;
import cn.suiji.report.render.EvaluationDocx;
import cn.suiji.report.render.EvaluationWorkbook;
import cn.suiji.report.render.SelfEvaluationDocx;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * {@code suiji report evaluation --year Y [--department CODE] [--as-of D] [--out F.docx|F.xlsx] [--self-report] [--json]}:
 * the 14-indicator evaluation of each department (or one), as text, the printable scorecard
 * (.docx) or its rows (.xlsx), or one JSON object. Exit 0 when written, 2 on bad input.
 */
@Command(name = "evaluation", mixinStandardHelpOptions = true)
final class EvaluationCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.option.evalYear")
  int year;
  @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.option.evalDepartment")
  @Nullable String department;
  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.evalAsOf")
  @Nullable LocalDate asOf;
  @Option(names = "--out", paramLabel = "F.docx|F.xlsx", descriptionKey = "cli.option.evalOut")
  @Nullable Path out;
  @Option(names = "--json", descriptionKey = "cli.option.json")
  boolean json;
  @Option(names = "--self-report", descriptionKey = "cli.option.evalSelfReport")
  boolean selfReport;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (selfReport && (out == null || !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx"))) {
      throw new SuijiException("report.self.format", out == null ? "--out" : out.getFileName().toString());
    }
    if (out != null) {
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".docx") && !name.endsWith(".xlsx")) {
        throw new SuijiException("report.evaluation.format", out.getFileName().toString());
      }
    }
    try (Services services = db.open()) {
      LocalDate on = asOf == null ? services.evaluation().today() : asOf;
      List<Scorecard> cards = services.evaluation().evaluate(year, department, on, Progress.NONE);
      PrintWriter printed = spec.commandLine().getOut();
      if (out != null) {
        if (selfReport) {
          SelfEvaluationDocx.write(cards, on, out);
        } else if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
          EvaluationDocx.write(cards, out);
        } else {
          EvaluationWorkbook.write(cards, out);
        }
      }
      if (json) {
        printed.println(json(cards, on));
      } else {
        for (Scorecard c : cards) {
          printed.println(Messages.msg("cli.evaluation.header", c.departmentCode(), c.departmentName(), c.year(),
              c.score() == null ? "—" : c.score(), c.grade() == null ? "—" : c.grade()));
          for (IndicatorRow r : c.rows()) {
            printed.println(Messages.msg("cli.evaluation.line", r.indicator().number(),
                Messages.current().label(r.indicator()), Scorecard.points(r.score()), String.join("；", r.figures())));
          }
        }
        if (out != null) {
          // the self-evaluation report is not the scorecard: each file named as what it is
          printed.println(Messages.msg(selfReport ? "cli.evaluation.selfReportWritten" : "cli.evaluation.written", out));
        }
      }
      return SuijiCommand.OK;
    }
  }

  /**
   * {@code {"year":Y,"asOf":"D","departments":[{"code","name","score","grade","rows":[{"indicator":n,
   * "weight","score"(0–1 or null),"figures":[…],"problems":[…]}],"evidence":[{…}]}]}}.
   */
  static String json(List<Scorecard> cards, LocalDate asOf) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("year", cards.isEmpty() ? 0 : cards.get(0).year());
      g.writeStringField("asOf", asOf.toString());
      g.writeArrayFieldStart("departments");
      for (Scorecard c : cards) {
        g.writeStartObject();
        g.writeStringField("code", c.departmentCode());
        g.writeStringField("name", c.departmentName());
        number(g, "score", c.score());
        g.writeStringField("grade", c.grade());
        g.writeArrayFieldStart("rows");
        for (IndicatorRow r : c.rows()) {
          g.writeStartObject();
          g.writeNumberField("indicator", r.indicator().number());
          g.writeStringField("name", Messages.current().label(r.indicator()));
          g.writeNumberField("weight", c.weights().getOrDefault(r.indicator(), 0.0));
          number(g, "score", r.score());
          strings(g, "figures", r.figures());
          strings(g, "problems", r.problems());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Evidence e : c.evidence()) {
          g.writeStartObject();
          g.writeNumberField("indicator", e.indicator().number());
          g.writeStringField("file", e.originalName());
          g.writeStringField("stored", e.storedFile());
          g.writeStringField("sha256", e.sha256());
          g.writeStringField("dated", e.dated().toString());
          g.writeStringField("state", e.state().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("referrals", c.referrals().size());
        g.writeNumberField("otherInspections", c.otherInspections().size());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void number(JsonGenerator g, String name, @Nullable Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, Math.round(value * 10000) / 10000.0);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
