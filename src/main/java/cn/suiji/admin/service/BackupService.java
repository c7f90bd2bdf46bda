package cn.suiji.admin.service;

import cn.suiji.admin.domain.BackupRotation;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.ids.IdSeal;
import cn.suiji.shared.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the data file while the application runs: the automatic one of the day, made at the
 * first use of each day into {@code backups/} beside the file and rotated
 * ({@link BackupRotation}: 7 days and 12 months unless the settings say otherwise), and copies
 * made by hand into any folder (a USB stick). Each copy is recorded — setting {@code backup.last}
 * and an audit entry — so the status bar can tell how old the newest copy is.
 */
public final class BackupService {
  private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
  public static final String KEEP_DAILY = "backup.keepDaily";
  public static final String KEEP_MONTHLY = "backup.keepMonthly";
  /** When and where the newest copy was made: {@code yyyy-MM-ddTHH:mm:ss|path}. */
  public static final String LAST = "backup.last";
  /** Days without a copy after which the status bar warns. */
  public static final int STALE_DAYS = 7;
  private static final String DAILY = "daily";
  private static final String MANUAL = "manual";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Database database;
  private final SettingsService settings;
  private final Clock clock;

  public BackupService(Database database, SettingsService settings, Clock clock) {
    this.database = database;
    this.settings = settings;
    this.clock = clock;
  }

  /** The newest copy: when it was made and where it is. */
  public record LastBackup(LocalDateTime at, String where) {
    /** Whether it is older than {@link #STALE_DAYS} days on {@code today}. */
    public boolean stale(LocalDate today) {
      return at.toLocalDate().plusDays(STALE_DAYS).isBefore(today);
    }
  }

  /**
   * Makes today's automatic copy unless there is one already, then deletes the automatic copies
   * the rotation no longer keeps. Empty when none was due (or the database is not a file).
   */
  public Optional<Path> dailyIfDue() {
    Optional<Path> dbFile = database.file();
    if (dbFile.isEmpty()) {
      return Optional.empty();
    }
    Path dir = Database.backupDirectory(dbFile.get());
    LocalDate today = LocalDate.now(clock);
    if (automatic(dir, dbFile.get()).stream().anyMatch(c -> c.day().equals(today))) {
      return Optional.empty();
    }
    Path copy = copy(dir, DAILY);
    rotate(dir, dbFile.get());
    return Optional.of(copy);
  }

  /** A copy made by hand into {@code dir} (e.g. a USB stick); the folder is created if need be. */
  public Path backupTo(Path dir) {
    return copy(dir, MANUAL);
  }

  /** The newest copy recorded, if any was ever made (by hand, daily, or before an upgrade). */
  public Optional<LastBackup> last() {
    Optional<LastBackup> recorded = settings.get(LAST).flatMap(BackupService::parse);
    Optional<LastBackup> found = database.lastBackup().flatMap(p -> madeAt(p).map(at -> new LastBackup(at, p.toString())));
    if (recorded.isPresent() && found.isPresent()) {
      return Optional.of(recorded.get().at().isAfter(found.get().at()) ? recorded.get() : found.get());
    }
    return recorded.isPresent() ? recorded : found;
  }

  /** When a copy in {@code backups/} was made: the stamp in its name ({@code base-yyyyMMdd-HHmmss-…}), else its file time. */
  private Optional<LocalDateTime> madeAt(Path copy) {
    String name = copy.getFileName().toString();
    Path dbFile = database.file().orElse(copy);
    String prefix = base(dbFile) + "-";
    if (name.startsWith(prefix) && name.length() >= prefix.length() + 15) {
      try {
        return Optional.of(LocalDateTime.parse(name.substring(prefix.length(), prefix.length() + 15), STAMP));
      } catch (DateTimeParseException e) {
        LOG.debug("No stamp in {}", name);
      }
    }
    try {
      return Optional.of(LocalDateTime.ofInstant(Files.getLastModifiedTime(copy).toInstant(), clock.getZone()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<LastBackup> parse(String value) {
    int bar = value.indexOf('|');
    try {
      return bar < 0 ? Optional.empty()
          : Optional.of(new LastBackup(LocalDateTime.parse(value.substring(0, bar)), value.substring(bar + 1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Path copy(Path dir, String kind) {
    Path dbFile = database.file().orElseThrow(() -> new SuijiException("db.error.copy", dir, "in-memory"));
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    Path target = dir.toAbsolutePath().resolve(base(dbFile) + "-" + now.format(STAMP) + "-" + kind + DataLocation.FILE_SUFFIX);
    database.copyTo(target);
    settings.set(LAST, now + "|" + target);
    LOG.info("Backup ({}) written to {}", kind, target);
    return target;
  }

  /** Deletes the automatic copies the rotation does not keep; returns them. */
  List<Path> rotate(Path dir, Path dbFile) {
    int daily = setting(KEEP_DAILY, BackupRotation.DEFAULT_DAILY);
    int monthly = setting(KEEP_MONTHLY, BackupRotation.DEFAULT_MONTHLY);
    List<Path> deleted = new ArrayList<>();
    for (BackupRotation.Copy c : BackupRotation.toDelete(automatic(dir, dbFile), daily, monthly)) {
      Path p = dir.resolve(c.name());
      try {
        Files.deleteIfExists(p);
        Files.deleteIfExists(DataLocation.sibling(p, IdSeal.KEY_SUFFIX)); // the copy's key goes with it
        deleted.add(p);
      } catch (IOException e) {
        LOG.warn("Could not delete the old backup {}", p, e);
      }
    }
    return deleted;
  }

  private int setting(String name, int fallback) {
    try {
      return Math.max(1, settings.get(name).map(String::strip).map(Integer::parseInt).orElse(fallback));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The automatic copies in {@code dir}, by name and day. */
  private static List<BackupRotation.Copy> automatic(Path dir, Path dbFile) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    String prefix = base(dbFile) + "-";
    String suffix = "-" + DAILY + DataLocation.FILE_SUFFIX;
    try (Stream<Path> files = Files.list(dir)) {
      List<BackupRotation.Copy> out = new ArrayList<>();
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix) && n.endsWith(suffix))
          .forEach(n -> {
            String stamp = n.substring(prefix.length(), n.length() - suffix.length());
            try {
              out.add(new BackupRotation.Copy(n, LocalDateTime.parse(stamp, STAMP).toLocalDate()));
            } catch (DateTimeParseException e) {
              LOG.debug("Not an automatic backup: {}", n);
            }
          });
      return out;
    } catch (IOException e) {
      LOG.warn("Could not list {}", dir, e);
      return List.of();
    }
  }

  private static String base(Path dbFile) {
    return dbFile.getFileName().toString().replace(DataLocation.FILE_SUFFIX, "");
  }
}
