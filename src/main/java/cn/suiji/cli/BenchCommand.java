package cn.suiji.cli;

import cn.suiji.cli.bench.BenchCrashCommand;
import cn.suiji.cli.bench.BenchDrawCommand;
import cn.suiji.cli.bench.BenchExchangeCommand;
import cn.suiji.cli.bench.BenchImportCommand;
import cn.suiji.cli.bench.BenchNoticesCommand;
import cn.suiji.cli.bench.BenchResultsCommand;
import cn.suiji.cli.bench.BenchSearchCommand;
import cn.suiji.cli.bench.BenchStartCommand;
import cn.suiji.cli.bench.BenchStatsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code suiji bench …}: measurements of the operations the issues set time goals for. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    subcommands = {BenchImportCommand.class, BenchSearchCommand.class, BenchDrawCommand.class, BenchCrashCommand.class,
        BenchStartCommand.class, BenchNoticesCommand.class, BenchResultsCommand.class, BenchStatsCommand.class,
        BenchExchangeCommand.class})
final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }
}
