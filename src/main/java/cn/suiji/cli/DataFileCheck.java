package cn.suiji.cli;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.FileReasons;
import cn.suiji.shared.db.DataLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * For {@link DbOption}: looks at the data file a command was given before H2 sees it, so that no
 * command but {@code demo} creates a database, and a wrong path is refused with its real cause
 * instead of H2 creating a new file beside it or failing in English. Reads at most the first
 * four bytes; creates, locks and changes nothing.
 *
 * <p>The file comes from {@code --db}, else {@code $SUIJI_DB}, else the default location
 * ({@link DataLocation}); the default location is checked like any other, so a command run
 * before the GUI's first start is refused rather than starting an empty county. An empty
 * {@code --db ""} is refused instead of falling back; a {@code SUIJI_DB} set to nothing counts as
 * unset, as shells treat it.
 */
public final class DataFileCheck {
  /** The first bytes of an MVStore file: its header block is the text {@code H:2,block:…}. */
  private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

  private DataFileCheck() {}

  /** The existing, writable H2 file the command names; refused with exit code 2 otherwise. */
  static Path existing(@Nullable String option, Map<String, String> env, String osName, String userHome) {
    return check(option, env, osName, userHome, false);
  }

  /**
   * For {@code demo}, the one command that may create a database: as {@link #existing}, except
   * that a file that does not exist is returned to be created, unless the path as typed names
   * something else (a folder, a workbook) that H2 would put a new database beside.
   */
  static Path creatable(@Nullable String option, Map<String, String> env, String osName, String userHome) {
    return check(option, env, osName, userHome, true);
  }

  private static Path check(@Nullable String option, Map<String, String> env, String osName, String userHome,
      boolean mayCreate) {
    if (option != null && option.isBlank()) {
      throw new SuijiException("cli.db.blank");
    }
    Path file = DataLocation.resolve(option, env, osName, userHome);
    if (Files.exists(file)) {
      return inspect(file);
    }
    Path given = given(option, env);
    if (given != null && !given.equals(file) && Files.exists(given)) {
      inspect(given);
      throw new SuijiException("cli.db.suffix", given, file);
    }
    if (mayCreate) {
      return file;
    }
    throw new SuijiException("cli.db.missing", file);
  }

  /** As {@link #existing(String, Map, String, String)} for this process. */
  public static Path existing(@Nullable String option) {
    return existing(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
  }

  /** As {@link #creatable(String, Map, String, String)} for this process. */
  public static Path creatable(@Nullable String option) {
    return creatable(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
  }

  /** The path as typed, before {@code .mv.db} is added; null for the default location. */
  private static @Nullable Path given(@Nullable String option, Map<String, String> env) {
    String chosen = option != null ? option : env.get("SUIJI_DB");
    return chosen == null || chosen.isBlank() ? null : Path.of(chosen.strip()).toAbsolutePath().normalize();
  }

  /** {@code file} if it is a writable H2 file in a writable folder. */
  static Path inspect(Path file) {
    if (Files.isDirectory(file)) {
      throw new SuijiException("cli.db.directory", file);
    }
    if (!Files.isRegularFile(file)) {
      throw new SuijiException("cli.db.notH2", file);
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(H2_HEADER.length);
    } catch (AccessDeniedException e) {
      throw new SuijiException(e, "cli.db.unreadable", file);
    } catch (IOException e) {
      throw new SuijiException(e, "cli.db.unreadableReason", file, FileReasons.describe(e));
    }
    if (!Arrays.equals(head, H2_HEADER)) {
      throw new SuijiException("cli.db.notH2", file);
    }
    if (!writable(file)) {
      throw new SuijiException("cli.db.readOnly", file);
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !writable(folder)) {
      throw new SuijiException("cli.db.folderReadOnly", file, folder);
    }
    return file;
  }

  /**
   * Writable by this process, and not marked read-only: the owner's write bit is looked at
   * too, because an administrator (root) may write to any file and {@link Files#isWritable}
   * then says yes to a file a clerk has made read-only on purpose.
   */
  static boolean writable(Path path) {
    if (!Files.isWritable(path)) {
      return false;
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (posix == null) {
      return true;
    }
    try {
      return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    } catch (IOException e) {
      return false;
    }
  }
}
