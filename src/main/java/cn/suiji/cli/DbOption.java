package cn.suiji.cli;

import cn.suiji.app.Services;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --db PATH}, which every sub-command takes. */
public final class DbOption {
  @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.db")
  @Nullable String db;

  /** The existing data file, checked by {@link DataFileCheck} before H2 opens it: nothing is created. */
  public Services open() {
    return told(Services.open(DataFileCheck.existing(db)));
  }

  /**
   * For {@code demo} and {@code bench search} only (the bench fills an empty scratch database of
   * its own): the data file, checked the same way, created when it does not exist yet.
   */
  public Services openOrCreate() {
    return told(Services.open(DataFileCheck.creatable(db)));
  }

  /** Tells on stderr what opening did that the clerk must know (an unfinished import undone). */
  private static Services told(Services services) {
    services.noticesOnOpen().forEach(System.err::println);
    return services;
  }
}
