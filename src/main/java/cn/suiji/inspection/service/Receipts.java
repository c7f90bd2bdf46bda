package cn.suiji.inspection.service;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the delivery receipts (送达回证, a scan or a photo) beside the data file, in a folder named
 * after it ({@code county.mv.db} → {@code county.receipts/}), each under its SHA-256 so the same
 * scan is kept once and a stored file can be checked against the hash the database holds. A
 * copy is whole or absent: written under a temporary name, then moved into place. The
 * publication receipts ({@code suiji publish mark --receipt}) are kept the same way, with their
 * own messages (issue 13).
 */
public final class Receipts {
  private static final Logger LOG = LoggerFactory.getLogger(Receipts.class);
  private static final long MAX_BYTES = 50L * 1024 * 1024;

  private final @Nullable Path directory;
  private final Keys keys;

  /** The messages of a kind of receipt: no data file, missing, empty or too big, not copied. */
  public record Keys(String noStore, String missing, String size, String copy) {}

  /** {@code directory} null: the database has no file (in memory), so no receipt can be kept. */
  Receipts(@Nullable Path directory) {
    this(directory, new Keys("notice.error.noReceiptStore", "notice.error.receiptMissing", "notice.error.receiptSize",
        "notice.error.receiptCopy"));
  }

  /** Receipts of another kind (the publication's), with its own messages. */
  public Receipts(@Nullable Path directory, Keys keys) {
    this.directory = directory;
    this.keys = keys;
  }

  /** A receipt kept: its name relative to the data file's folder, its hash, and whether this call made the copy. */
  public record Kept(String file, String sha256, Path path, boolean created) {}

  /** Hashes and copies {@code receipt} into the receipts folder. */
  public Kept keep(Path receipt) {
    if (directory == null) {
      throw new SuijiException(keys.noStore());
    }
    if (!Files.isRegularFile(receipt) || !Files.isReadable(receipt)) {
      throw new SuijiException(keys.missing(), receipt);
    }
    try {
      long size = Files.size(receipt);
      if (size == 0 || size > MAX_BYTES) {
        throw new SuijiException(keys.size(), receipt, MAX_BYTES / 1024 / 1024);
      }
      Files.createDirectories(directory);
      Path part = Files.createTempFile(directory, "receipt", ".part");
      String sha;
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(receipt), digest)) {
          Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        sha = HexFormat.of().formatHex(digest.digest());
        Path target = directory.resolve(sha + extension(receipt));
        if (Files.exists(target)) {
          Files.delete(part);
          return new Kept(relative(target), sha, target, false);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return new Kept(relative(target), sha, target, true);
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (IOException e) {
      throw new SuijiException(e, keys.copy(), receipt, e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Removes a copy this call made when the delivery it belonged to was not recorded. */
  public void forget(Kept kept) {
    if (!kept.created()) {
      return;
    }
    try {
      Files.deleteIfExists(kept.path());
    } catch (IOException e) {
      LOG.warn("Could not remove the receipt copy {} of a delivery that was not recorded", kept.path(), e);
    }
  }

  private String relative(Path target) {
    Path dir = directory;
    return dir == null ? target.toString() : dir.getFileName() + "/" + target.getFileName();
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
  }
}
