package cn.suiji.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code suiji export targets|items|inspectors|plan|all …}: writes a directory's rows to .xlsx (the plan also to .docx), as the screens do. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportTargetsCommand.class, ExportItemsCommand.class,
    ExportInspectorsCommand.class, ExportPlanCommand.class, ExportAllCommand.class})
final class ExportCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }
}
