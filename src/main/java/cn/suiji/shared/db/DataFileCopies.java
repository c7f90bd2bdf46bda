package cn.suiji.shared.db;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.IdSeal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copies of a data file, for {@link Database}: the copy kept before a migration, the backup
 * folder beside the file and its newest copy, and the live copy of a backup (each file forced to
 * the disk and appearing whole or not at all).
 */
final class DataFileCopies {
  private static final Logger LOG = LoggerFactory.getLogger(DataFileCopies.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private DataFileCopies() {}

  static Path backup(Path dbFile, String why) {
    Path dir = backupDirectory(dbFile);
    String base = dbFile.getFileName().toString().replace(DataLocation.FILE_SUFFIX, "");
    Path copy = dir.resolve(base + "-" + LocalDateTime.now().format(STAMP) + "-" + why + DataLocation.FILE_SUFFIX);
    try {
      Files.createDirectories(dir);
      Files.copy(dbFile, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      Path key = DataLocation.sibling(dbFile, IdSeal.KEY_SUFFIX);
      if (Files.exists(key)) {
        Files.copy(key, DataLocation.sibling(copy, IdSeal.KEY_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
      }
      LOG.info("Copied {} to {} before migrating", dbFile, copy);
      return copy;
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.backup", copy);
    }
  }

  /** Where copies of this file are kept: {@code backups/} beside it. */
  static Path backupDirectory(Path dbFile) {
    return dbFile.toAbsolutePath().getParent().resolve("backups");
  }

  /** The newest copy in the backup directory, if any. */
  static Optional<Path> lastBackup(Path file) {
    if (!Files.isDirectory(backupDirectory(file))) {
      return Optional.empty();
    }
    String base = file.getFileName().toString().replace(DataLocation.FILE_SUFFIX, "") + "-";
    try (Stream<Path> files = Files.list(backupDirectory(file))) {
      return files.filter(p -> p.getFileName().toString().endsWith(DataLocation.FILE_SUFFIX))
          .filter(p -> p.getFileName().toString().startsWith(base))
          .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    } catch (IOException e) {
      LOG.warn("Could not list backups", e);
      return Optional.empty();
    }
  }

  /** The copy of {@link Database#copyTo}, the caller holding the writers' lock after a sync. */
  static void copyLive(Path source, Path absolute, List<String> appendOnly, List<String> folders) {
    for (String suffix : appendOnly) {
      Path kept = DataLocation.sibling(source, suffix);
      if (Files.exists(kept)) {
        copyWhole(kept, DataLocation.sibling(absolute, suffix));
      }
    }
    for (String suffix : folders) {
      copyFolder(DataLocation.sibling(source, suffix), DataLocation.sibling(absolute, suffix));
    }
    Path key = DataLocation.sibling(source, IdSeal.KEY_SUFFIX);
    if (Files.exists(key)) {
      copyWhole(key, DataLocation.sibling(absolute, IdSeal.KEY_SUFFIX)); // the ID numbers' key travels with the copy
    }
    copyWhole(source, absolute);
  }

  /** Copies the files of {@code from} (one level) that {@code to} does not have yet; none when it is absent. */
  static void copyFolder(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = to.resolve(f.getFileName().toString());
        if (!Files.exists(target)) {
          copyWhole(f, target);
        }
      }
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.copy", to, e.getMessage());
    }
  }

  private static void copyWhole(Path from, Path to) {
    Path partial = to.resolveSibling("." + to.getFileName() + ".part");
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
      Preimage.force(partial);
      Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Preimage.forceDirectory(to);
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new SuijiException(e, "db.error.copy", to, e.getMessage());
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not delete the half-made {}", file, e);
    }
  }
}
