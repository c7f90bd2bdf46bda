package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.ItemQuery;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
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
 * {@code suiji export items --out FILE [--department CODE] [--all-versions]}: the item list under
 * the import's headers (the file imports again), by default only the versions in force today.
 */
@Command(name = "items", mixinStandardHelpOptions = true)
final class ExportItemsCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.xlsxOut")
  Path out;
  @Option(names = "--department", paramLabel = "CODE", descriptionKey = "directory.item.cli.department")
  @Nullable String department;
  @Option(names = "--all-versions", descriptionKey = "directory.item.cli.allVersions")
  boolean allVersions;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = db.open()) {
      ItemQuery q = ItemQuery.all().inDepartment(services.items().departmentId(department))
          .validOn(allVersions ? null : LocalDate.now(services.clock()));
      int rows = services.items().export(q, out, Progress.NONE);
      spec.commandLine().getOut().println(Messages.msg("directory.item.cli.written", rows, out));
      return SuijiCommand.OK;
    }
  }
}
