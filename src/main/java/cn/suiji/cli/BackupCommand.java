package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji backup [--out DIR]}: a copy of the data file (with its evidence journal) made
 * while nothing else writes, into {@code DIR} (a USB stick) or, without it, as the day's
 * automatic copy in {@code backups/} beside the file (rotated; nothing when today's exists).
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Spec
  CommandSpec spec;
  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "cli.option.backupDir")
  @Nullable Path out;

  @Override
  public Integer call() {
    try (Services services = db.open()) {
      if (out != null) {
        Path copy = services.backups().backupTo(out);
        spec.commandLine().getOut().println(Messages.msg("cli.backup.written", copy));
        return SuijiCommand.OK;
      }
      services.backups().dailyIfDue().ifPresentOrElse(
          copy -> spec.commandLine().getOut().println(Messages.msg("cli.backup.written", copy)),
          () -> spec.commandLine().getOut().println(Messages.msg("cli.backup.notDue")));
      return SuijiCommand.OK;
    }
  }
}
