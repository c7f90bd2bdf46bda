package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.joint.domain.JointEntry;
import cn.suiji.joint.domain.JointOutcome;
import cn.suiji.joint.domain.JointResult;
import cn.suiji.joint.domain.JointTask;
import cn.suiji.joint.remote.JointPackage;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suiji joint export|import|record|results|summary|list}: joint tasks between departments
 * whose data files are apart (issue 14, docs/joint-package.md). A refused package exits 2 with the
 * reason; an import that left conflicts or results not yet recordable exits 1.
 */
@Command(name = "joint", mixinStandardHelpOptions = true, subcommands = {JointCommand.Export.class,
    JointCommand.Import.class, JointCommand.Record.class, JointCommand.Results.class, JointCommand.Summary.class,
    JointCommand.ListTasks.class})
final class JointCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** The lead's task package for one partner department. */
  @Command(name = "export", mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.jointTask")
    String task;
    @Option(names = "--department", required = true, paramLabel = "CODE", descriptionKey = "cli.option.jointPartner")
    String department;
    @Option(names = "--out", required = true, paramLabel = "F.zip", descriptionKey = "cli.option.jointOut")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        return written(spec, services.joint().exportTask(task, department, out));
      }
    }
  }

  /** A task package (partner's side) or a results package (lead's side). */
  @Command(name = "import", mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", paramLabel = "F.zip", descriptionKey = "cli.param.jointPackage")
    Path file;
    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.option.jointSelf")
    @Nullable String department;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        JointOutcome outcome = services.joint().importPackage(file, department);
        PrintWriter p = spec.commandLine().getOut();
        if (outcome instanceof JointOutcome.TaskReceived t) {
          JointTask task = t.task();
          p.println(Messages.msg(t.already() ? "cli.joint.received.already" : "cli.joint.received", task.taskCode(),
              task.taskName(), task.leadName(), task.inspections()));
          return SuijiCommand.OK;
        }
        JointOutcome.ResultsMerged m = (JointOutcome.ResultsMerged) outcome;
        p.println(Messages.msg("cli.joint.merged", m.taskCode(), m.partnerCode(), m.merged(), m.unchanged(),
            m.conflicts().size(), m.notRecorded().size()));
        m.conflicts().forEach(p::println);
        m.notRecorded().forEach(p::println);
        return m.conflicts().isEmpty() && m.notRecorded().isEmpty() ? SuijiCommand.OK : SuijiCommand.CHECK_FAILED;
      }
    }
  }

  /** The partner's result of one inspection of a received task. */
  @Command(name = "record", mixinStandardHelpOptions = true)
  static final class Record implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.jointTask")
    String task;
    @Option(names = "--target", required = true, paramLabel = "KEY", descriptionKey = "cli.option.jointTarget")
    String target;
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.jointDate")
    String date;
    @Option(names = "--codes", required = true, paramLabel = "1,A", descriptionKey = "cli.option.jointCodes")
    String codes;
    @Option(names = "--methods", paramLabel = "ON_SITE", descriptionKey = "cli.option.jointMethods")
    String methods = VerificationMethod.ON_SITE.name();
    @Option(names = "--follow-up", paramLabel = "KIND", descriptionKey = "cli.option.jointFollowUp")
    @Nullable String followUp;
    @Option(names = "--follow-up-detail", paramLabel = "TEXT", descriptionKey = "cli.option.jointFollowUpDetail")
    @Nullable String followUpDetail;
    @Option(names = "--window-note", paramLabel = "TEXT", descriptionKey = "cli.option.jointWindowNote")
    @Nullable String windowNote;
    @Option(names = "--remark", paramLabel = "TEXT", descriptionKey = "cli.option.jointRemark")
    @Nullable String remark;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      LocalDate day;
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new SuijiException("cli.joint.badDate", date);
      }
      JointEntry entry = new JointEntry(task, target, day, List.of(codes.split("[,，、\\s]+")), methods(methods),
          followUp == null ? null : enumOf(FollowUpKind.class, followUp), followUpDetail, windowNote, remark);
      try (Services services = db.open()) {
        JointResult r = services.joint().recordResult(entry);
        spec.commandLine().getOut().println(Messages.msg("cli.joint.recorded", r.targetKey(), String.join(",", r.codes()),
            r.formedOn()));
        return SuijiCommand.OK;
      }
    }

    private static Set<VerificationMethod> methods(String text) {
      Set<VerificationMethod> out = EnumSet.noneOf(VerificationMethod.class);
      for (String m : text.split("[,，、\\s]+")) {
        if (!m.isBlank()) {
          out.add(enumOf(VerificationMethod.class, m));
        }
      }
      return out;
    }

    /** By name or by its label in the bundle (实地检查, 责令改正 …). */
    private static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
      String t = text.strip();
      List<String> known = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        String label = Messages.current().label(e);
        if (e.name().equals(t.toUpperCase(Locale.ROOT)) || label.equals(t)) {
          return e;
        }
        known.add(label);
      }
      throw new SuijiException("cli.joint.badChoice", t, String.join("、", known));
    }
  }

  /** The partner's results of a received task, as a package for the lead. */
  @Command(name = "results", mixinStandardHelpOptions = true)
  static final class Results implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.jointTask")
    String task;
    @Option(names = "--out", required = true, paramLabel = "F.zip", descriptionKey = "cli.option.jointOut")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        return written(spec, services.joint().exportResults(task, out));
      }
    }
  }

  /** The 联合检查总表 of a task on the lead's side. */
  @Command(name = "summary", mixinStandardHelpOptions = true)
  static final class Summary implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.jointTask")
    String task;
    @Option(names = "--out", required = true, paramLabel = "F.xlsx", descriptionKey = "cli.option.jointSummaryOut")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        int rows = services.joint().writeSummary(task, out);
        spec.commandLine().getOut().println(Messages.msg("cli.joint.summary", task.strip(), rows, out));
        return SuijiCommand.OK;
      }
    }
  }

  /** The tasks received from their leads (partner's side). */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListTasks implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PrintWriter p = spec.commandLine().getOut();
        List<JointTask> tasks = services.joint().received();
        p.println(Messages.msg("cli.joint.list.header", tasks.size(),
            services.joint().department().orElse(Messages.msg("cli.joint.list.noDepartment"))));
        for (JointTask t : tasks) {
          p.println(Messages.msg("cli.joint.list.line", t.taskCode(), t.taskName(), t.leadName(), t.inspections(),
              t.results(), t.importedAt().toLocalDate()));
        }
        return SuijiCommand.OK;
      }
    }
  }

  /** Prints a package written: its path, then its manifest's SHA-256 (what the 交接单 and the partner check). */
  private static int written(CommandSpec spec, JointPackage.Written w) {
    PrintWriter p = spec.commandLine().getOut();
    p.println(w.file().toAbsolutePath());
    p.println(Messages.msg("cli.joint.manifest", w.manifestSha256()));
    return SuijiCommand.OK;
  }
}
