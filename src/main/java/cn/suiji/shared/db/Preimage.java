package cn.suiji.shared.db;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk write (an import, the demo county) made all-or-nothing at the level of the file: before
 * its transaction begins, with every other writer held off, the data file is copied aside
 * ({@code name.preimage.mv.db}) and a mark written ({@code name.preimage}: what runs, and the
 * length of each append-only file kept with the data). The copy and the mark are deleted after
 * the transaction has committed and been forced to the disk, or has rolled back. Found at the
 * next open, the mark means the process died inside the bulk write, before it was reported
 * done: the copy replaces the file and the append-only files are cut back, so the bulk write
 * leaves no trace.
 *
 * <p>Why (docs/decisions/0013): a transaction too large for H2's write buffer is saved to the
 * file before it commits, and H2 2.5's recovery of such a transaction, killed inside its
 * commit, was measured to leave part of it (targets without their department memberships,
 * with and without the import's audit entry) — in 8 of 200 campaign kills.
 */
public final class Preimage {
  private static final Logger LOG = LoggerFactory.getLogger(Preimage.class);
  static final String COPY = ".preimage" + DataLocation.FILE_SUFFIX;
  static final String MARK = ".preimage";
  private static final String TAKING = ".preimage.taking" + DataLocation.FILE_SUFFIX;

  private final Path dbFile;
  private final SerialWrites writes;
  private final Runnable sync;
  private final List<String> appendOnly;

  Preimage(Path dbFile, SerialWrites writes, Runnable sync, List<String> appendOnly) {
    this.dbFile = dbFile;
    this.writes = writes;
    this.sync = sync;
    this.appendOnly = appendOnly;
  }

  /**
   * Runs {@code work} as one transaction on {@code dsl}, guarded by a copy of the file when
   * {@code dsl} is a file database's context (an in-memory database runs it plainly). Inside
   * another transaction it runs plainly too: the outer transaction is the unit.
   */
  public static <T> T transactionResult(DSLContext dsl, String what, TransactionalCallable<T> work) {
    Object guard = dsl.configuration().data(Preimage.class);
    if (guard instanceof Preimage preimage) {
      return preimage.around(what, () -> dsl.transactionResult(work));
    }
    return dsl.transactionResult(work);
  }

  /**
   * Runs {@code work} — several transactions and statements, schema changes among them — as the
   * only writer, guarded by a copy of the file as {@link #transactionResult} is: a kill anywhere
   * inside leaves the file as it was before at the next open. {@code work} itself undoes what it
   * did when it fails; when it cannot, it throws {@link RestoreAtNextOpen} and the mark stays, so
   * the next open puts the copy back. An in-memory database runs {@code work} plainly.
   */
  public static <T> T guarded(DSLContext dsl, String what, Supplier<T> work) {
    Object guard = dsl.configuration().data(Preimage.class);
    if (guard instanceof Preimage preimage) {
      return preimage.around(what, work);
    }
    return work.get();
  }

  /**
   * Thrown by the work of {@link #guarded} when it could not undo what it did: the mark is kept,
   * and the next open puts the file back as it was before the work began.
   */
  public static final class RestoreAtNextOpen extends SuijiException {
    private static final long serialVersionUID = 1L;

    public RestoreAtNextOpen(Throwable cause) {
      super(cause, "db.error.restoreAtNextOpen", String.valueOf(cause.getMessage()));
    }
  }

  <T> T around(String what, Supplier<T> work) {
    if (writes.inTransaction()) {
      return work.get();
    }
    return writes.exclusively(() -> {
      take(what);
      boolean keep = false;
      try {
        return work.get();
      } catch (RestoreAtNextOpen e) {
        keep = true;
        throw e;
      } finally {
        if (!keep) {
          drop();
        }
      }
    });
  }

  /** Copies the file aside, then writes the mark; a kill before the mark leaves only a copy, deleted at open. */
  private void take(String what) {
    sync.run(); // every commit so far is in the file
    Path taking = DataLocation.sibling(dbFile, TAKING);
    Path copy = DataLocation.sibling(dbFile, COPY);
    Path mark = DataLocation.sibling(dbFile, MARK);
    try {
      Files.copy(dbFile, taking, StandardCopyOption.REPLACE_EXISTING);
      force(taking);
      Files.move(taking, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      StringBuilder text = new StringBuilder(what.replace('\n', ' ')).append('\n');
      for (String suffix : appendOnly) {
        Path f = DataLocation.sibling(dbFile, suffix);
        text.append(suffix).append('\t').append(Files.exists(f) ? Files.size(f) : -1).append('\n');
      }
      Path markTmp = DataLocation.sibling(dbFile, MARK + ".tmp");
      Files.writeString(markTmp, text, StandardCharsets.UTF_8);
      force(markTmp);
      Files.move(markTmp, mark, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceDirectory(dbFile);
    } catch (IOException e) {
      deleteQuietly(taking);
      deleteQuietly(copy);
      throw new SuijiException(e, "db.error.preimage", dbFile, e.getMessage());
    }
  }

  /**
   * Deletes the mark (forced to the disk: a mark that came back after a power cut would undo a
   * write already reported done), then the copy.
   */
  private void drop() {
    try {
      Files.deleteIfExists(DataLocation.sibling(dbFile, MARK));
      forceDirectory(dbFile);
    } catch (IOException e) {
      // the write is not reported done: the next open puts the copy back, which is what it says
      throw new SuijiException(e, "db.error.preimage", dbFile, e.getMessage());
    }
    deleteQuietly(DataLocation.sibling(dbFile, COPY));
  }

  /**
   * At open, before H2 touches the file: when a bulk write's mark is there, puts the copy back
   * and cuts the append-only files to their lengths at the mark. Returns what was undone.
   * Each step can be repeated, so a kill during this leaves it to the next open.
   */
  static Optional<String> restoreIfLeft(Path dbFile) {
    Path mark = DataLocation.sibling(dbFile, MARK);
    Path copy = DataLocation.sibling(dbFile, COPY);
    deleteQuietly(DataLocation.sibling(dbFile, TAKING));
    deleteQuietly(DataLocation.sibling(dbFile, MARK + ".tmp"));
    if (!Files.exists(mark)) {
      deleteQuietly(copy); // a copy without its mark: the bulk write never began, or ended
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(mark, StandardCharsets.UTF_8);
      String what = lines.isEmpty() ? "" : lines.get(0);
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        cut(dbFile, line);
      }
      if (Files.exists(copy)) {
        Files.move(copy, dbFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.delete(mark);
      forceDirectory(dbFile);
      LOG.warn("{}: the bulk write '{}' did not finish; the file is as it was before it", dbFile, what);
      return Optional.of(what);
    } catch (IOException | RuntimeException e) {
      throw new SuijiException(e, "db.error.preimageRestore", dbFile, copy, e.getMessage());
    }
  }

  private static void cut(Path dbFile, String line) throws IOException {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      return;
    }
    Path f = DataLocation.sibling(dbFile, line.substring(0, tab));
    long length = Long.parseLong(line.substring(tab + 1).trim());
    if (length < 0) {
      Files.deleteIfExists(f); // it did not exist before the bulk write
    } else if (Files.exists(f) && Files.size(f) > length) {
      try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
        ch.truncate(length);
        ch.force(true);
      }
    }
  }

  static void force(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  static void forceDirectory(Path file) {
    @Nullable Path dir = file.toAbsolutePath().getParent();
    if (dir == null) {
      return;
    }
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      LOG.debug("Cannot force directory {} (not supported here)", dir, e); // e.g. Windows
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not delete {}", file, e);
    }
  }

  /** For tests: the files this guard writes beside {@code dbFile}. */
  static List<Path> files(Path dbFile) {
    List<Path> out = new ArrayList<>();
    for (String s : List.of(COPY, MARK, TAKING)) {
      out.add(DataLocation.sibling(dbFile, s));
    }
    return out;
  }
}
