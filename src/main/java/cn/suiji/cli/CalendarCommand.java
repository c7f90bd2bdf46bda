package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.time.Deadline;
import cn.suiji.shared.time.WorkingCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code suiji calendar deadline|import|export}: the working-day calendar. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    subcommands = {CalendarCommand.DeadlineCmd.class, CalendarCommand.ImportCmd.class, CalendarCommand.ExportCmd.class})
final class CalendarCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** Prints the date, and a warning on stderr when it is provisional. */
  @Command(name = "deadline", mixinStandardHelpOptions = true)
  static final class DeadlineCmd implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.from")
    String from;
    @Option(names = "--workdays", required = true, paramLabel = "N", descriptionKey = "cli.option.workdays")
    int workdays;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      Bounds.within("--workdays", workdays, 1, Bounds.MAX_WORKDAYS);
      LocalDate start;
      try {
        start = LocalDate.parse(from.strip());
      } catch (DateTimeParseException e) {
        throw new SuijiException(e, "cli.calendar.badDate", from);
      }
      try (Services services = db.open()) {
        Deadline d = services.calendar().deadline(start, workdays);
        spec.commandLine().getOut().println(d.date());
        if (d.provisional()) {
          spec.commandLine().getErr().println(Messages.msg("cli.calendar.provisional"));
        }
        return SuijiCommand.OK;
      }
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true)
  static final class ImportCmd implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.calendarFile")
    Path file;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        WorkingCalendar imported = services.calendar().importFile(file);
        spec.commandLine().getOut().println(Messages.msg("cli.calendar.imported",
            imported.years().keySet().toString(), imported.days().size()));
        return SuijiCommand.OK;
      }
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true)
  static final class ExportCmd implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.calendarFile")
    Path file;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        services.calendar().exportFile(file);
        spec.commandLine().getOut().println(Messages.msg("cli.calendar.exported", file));
        return SuijiCommand.OK;
      }
    }
  }
}
