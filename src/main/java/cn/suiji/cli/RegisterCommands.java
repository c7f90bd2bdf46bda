package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.OtherInspectionKind;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The evaluation's registers from the command line (issue 15): {@code suiji report evidence
 * add|list} (证明材料, indicators 1–4) and {@code suiji report other add|list} (其他检查,
 * indicator 14). Each add is one audited transaction; bad input exits 2 naming the field.
 */
final class RegisterCommands {
  private RegisterCommands() {}

  @Command(name = "evidence", mixinStandardHelpOptions = true,
      subcommands = {EvidenceAdd.class, EvidenceList.class})
  static final class Evidences implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      throw UsageErrors.subcommandMissing(spec);
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class EvidenceAdd implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--department", required = true, paramLabel = "CODE", descriptionKey = "cli.option.registerDepartment")
    String department = "";
    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.option.evalYear")
    int year;
    @Option(names = "--indicator", required = true, paramLabel = "1-14", descriptionKey = "cli.option.evidenceIndicator")
    int indicator;
    @Option(names = "--file", required = true, paramLabel = "FILE", descriptionKey = "cli.option.evidenceFile")
    Path file = Path.of("");
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.evidenceDate")
    LocalDate date = LocalDate.MIN;
    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.option.evidenceNote")
    @Nullable String note;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        Evidence e = services.evaluation().addEvidence(department, year, indicator, file, date, note);
        spec.commandLine().getOut().println(Messages.msg("cli.evidence.added", e.id(), e.originalName(),
            e.storedFile(), e.sha256()));
        return SuijiCommand.OK;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class EvidenceList implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.option.evalYear")
    int year;
    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.option.evalDepartment")
    @Nullable String department;
    @Spec
    CommandSpec spec;

    /** Exit 1 when a stored copy is missing or altered. */
    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PrintWriter out = spec.commandLine().getOut();
        boolean whole = true;
        for (Evidence e : services.evaluation().evidence(department, year)) {
          out.println(Messages.msg("cli.evidence.line", e.id(), e.departmentCode(), e.indicator().number(),
              e.originalName(), e.dated(), Messages.current().label(e.state()), e.storedFile()));
          whole &= e.state() == cn.suiji.report.domain.EvidenceState.INTACT;
        }
        return whole ? SuijiCommand.OK : SuijiCommand.CHECK_FAILED;
      }
    }
  }

  @Command(name = "other", mixinStandardHelpOptions = true, subcommands = {OtherAdd.class, OtherList.class})
  static final class Others implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      throw UsageErrors.subcommandMissing(spec);
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class OtherAdd implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--department", required = true, paramLabel = "CODE", descriptionKey = "cli.option.registerDepartment")
    String department = "";
    @Option(names = "--kind", required = true, paramLabel = "SPECIAL|COMPLAINT|ASSIGNED", descriptionKey = "cli.option.otherKind")
    OtherInspectionKind kind = OtherInspectionKind.SPECIAL;
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.otherDate")
    LocalDate date = LocalDate.MIN;
    @Option(names = "--target", required = true, paramLabel = "NAME", descriptionKey = "cli.option.otherTarget")
    String target = "";
    @Option(names = "--code", paramLabel = "USCC", descriptionKey = "cli.option.otherCode")
    @Nullable String code;
    @Option(names = "--result", required = true, paramLabel = "TEXT", descriptionKey = "cli.option.otherResult")
    String result = "";
    @Option(names = "--source", paramLabel = "TEXT", descriptionKey = "cli.option.otherSource")
    @Nullable String source;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        OtherInspection o = services.evaluation().addOtherInspection(department, kind, date, target, code, result,
            source);
        spec.commandLine().getOut().println(Messages.msg("cli.other.added", o.id(), Messages.current().label(o.kind()),
            o.inspectedOn(), o.targetName()));
        return SuijiCommand.OK;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class OtherList implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "cli.option.evalYear")
    int year;
    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.option.evalDepartment")
    @Nullable String department;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PrintWriter out = spec.commandLine().getOut();
        for (OtherInspection o : services.evaluation().otherInspections(department, year)) {
          out.println(Messages.msg("cli.other.line", o.id(), o.departmentCode(), Messages.current().label(o.kind()),
              o.inspectedOn(), o.targetName(), o.result()));
        }
        return SuijiCommand.OK;
      }
    }
  }
}
