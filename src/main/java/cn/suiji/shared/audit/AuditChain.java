package cn.suiji.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The chain rule, kept pure: an entry's hash is SHA-256 over the previous entry's hash and
 * every field of the entry, each written with its length so that no two different entries
 * can produce the same text.
 */
public final class AuditChain {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The hash the entry must carry, computed from its other fields. */
  public static String hashOf(AuditEntry e) {
    StringBuilder text = new StringBuilder(256);
    field(text, e.prevHash());
    field(text, Long.toString(e.seq()));
    field(text, Long.toString(e.at().toEpochMilli()));
    field(text, e.user());
    field(text, e.action());
    field(text, e.entity());
    field(text, e.entityId());
    field(text, e.beforeDigest());
    field(text, e.afterDigest());
    field(text, e.detail());
    return sha256(text.toString());
  }

  /** The digest kept for an entity's state; {@code null} stays {@code null}. */
  public static @Nullable String digest(@Nullable String state) {
    return state == null ? null : sha256(state);
  }

  private static void field(StringBuilder text, @Nullable String value) {
    if (value == null) {
      text.append("-1:");
    } else {
      text.append(value.length()).append(':').append(value);
    }
    text.append('\n');
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
