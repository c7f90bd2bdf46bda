package cn.suiji.cli;

import cn.suiji.app.Restore;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suiji restore FILE [--check]}: proves the backup (audit chain, every draw recomputed,
 * directory whole) on a scratch copy and only then puts it in place of the data file, which is
 * kept in {@code backups/} first. A copy that fails is refused with each reason (exit 1) and the
 * data file is untouched; {@code --check} proves without restoring. The application must be
 * closed.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Spec
  CommandSpec spec;
  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.file")
  Path file;
  @Option(names = "--check", descriptionKey = "cli.option.restoreCheck")
  boolean check;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Restore.Proof proof;
    @org.jspecify.annotations.Nullable Path keptAs = null;
    if (check) {
      proof = Restore.prove(file);
    } else {
      Restore.Outcome outcome = Restore.restore(file, DataFileCheck.existing(db.db));
      proof = outcome.proof();
      keptAs = outcome.keptAs();
    }
    if (!proof.passed()) {
      out.println(Messages.msg("cli.restore.refused", file, proof.problems().size()));
      proof.problems().forEach(p -> out.println("  " + p));
      return SuijiCommand.CHECK_FAILED;
    }
    out.println(Messages.msg("cli.restore.proven", file, proof.auditEntries(), proof.draws()));
    if (!check) {
      out.println(Messages.msg("cli.restore.done", DataFileCheck.existing(db.db),
          keptAs == null ? "-" : keptAs));
    }
    return SuijiCommand.OK;
  }
}
