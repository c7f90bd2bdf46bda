package cn.suiji.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a clean close knew of the file: the schema's version it left, and the file's size and
 * time of last change after it closed — written beside the data file ({@value #SUFFIX}) as the
 * last step of {@link Database#close()}. At the next open, a stamp naming this build's version
 * and matching the file's size and time to the nanosecond says the file is the one this build
 * closed: the schema check (opening the file read-only, a second open of the whole store) is
 * not needed. Anything else — no stamp, another version, a file changed since (a crash's
 * recovery, another version's migration, a restored copy), a stamp that does not parse — and
 * the file is looked at as before (docs/decisions/0040).
 */
final class SchemaStamp {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaStamp.class);
  static final String SUFFIX = ".schema";

  private SchemaStamp() {}

  /** True when the stamp beside {@code dbFile} names {@code version} and the file as it is now. */
  static boolean matches(Path dbFile, String version) {
    Path stamp = DataLocation.sibling(dbFile, SUFFIX);
    try {
      if (!Files.exists(stamp)) {
        return false;
      }
      return Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(describe(dbFile, version));
    } catch (IOException | RuntimeException e) {
      LOG.debug("{}: stamp not read ({})", dbFile, e.getMessage());
      return false;
    }
  }

  /** Writes the stamp for {@code dbFile} as it is now; a failure only costs the next open its shortcut. */
  static void write(Path dbFile, String version) {
    Path stamp = DataLocation.sibling(dbFile, SUFFIX);
    Path temp = DataLocation.sibling(dbFile, SUFFIX + ".new");
    try {
      Files.writeString(temp, describe(dbFile, version) + "\n", StandardCharsets.UTF_8);
      Files.move(temp, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: the schema stamp was not written ({}); the next start checks the schema itself", dbFile,
          e.getMessage());
      clear(dbFile);
    }
  }

  /** Removes the stamp (the file is about to change in a way the stamp cannot see). */
  static void clear(Path dbFile) {
    try {
      Files.deleteIfExists(DataLocation.sibling(dbFile, SUFFIX));
      Files.deleteIfExists(DataLocation.sibling(dbFile, SUFFIX + ".new"));
    } catch (IOException e) {
      LOG.debug("{}: stamp not removed ({})", dbFile, e.getMessage());
    }
  }

  private static String describe(Path dbFile, String version) throws IOException {
    return "version=" + version + " size=" + Files.size(dbFile) + " modified="
        + Files.getLastModifiedTime(dbFile).to(TimeUnit.NANOSECONDS);
  }
}
