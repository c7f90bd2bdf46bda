package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.demo.service.DemoSummary;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suiji demo [--force]}: creates the fictional demo county. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--force", descriptionKey = "cli.option.force")
  boolean force;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = db.openOrCreate()) {
      DemoSummary s = services.demo().create(force, Progress.NONE);
      spec.commandLine().getOut().println(Messages.msg("cli.demo.created", s.departments(), s.items(), s.targets(),
          s.inspectors(), s.recusals(), s.tasks()));
      return SuijiCommand.OK;
    }
  }
}
