package cn.suiji.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 and lowercase hex as DRAW-SPEC §2 uses them. Pool hashes are streamed into the
 * digest key by key through a small buffer: a pool of a million keys is never joined into one
 * String.
 */
final class Hashing {
  private static final HexFormat HEX = HexFormat.of();
  private static final int BUFFER = 8192;

  private Hashing() {}

  /** A fresh SHA-256 digest; every Java runtime is required to provide it. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  static byte[] sha256(byte[] data) {
    return sha256().digest(data);
  }

  /** {@code hex(H(UTF-8(text)))}. */
  static String sha256Hex(String text) {
    return hex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /** True for exactly {@code 2 × bytes} lowercase hex digits. */
  static boolean isLowerHex(String text, int bytes) {
    if (text.length() != 2 * bytes) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** Bytes from hex the caller has checked with {@link #isLowerHex}. */
  static byte[] unhex(String hex) {
    return HEX.parseHex(hex);
  }

  /**
   * {@code hex(H(keys joined with "\n"))} for keys already sorted and validated as printable
   * ASCII (so each char is one UTF-8 byte). The empty list hashes the empty text.
   */
  static String poolHash(List<String> sortedAsciiKeys) {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BUFFER];
    int used = 0;
    for (int i = 0; i < sortedAsciiKeys.size(); i++) {
      if (i > 0) {
        if (used == BUFFER) {
          digest.update(buffer, 0, used);
          used = 0;
        }
        buffer[used++] = '\n';
      }
      String key = sortedAsciiKeys.get(i);
      for (int c = 0; c < key.length(); c++) {
        if (used == BUFFER) {
          digest.update(buffer, 0, used);
          used = 0;
        }
        buffer[used++] = (byte) key.charAt(c);
      }
    }
    digest.update(buffer, 0, used);
    return hex(digest.digest());
  }
}
