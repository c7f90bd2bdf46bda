package cn.suiji.testing;

import cn.suiji.shared.db.Database;
import java.nio.file.Path;

/**
 * Makes a migrated, empty data file for command-line tests: commands other than {@code demo}
 * refuse a data file that does not exist, as the GUI's first start would have made it.
 */
public final class DataFiles {
  private DataFiles() {}

  /** Creates {@code file} (H2 adds {@code .mv.db}) and returns it as the {@code --db} argument. */
  public static String create(Path file) {
    try (Database db = Database.openFile(file)) {
      db.dsl().fetchOne("select 1");
    }
    return file.toString();
  }
}
