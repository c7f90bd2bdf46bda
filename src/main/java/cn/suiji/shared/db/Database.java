package cn.suiji.shared.db;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: an H2 file (or an in-memory database in tests) migrated by Flyway, and
 * the jOOQ context every repository works through. Opening does, in order: refuse a file that
 * another copy of the application holds, refuse a file written by a newer version, copy an
 * existing file aside before migrating it, migrate, and restore the copy if migrating fails.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  static final List<String> MIGRATIONS = List.of("classpath:db/migration");
  private static final int H2_ALREADY_OPEN = 90020;
  private static final int H2_FILE_CORRUPTED = 90030;
  private static final int H2_FILE_VERSION = 90048;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final @Nullable Path file;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;

  private Database(@Nullable Path file, JdbcConnectionPool pool) {
    this.file = file;
    this.pool = pool;
    this.dsl = DSL.using(pool, SQLDialect.H2);
  }

  /** Opens (creating when absent) and migrates the database file. */
  public static Database openFile(Path file) {
    return openFile(file, MIGRATIONS);
  }

  static Database openFile(Path file, List<String> locations) {
    Path dbFile = DataLocation.normalise(file);
    boolean existed = Files.exists(dbFile);
    try {
      Files.createDirectories(dbFile.getParent());
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.directory", dbFile.getParent());
    }
    String url = "jdbc:h2:file:" + DataLocation.h2Base(dbFile);
    Optional<String> firstPending = existed ? inspectReadOnly(dbFile, locations) : Optional.empty();
    JdbcConnectionPool pool = connect(url, dbFile); // takes the lock: a second copy stops here
    @Nullable Path backup = null;
    try {
      if (firstPending.isPresent()) {
        pool.dispose();
        backup = backup(dbFile, "before-V" + firstPending.get());
        pool = connect(url, dbFile);
      }
      Flyway flyway = flyway(pool, locations);
      flyway.migrate();
      return new Database(dbFile, pool);
    } catch (FlywayException e) {
      pool.dispose();
      LOG.error("Migration of {} failed", dbFile, e);
      if (backup != null) {
        restore(backup, dbFile);
        throw new SuijiException(e, "db.error.migrationRestored", dbFile, backup);
      }
      if (!existed) {
        deleteQuietly(dbFile);
      }
      throw new SuijiException(e, "db.error.migration", dbFile);
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  /**
   * Looks at an existing file without writing to it: refuses one written by a newer version,
   * and tells whether migrations are pending (so the file must be copied aside first).
   */
  private static Optional<String> inspectReadOnly(Path dbFile, List<String> locations) {
    JdbcConnectionPool pool = connect("jdbc:h2:file:" + DataLocation.h2Base(dbFile) + ";ACCESS_MODE_DATA=r", dbFile);
    try {
      MigrationInfoService info = flyway(pool, locations).info();
      refuseNewer(info, dbFile);
      return info.applied().length > 0 && info.pending().length > 0
          ? Optional.of(info.pending()[0].getVersion().toString()) : Optional.empty();
    } catch (FlywayException e) {
      throw new SuijiException(e, "db.error.open", dbFile, e.getMessage());
    } finally {
      pool.dispose();
    }
  }

  /** A private in-memory database, migrated; it lives while the pool holds a connection, until {@link #close()}. */
  public static Database inMemory(String name) {
    JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name, "sa", "");
    try {
      flyway(pool, MIGRATIONS).migrate();
    } catch (FlywayException e) {
      pool.dispose();
      throw new SuijiException(e, "db.error.migration", name);
    }
    return new Database(null, pool);
  }

  private static JdbcConnectionPool connect(String url, Path dbFile) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    try (Connection probe = pool.getConnection()) {
      return pool;
    } catch (SQLException e) {
      pool.dispose();
      throw translateOpen(e, dbFile);
    }
  }

  static SuijiException translateOpen(SQLException e, Path dbFile) {
    return switch (e.getErrorCode()) {
      case H2_ALREADY_OPEN -> new SuijiException(e, "db.error.inUse", dbFile);
      case H2_FILE_CORRUPTED -> new SuijiException(e, "db.error.corrupt", dbFile);
      case H2_FILE_VERSION -> new SuijiException(e, "db.error.fileVersion", dbFile);
      default -> new SuijiException(e, "db.error.open", dbFile, e.getMessage());
    };
  }

  private static Flyway flyway(JdbcConnectionPool pool, List<String> locations) {
    return Flyway.configure()
        .dataSource(pool)
        .locations(locations.toArray(String[]::new))
        .cleanDisabled(true)
        .load();
  }

  private static void refuseNewer(MigrationInfoService info, Path dbFile) {
    Optional<MigrationInfo> future = Arrays.stream(info.applied())
        .filter(m -> m.getState().name().startsWith("FUTURE"))
        .findFirst();
    if (future.isPresent()) {
      throw new SuijiException("db.error.newerVersion", dbFile, future.get().getVersion().toString());
    }
  }

  private static Path backup(Path dbFile, String why) {
    Path dir = backupDirectory(dbFile);
    String base = dbFile.getFileName().toString().replace(DataLocation.FILE_SUFFIX, "");
    Path copy = dir.resolve(base + "-" + LocalDateTime.now().format(STAMP) + "-" + why + DataLocation.FILE_SUFFIX);
    try {
      Files.createDirectories(dir);
      Files.copy(dbFile, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      LOG.info("Copied {} to {} before migrating", dbFile, copy);
      return copy;
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.backup", copy);
    }
  }

  private static void restore(Path backup, Path dbFile) {
    try {
      Files.copy(backup, dbFile, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.error("Could not restore {} from {}", dbFile, backup, e);
      throw new SuijiException(e, "db.error.restore", dbFile, backup);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not delete the half-made {}", file, e);
    }
  }

  /** Where copies of this file are kept: {@code backups/} beside it. */
  public static Path backupDirectory(Path dbFile) {
    return dbFile.toAbsolutePath().getParent().resolve("backups");
  }

  /** The newest copy in the backup directory, if any. */
  public Optional<Path> lastBackup() {
    if (file == null || !Files.isDirectory(backupDirectory(file))) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(backupDirectory(file))) {
      return files.filter(p -> p.getFileName().toString().endsWith(DataLocation.FILE_SUFFIX))
          .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    } catch (IOException e) {
      LOG.warn("Could not list backups", e);
      return Optional.empty();
    }
  }

  /** The database file, or empty for an in-memory database. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The jOOQ context; repositories take the caller's transaction context instead where there is one. */
  public DSLContext dsl() {
    return dsl;
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
