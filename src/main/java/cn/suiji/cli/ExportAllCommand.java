package cn.suiji.cli;

import cn.suiji.app.ArchiveCopy;
import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji export all --out DIR}: the whole county as .xlsx and draw records as JSON with a
 * {@code SHA256SUMS} list, for handing the PC over or the archive ({@link ArchiveCopy}). A folder
 * that holds files already is refused with exit code 2.
 */
@Command(name = "all", mixinStandardHelpOptions = true)
final class ExportAllCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "archive.cli.out")
  Path out;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = db.open()) {
      List<ArchiveCopy.Written> files = ArchiveCopy.write(services, out, Progress.NONE);
      PrintWriter o = spec.commandLine().getOut();
      for (ArchiveCopy.Written w : files) {
        o.println(Messages.msg("archive.cli.file", w.name(), w.bytes(), w.sha256()));
      }
      o.println(Messages.msg("archive.cli.written", files.size(), out.resolve(ArchiveCopy.SUMS)));
      return SuijiCommand.OK;
    }
  }
}
