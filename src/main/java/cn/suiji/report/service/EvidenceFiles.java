package cn.suiji.report.service;

import cn.suiji.report.domain.EvidenceState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** Checks an evidence copy against the SHA-256 the database holds. */
final class EvidenceFiles {
  private EvidenceFiles() {}

  /** The copy's path: the stored name is relative to the data file's folder ({@code county.evidence/<sha>.pdf}). */
  static @Nullable Path path(@Nullable Path folder, String storedFile) {
    if (folder == null) {
      return null;
    }
    Path parent = folder.toAbsolutePath().getParent();
    return parent == null ? null : parent.resolve(storedFile);
  }

  static EvidenceState state(@Nullable Path folder, String storedFile, String sha256) {
    Path p = path(folder, storedFile);
    if (p == null || !Files.isRegularFile(p)) {
      return EvidenceState.MISSING;
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(p), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(sha256) ? EvidenceState.INTACT
          : EvidenceState.ALTERED;
    } catch (IOException e) {
      return EvidenceState.MISSING;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
