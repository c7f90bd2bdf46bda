package cn.suiji.shared.db;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.IdSeal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultTransactionProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: an H2 file (or an in-memory database in tests) migrated by Flyway, and
 * the jOOQ context every repository works through. Opening does, in order: build a new file
 * under another name and give it its own only when complete; refuse a file written by a newer
 * version; migrate an older file as a copy that replaces it only when complete (a copy kept in
 * {@code backups/}); take the file's lock (a second copy of the application stops there); note
 * whether it was closed cleanly last time. Writes go one at a time and every commit is forced
 * to the disk before it returns ({@link SerialWrites}, docs/decisions/0013).
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  static final List<String> MIGRATIONS = List.of("classpath:db/migration");
  /**
   * The schema version this build brings (its highest migration, SQL or Java); a file whose
   * history ends there, every step successful, opens without Flyway (docs/decisions/0016).
   * {@code DatabaseTest} fails when a new script is added and this is not raised with it.
   */
  static final String SCHEMA_VERSION = "49";
  private static final int H2_ALREADY_OPEN = 90020;
  private static final int H2_FILE_CORRUPTED = 90030;
  private static final int H2_FILE_VERSION = 90048;
  /** Present while the file is open; found at open, it says the last session did not close. */
  static final String MARKER = ".unclosed";
  private static final String CREATING = ".creating" + DataLocation.FILE_SUFFIX;
  private static final String MIGRATING = ".migrating" + DataLocation.FILE_SUFFIX;

  private final @Nullable Path file;
  private final ReopenablePool pool;
  private final SerialWrites writes;
  private final DSLContext dsl;
  private final boolean closedUncleanly;
  private final @Nullable String undone;
  private final List<String> appendOnly = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<String> folders = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean keepMarker;
  /** Opened with this build's migrations: a clean close leaves a {@link SchemaStamp}. */
  private boolean stampAtClose;
  private final IdSeal idSeal;
  private final @Nullable Compaction compaction;

  private Database(@Nullable Path file, JdbcConnectionPool pool, boolean closedUncleanly, @Nullable String undone,
      IdSeal idSeal) {
    this.file = file;
    this.idSeal = idSeal;
    this.pool = new ReopenablePool(pool);
    this.closedUncleanly = closedUncleanly;
    this.undone = undone;
    this.writes = new SerialWrites(new DefaultTransactionProvider(this.pool),
        file == null || H2_DEFAULTS ? () -> { } : this::sync);
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.H2);
    configuration.set(this.pool);
    configuration.set(writes);
    configuration.set(writes);
    if (file != null && !H2_DEFAULTS) {
      configuration.data(Preimage.class, new Preimage(file, writes, this::sync, appendOnly));
      Compaction c = new Compaction(file, this.pool, url(file), this::sync);
      writes.afterCommit(c::afterCommit);
      this.compaction = c;
    } else {
      this.compaction = null;
    }
    this.dsl = DSL.using(configuration);
  }

  /**
   * Loads jOOQ and the generated schema's classes (about a second on a cold JVM), for a thread
   * beside the one opening the file: on two cores the two overlap (docs/decisions/0016).
   */
  public static void warmUp() {
    try {
      Class.forName("cn.suiji.shared.db.generated.Tables");
      DSL.using(SQLDialect.H2).selectOne().getSQL();
    } catch (ClassNotFoundException | RuntimeException e) {
      LOG.debug("Warming up jOOQ failed; the open does it itself", e);
    }
  }

  /** Opens (creating when absent) and migrates the database file. */
  public static Database openFile(Path file) {
    return openFile(file, MIGRATIONS);
  }

  static Database openFile(Path file, List<String> locations) {
    Path dbFile = DataLocation.normalise(file);
    try {
      Files.createDirectories(dbFile.getParent());
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.directory", dbFile.getParent());
    }
    deleteQuietly(DataLocation.sibling(dbFile, CREATING));
    deleteQuietly(DataLocation.sibling(dbFile, MIGRATING));
    deleteQuietly(dbFile.resolveSibling(dbFile.getFileName() + Compaction.H2_TEMP)); // a compaction at close was killed
    IdSeal seal = IdSeal.forKeyFile(DataLocation.sibling(dbFile, IdSeal.KEY_SUFFIX));
    Optional<String> undone = Files.exists(dbFile) ? Preimage.restoreIfLeft(dbFile) : Optional.empty();
    boolean current = false;
    if (!Files.exists(dbFile)) {
      create(dbFile, locations, seal);
    } else {
      if (Files.exists(DataLocation.sibling(dbFile, MARKER))) {
        recover(dbFile);
      }
      current = locations.equals(MIGRATIONS) && (SchemaStamp.matches(dbFile, SCHEMA_VERSION) || isCurrent(dbFile));
      Optional<String> firstPending = Optional.empty();
      if (!current) {
        try {
          firstPending = inspectReadOnly(dbFile, locations, seal);
        } catch (SuijiException e) {
          if (!needsRecovery(e)) {
            throw e;
          }
          recover(dbFile); // killed by a version without the mark: H2 must finish its own recovery first
          firstPending = inspectReadOnly(dbFile, locations, seal);
        }
      }
      if (firstPending.isPresent()) {
        migrateCopy(dbFile, firstPending.get(), locations, seal);
      }
    }
    JdbcConnectionPool pool = connect(url(dbFile), dbFile); // takes the lock: a second copy stops here
    try {
      if (!current) {
        flyway(pool, locations, seal).validate();
      }
      Path marker = DataLocation.sibling(dbFile, MARKER);
      boolean unclean = Files.exists(marker);
      Files.writeString(marker, ProcessHandle.current().pid() + " " + java.time.Instant.now() + "\n");
      if (unclean) {
        LOG.warn("{} was not closed cleanly the last time it was open", dbFile);
      }
      Database opened = new Database(dbFile, pool, unclean || undone.isPresent(), undone.orElse(null), seal);
      opened.stampAtClose = locations.equals(MIGRATIONS);
      return opened;
    } catch (FlywayException e) {
      pool.dispose();
      throw new SuijiException(e, "db.error.open", dbFile, e.getMessage());
    } catch (IOException e) {
      pool.dispose();
      throw new SuijiException(e, "db.error.open", dbFile, e.getMessage());
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  /**
   * Lets H2 recover a file that was not closed: opened for writing once, it rolls back what was
   * left uncommitted and completes what was committed. Until then H2 cannot open it read-only
   * ("This store is read-only"), which the newer-version check needs. Nothing of the schema
   * or the data is changed beyond what H2's recovery does.
   */
  private static void recover(Path dbFile) {
    // H2's quick recovery follows the file header and the chain of predicted chunk positions; a
    // chunk written into reused space before the header caught up is not on that chain, and the
    // file silently opens at an older version, losing commits that were forced to the disk
    // (docs/decisions/0013). A full scan of the file finds every valid chunk; closing the store
    // then writes a header that points at the newest.
    try {
      MVStore scan = new MVStore.Builder().fileName(dbFile.toString()).recoveryMode().open();
      scan.close(0);
    } catch (MVStoreException e) {
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        // the mark is there because another copy of the application has the file open now
        throw new SuijiException(e, "db.error.inUse", dbFile);
      }
      LOG.error("Scanning {} for its newest chunks failed", dbFile, e);
      throw new SuijiException(e, "db.error.corrupt", dbFile);
    }
    connect(url(dbFile), dbFile).dispose();
  }

  private static boolean needsRecovery(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("This store is read-only")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Makes a new file all or nothing: it is built and migrated under another name and appears
   * under its own only when complete (a hard link, which fails rather than replace a file
   * another process made meanwhile). A kill while it is being built leaves only the other
   * name, deleted at the next open.
   */
  private static void create(Path dbFile, List<String> locations, IdSeal seal) {
    Path building = DataLocation.sibling(dbFile, CREATING);
    JdbcConnectionPool pool = connect(url(building), building);
    try {
      flyway(pool, locations, seal).migrate();
    } catch (FlywayException e) {
      LOG.error("Creating {} failed", dbFile, e);
      throw new SuijiException(e, "db.error.migration", dbFile);
    } finally {
      pool.dispose();
    }
    try {
      Files.createLink(dbFile, building);
      Files.delete(building);
    } catch (IOException e) {
      deleteQuietly(building);
      throw new SuijiException(e, "db.error.open", dbFile, e.getMessage());
    }
  }

  /**
   * Migrates an existing file all or nothing: a copy is kept in {@code backups/}, another copy
   * is migrated beside the file, and only a completely migrated copy replaces the file (an
   * atomic rename). A failed or killed migration leaves the file as it was.
   */
  private static void migrateCopy(Path dbFile, String firstPending, List<String> locations, IdSeal seal) {
    Path backup = DataFileCopies.backup(dbFile, "before-V" + firstPending);
    Path migrating = DataLocation.sibling(dbFile, MIGRATING);
    try {
      Files.copy(dbFile, migrating, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.backup", migrating);
    }
    JdbcConnectionPool pool = connect(url(migrating), dbFile);
    try {
      V040__Seal_id_numbers sealing = new V040__Seal_id_numbers(seal);
      flyway(pool, locations, sealing).migrate();
      if (sealing.sealed() > 0) {
        compact(pool); // the pages that held the ID numbers in plain text go with the old chunks
        LOG.info("Sealed {} ID numbers of {} and compacted the file", sealing.sealed(), dbFile);
      }
    } catch (FlywayException e) {
      pool.dispose();
      deleteQuietly(migrating);
      LOG.error("Migration of {} failed", dbFile, e);
      throw new SuijiException(e, "db.error.migrationUntouched", dbFile, backup);
    }
    pool.dispose();
    try {
      Files.move(migrating, dbFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(migrating);
      throw new SuijiException(e, "db.error.migrationUntouched", dbFile, backup);
    }
  }

  private static String url(Path dbFile) {
    // WRITE_DELAY=0: no background writer, every commit saved in the committing thread (SerialWrites);
    // COMPRESS=TRUE: pages written LZF-compressed, as SHUTDOWN COMPACT writes them (docs/decisions/0041)
    return "jdbc:h2:file:" + DataLocation.h2Base(dbFile) + (H2_DEFAULTS ? ""
        : ";WRITE_DELAY=0" + (UNCOMPRESSED ? "" : ";COMPRESS=TRUE") + System.getProperty("suiji.db.extra", ""));
  }

  /**
   * Only for a bench's side-by-side figures (docs/decisions/0041): pages written uncompressed, as
   * before. Never set otherwise.
   */
  private static final boolean UNCOMPRESSED = Boolean.getBoolean("suiji.db.uncompressed");

  /**
   * Only for {@code suiji bench crash --peer}: H2 as it comes (background writer, no sync after
   * commit), so the campaign can show in one run what the safeguards change. Never set otherwise.
   */
  private static final boolean H2_DEFAULTS = Boolean.getBoolean("suiji.crashPeer.h2Defaults");

  /**
   * True when the file, opened read-only, records this build's {@link #SCHEMA_VERSION} as its last
   * migration and no failed one: then Flyway (about a second of class loading and classpath
   * scanning at each start) is not needed. Any doubt — another version, a failed step, a file that
   * does not open read-only — answers false, and Flyway looks at the file as before.
   */
  /** Flyway records a script's version as written ("043"), a Java migration's as its number ("40"). */
  static boolean sameVersion(@Nullable String recorded) {
    return recorded != null && recorded.matches("\\d{1,9}") && Integer.parseInt(recorded) == Integer.parseInt(SCHEMA_VERSION);
  }

  private static boolean isCurrent(Path dbFile) {
    try (Connection c = java.sql.DriverManager.getConnection(url(dbFile) + ";ACCESS_MODE_DATA=r", "sa", "")) {
      return isCurrent(c);
    } catch (SQLException e) {
      LOG.debug("{}: the schema's version not read directly ({}); Flyway looks", dbFile, e.getMessage());
      return false;
    }
  }

  private static boolean isCurrent(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        java.sql.ResultSet last = s.executeQuery("SELECT \"version\", \"success\", "
            + "(SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\") "
            + "FROM \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
      return last.next() && sameVersion(last.getString(1)) && last.getBoolean(2) && last.getLong(3) == 0;
    }
  }

  /** Whether the open file's schema is still this build's (nothing in the session recorded another). */
  private boolean stillCurrent() {
    Connection c = null;
    try {
      c = pool.acquire(); // through the gate: not while a commit's rewrite has the file closed
      return isCurrent(c);
    } catch (SQLException | RuntimeException e) { // closed before (the pool is disposed)
      LOG.debug("{}: the schema's version not read at close ({})", file, e.getMessage());
      return false;
    } finally {
      if (c != null) {
        pool.release(c);
      }
    }
  }

  /**
   * Looks at an existing file without writing to it: refuses one written by a newer version,
   * and tells whether migrations are pending (so the file must be copied aside first).
   */
  private static Optional<String> inspectReadOnly(Path dbFile, List<String> locations, IdSeal seal) {
    JdbcConnectionPool pool = connect(url(dbFile) + ";ACCESS_MODE_DATA=r", dbFile);
    try {
      MigrationInfoService info = flyway(pool, locations, seal).info();
      refuseNewer(info, dbFile);
      return info.pending().length > 0 ? Optional.of(info.pending()[0].getVersion().toString()) : Optional.empty();
    } catch (FlywayException e) {
      throw new SuijiException(e, "db.error.open", dbFile, e.getMessage());
    } finally {
      pool.dispose();
    }
  }

  /** A private in-memory database, migrated; it lives while the pool holds a connection, until {@link #close()}. */
  public static Database inMemory(String name) {
    JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name, "sa", "");
    IdSeal seal = IdSeal.ephemeral();
    try {
      flyway(pool, MIGRATIONS, seal).migrate();
    } catch (FlywayException e) {
      pool.dispose();
      throw new SuijiException(e, "db.error.migration", name);
    }
    return new Database(null, pool, false, null, seal);
  }

  static JdbcConnectionPool connect(String url, Path dbFile) {
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

  private static Flyway flyway(JdbcConnectionPool pool, List<String> locations, IdSeal seal) {
    return flyway(pool, locations, new V040__Seal_id_numbers(seal));
  }

  /** The application's migrations carry the Java one that needs the key; a test's own locations do not. */
  private static Flyway flyway(JdbcConnectionPool pool, List<String> locations, V040__Seal_id_numbers sealing) {
    FluentConfiguration config = Flyway.configure()
        .dataSource(pool)
        .locations(locations.toArray(String[]::new))
        .cleanDisabled(true);
    if (locations.containsAll(MIGRATIONS)) {
      config.javaMigrations(sealing);
    }
    return config.load();
  }

  private static void compact(JdbcConnectionPool pool) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new FlywayException("Compacting after sealing the ID numbers failed: " + e.getMessage(), e);
    }
  }

  private static void refuseNewer(MigrationInfoService info, Path dbFile) {
    Optional<MigrationInfo> future = Arrays.stream(info.applied())
        .filter(m -> m.getState().name().startsWith("FUTURE"))
        .findFirst();
    if (future.isPresent()) {
      throw new SuijiException("db.error.newerVersion", dbFile, future.get().getVersion().toString());
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
    return DataFileCopies.backupDirectory(dbFile);
  }

  /** The newest copy in the backup directory, if any. */
  public Optional<Path> lastBackup() {
    return file == null ? Optional.empty() : DataFileCopies.lastBackup(file);
  }

  /** The database file, or empty for an in-memory database. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The jOOQ context; repositories take the caller's transaction context instead where there is one. */
  public DSLContext dsl() {
    return dsl;
  }

  /**
   * True when the file was not closed cleanly the last time it was open (the process was
   * killed or the power failed): the caller checks it before anything else.
   */
  public boolean closedUncleanly() {
    return closedUncleanly;
  }

  /**
   * What a bulk write that the last session did not finish was doing ({@link Preimage}): the file
   * was put back as it was before it. Empty when nothing was undone.
   */
  public Optional<String> undoneOnOpen() {
    return Optional.ofNullable(undone);
  }

  /**
   * Names a file beside the data file (by its suffix) that is only ever appended to and belongs
   * with the data, such as the audit journal: undoing a bulk write cuts it back too.
   */
  public void keepWithData(String suffix) {
    appendOnly.add(suffix);
  }

  /**
   * Names a folder beside the data file (by its suffix) whose files belong with the data and are
   * never changed once written, such as the delivery receipts stored under their hash: a backup
   * ({@link #copyTo}) copies it too.
   */
  public void keepFolderWithData(String suffix) {
    folders.add(suffix);
  }

  /** The seal of the inspectors' ID numbers, with the key kept beside this file (in memory for an in-memory database). */
  public IdSeal idSeal() {
    return idSeal;
  }

  /** A file beside the data file, named after it: {@code suiji.mv.db} → {@code suiji<suffix>}. */
  public Optional<Path> sibling(String suffix) {
    return file == null ? Optional.empty() : Optional.of(DataLocation.sibling(file, suffix));
  }

  /** Told after every commit and rollback, while the transaction is still the only writer. */
  public void addCommitHook(CommitHook hook) {
    writes.addHook(hook);
  }

  /**
   * Leaves the unclean-close mark at {@link #close()}, so the next open checks the file again
   * (when something that belongs with the data could not be written, e.g. the journal).
   */
  public void keepUncleanMark() {
    keepMarker = true;
  }

  /**
   * Copies the data file, as it stands after every commit so far, to {@code target} while the
   * application keeps running (a backup), with the files and folders kept with the data
   * ({@link #keepWithData}, e.g. the evidence journal; {@link #keepFolderWithData}, e.g. the
   * delivery receipts) beside it under the target's name: writers
   * wait while they are copied; each copy is forced to the disk and appears whole or not at all.
   * Not inside a transaction.
   *
   * @throws SuijiException {@code db.error.copy} naming the target and why
   */
  public void copyTo(Path target) {
    Path source = file;
    if (source == null) {
      throw new SuijiException("db.error.copy", target, "in-memory");
    }
    writes.exclusively(() -> {
      sync();
      DataFileCopies.copyLive(source, target.toAbsolutePath(), appendOnly, folders);
      return null;
    });
    LOG.info("Copied {} to {}", source, target);
  }

  /** Copies the files of {@code from} (one level) that {@code to} does not have yet; none when it is absent. */
  public static void copyFolder(Path from, Path to) {
    DataFileCopies.copyFolder(from, to);
  }

  /** Forces every committed change to the disk ({@code CHECKPOINT SYNC}). */
  private void sync() {
    try (Connection c = pool.current().getConnection(); Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      LOG.error("Could not force {} to the disk", file, e);
      throw new SuijiException(e, "db.error.sync", file);
    }
  }

  /** True when {@link #close()} will rewrite the file whole (seconds per 100,000 targets): the window says so. */
  public boolean compactsAtClose() {
    return compaction != null && compaction.dueAtClose();
  }

  @Override
  public void close() {
    boolean stamp = file != null && stampAtClose && !keepMarker && stillCurrent();
    // after a copy or a commit in progress (a daily backup racing the window's close), never under it
    writes.exclusively(() -> {
      if (compaction != null) {
        compaction.atClose(writes);
      }
      pool.dispose();
      return null;
    });
    if (file != null && !keepMarker) {
      deleteQuietly(DataLocation.sibling(file, MARKER));
      if (stamp) {
        SchemaStamp.write(file, SCHEMA_VERSION);
      }
    }
  }
}
