package cn.suiji.cli;

import cn.suiji.cli.bench.BenchDrawCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code suiji bench …}: measurements run by hand (import, draw; search later). */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchImportCommand.class, BenchDrawCommand.class})
final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
