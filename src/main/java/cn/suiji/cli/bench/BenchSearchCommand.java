package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.cli.Bounds;
import cn.suiji.cli.DbOption;
import cn.suiji.cli.SuijiCommand;
import cn.suiji.cli.bench.TargetSearchBench;
import cn.suiji.directory.data.TargetSearchRepository;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji bench search [--targets N] [--runs R]}: on a database that is empty or that an
 * earlier run filled, adds made-up targets up to N (default 1,000,000), then prints the median
 * first-page time of (a) a name contains-search, (b) a uscc prefix, (c) township + industry, and
 * the plain {@code name LIKE} scan beside them.
 */
@Command(name = "search", mixinStandardHelpOptions = true)
public final class BenchSearchCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--targets", paramLabel = "N", defaultValue = "1000000", descriptionKey = "cli.option.benchTargets")
  long targets;
  @Option(names = "--runs", paramLabel = "R", defaultValue = "5", descriptionKey = "cli.option.benchRuns")
  int runs;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Bounds.positive("--targets", targets);
    Bounds.positive("--runs", runs);
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = db.openOrCreate()) {
      TargetSearchBench bench = new TargetSearchBench(services.database().dsl(), new TargetSearchRepository());
      long t0 = System.nanoTime();
      long added = bench.fill(targets, Progress.NONE);
      out.println(Messages.msg("bench.search.filled", added, targets, (System.nanoTime() - t0) / 1_000_000_000.0));
      out.println(Messages.msg("bench.search.header"));
      for (TargetSearchBench.Timing t : bench.run(runs)) {
        out.println(String.format(Locale.ROOT, "%-40s %10.1f %10.1f %6d",
            Messages.msg(t.query()), t.medianMs(), t.bestMs(), t.rows()));
      }
      out.flush();
      return SuijiCommand.OK;
    }
  }
}
