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
 * {@code suiji export plan --year Y [--department CODE] --out FILE.xlsx|FILE.docx}: the plan
 * table of a year, for one department or (without {@code --department}) every department under
 * the county's name. A year without tasks, an unknown department or another file type is
 * refused with exit code 2.
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class ExportPlanCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "plan.cli.option.year")
  int year;
  @Option(names = "--department", paramLabel = "CODE", descriptionKey = "plan.cli.option.department")
  @Nullable String department;
  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "plan.cli.option.out")
  Path out;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = db.open()) {
      String county = services.settings().countyName().orElse("");
      int rows = services.plans().export(department, year, county, out);
      spec.commandLine().getOut().println(Messages.msg("plan.cli.written", rows, out));
      return SuijiCommand.OK;
    }
  }
}
