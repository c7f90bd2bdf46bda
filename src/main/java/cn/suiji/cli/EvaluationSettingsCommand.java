package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.report.domain.Grade;
import cn.suiji.report.domain.Indicator;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji report weights [--weight N=W]… [--grade NAME=MIN]…}: the indicators' weights and the
 * grades the county edits (ADR 0031) — set those given (each weight audited; the grades replaced
 * together when any is given), then print both. Exit 2 on a bad value, nothing changed.
 */
@Command(name = "weights", mixinStandardHelpOptions = true)
final class EvaluationSettingsCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--weight", paramLabel = "N=W", descriptionKey = "cli.option.evalWeight")
  List<String> weights = new ArrayList<>();
  @Option(names = "--grade", paramLabel = "NAME=MIN", descriptionKey = "cli.option.evalGrade")
  List<String> grades = new ArrayList<>();
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<Integer> indicators = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String w : weights) {
      String[] parts = w.split("=", 2);
      try {
        indicators.add(Integer.parseInt(parts[0].strip()));
        values.add(Double.parseDouble(parts[1].strip()));
      } catch (RuntimeException e) {
        throw new SuijiException("cli.evaluation.badWeight", w);
      }
    }
    List<Grade> newGrades = new ArrayList<>();
    for (String g : grades) {
      String[] parts = g.split("=", 2);
      try {
        newGrades.add(new Grade(parts[0].strip(), Double.parseDouble(parts[1].strip())));
      } catch (RuntimeException e) {
        throw new SuijiException("cli.evaluation.badGrade", g);
      }
    }
    try (Services services = db.open()) {
      for (int i = 0; i < indicators.size(); i++) {
        services.evaluation().setWeight(indicators.get(i), values.get(i));
      }
      if (!newGrades.isEmpty()) {
        services.evaluation().setGrades(newGrades);
      }
      PrintWriter out = spec.commandLine().getOut();
      Map<Indicator, Double> now = services.evaluation().weights();
      for (Indicator i : Indicator.values()) {
        out.println(Messages.msg("cli.evaluation.weight", i.number(), Messages.current().label(i), number(now.get(i))));
      }
      for (Grade g : services.evaluation().grades()) {
        out.println(Messages.msg("cli.evaluation.grade", g.name(), number(g.minScore())));
      }
      return SuijiCommand.OK;
    }
  }

  /** 1, 2.5: a whole number without its decimals. */
  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
