package cn.suiji.cli.bench;

import cn.suiji.shared.db.DataLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The data file's size after a bench's work beside the size of the same data fully compacted,
 * for every bench (issue 17 §1, docs/decisions/0030): the compacted size is measured on a copy
 * that H2 rewrites with {@code SHUTDOWN COMPACT}, so the bench's own file is not touched. The
 * goal is a file within {@value #GOAL} × its compacted size after any import, draw or confirm.
 */
public final class FileSizes {
  /** The goal: the data file at most this many times its compacted size. */
  public static final double GOAL = 1.5;

  /**
   * The sizes in bytes: the file closed, the same data compacted, and the file just before the
   * close, the session still open (0 when not measured).
   */
  public record Sizes(long data, long compacted, long open) {
    public double ratio() {
      return compacted == 0 ? 0 : (double) data / compacted;
    }

    /** {@code data file X MB, compacted Y MB (R ×)}, in the current language's words. */
    public String describe() {
      String text = cn.suiji.shared.l10n.Messages.msg("cli.bench.fileSize", mb(data), mb(compacted),
          String.format(Locale.ROOT, "%.2f", ratio()), String.format(Locale.ROOT, "%.1f", GOAL));
      return open == 0 ? text : text + cn.suiji.shared.l10n.Messages.msg("cli.bench.fileSizeOpen", mb(open),
          String.format(Locale.ROOT, "%.2f", compacted == 0 ? 0 : (double) open / compacted));
    }

    /** The same sizes with the file's size before the close. */
    public Sizes withOpen(long bytes) {
      return new Sizes(data, compacted, bytes);
    }

    /** The line a bench child prints for its parent ({@link #parse}). */
    public String line() {
      return PREFIX + data + " " + compacted + " " + open;
    }
  }

  /** The prefix of a child's size line. */
  public static final String PREFIX = "FILESIZE ";

  private FileSizes() {}

  /** The size of the data file {@code dbFile} names, now (0 when absent): before a close, for {@link Sizes#withOpen}. */
  public static long now(Path dbFile) {
    try {
      return Files.size(DataLocation.normalise(dbFile));
    } catch (IOException e) {
      return 0;
    }
  }

  /** Measures {@code dbFile} (closed) and a compacted copy of it, deleted afterwards. */
  public static Sizes of(Path dbFile) {
    Path file = DataLocation.normalise(dbFile);
    Path copy = DataLocation.sibling(file, ".compacted" + DataLocation.FILE_SUFFIX);
    try {
      long data = Files.size(file);
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + DataLocation.h2Base(copy), "sa", "");
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN COMPACT");
      }
      return new Sizes(data, Files.size(copy), 0);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Measuring " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        // a copy left in the bench's temporary folder
      }
    }
  }

  /** Reads a child's size line; null when {@code line} is not one. */
  public static @org.jspecify.annotations.Nullable Sizes parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return null;
    }
    String[] parts = line.substring(PREFIX.length()).strip().split(" ");
    return new Sizes(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts.length > 2 ? Long.parseLong(parts[2]) : 0);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }
}
