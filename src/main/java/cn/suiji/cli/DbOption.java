package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.shared.db.DataLocation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --db PATH}, which every sub-command takes. */
final class DbOption {
  @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.db")
  @Nullable String db;

  Services open() {
    return Services.open(DataLocation.resolve(db));
  }
}
