package cn.suiji.shared.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the database file lives: {@code --db PATH} first, then the {@code SUIJI_DB}
 * environment variable, then the user's data directory ({@code %APPDATA%\suiji} on Windows,
 * {@code $XDG_DATA_HOME/suiji} or {@code ~/.local/share/suiji} elsewhere).
 *
 * <p>A path names the database file; H2's {@code .mv.db} ending is added when it is missing,
 * so {@code --db county} and {@code --db county.mv.db} are the same file.
 */
public final class DataLocation {
  public static final String FILE_SUFFIX = ".mv.db";
  static final String DEFAULT_NAME = "suiji" + FILE_SUFFIX;

  private DataLocation() {}

  /** The database file to use, from the option, the environment and the platform. */
  public static Path resolve(@Nullable String option, Map<String, String> env, String osName, String userHome) {
    String chosen = option != null && !option.isBlank() ? option : env.get("SUIJI_DB");
    if (chosen != null && !chosen.isBlank()) {
      return normalise(Path.of(chosen.trim()));
    }
    return defaultDirectory(env, osName, userHome).resolve(DEFAULT_NAME);
  }

  /** As {@link #resolve(String, Map, String, String)} for this process. */
  public static Path resolve(@Nullable String option) {
    return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
  }

  static Path defaultDirectory(Map<String, String> env, String osName, String userHome) {
    if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
      return base.resolve("suiji");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
    return base.resolve("suiji");
  }

  /** The absolute data file named by {@code file}, with H2's suffix added when it lacks it. */
  public static Path normalise(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString();
    return name.endsWith(FILE_SUFFIX) ? absolute : absolute.resolveSibling(name + FILE_SUFFIX);
  }

  /** A file beside the data file, named after it: {@code suiji.mv.db} → {@code suiji<suffix>}. */
  public static Path sibling(Path file, String suffix) {
    String base = file.getFileName().toString();
    return file.resolveSibling(base.substring(0, base.length() - FILE_SUFFIX.length()) + suffix);
  }

  /** The JDBC URL's path part: the file without H2's suffix. */
  public static String h2Base(Path file) {
    String s = file.toString();
    return s.substring(0, s.length() - FILE_SUFFIX.length());
  }
}
