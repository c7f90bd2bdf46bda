package cn.suiji.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code suiji export targets …} and {@code suiji export plan …}: a directory or the annual plan to a file, as the screens do. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportTargetsCommand.class, ExportPlanCommand.class})
/** {@code suiji export targets|items …}: writes a directory's rows to .xlsx, as the screens do. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportTargetsCommand.class, ExportItemsCommand.class})
/** {@code suiji export targets|inspectors …}: writes a directory's rows to .xlsx, as the screens do. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportTargetsCommand.class, ExportInspectorsCommand.class})
final class ExportCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
