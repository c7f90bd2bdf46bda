package cn.suiji.shared.ids;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Keeps inspectors' ID numbers (身份证号) out of the data file (docs/decisions/0029): each is
 * stored sealed — AES-256-GCM under a key kept in a file beside the data file, never in it — with
 * a keyed fingerprint (HMAC-SHA-256) that lets the directory find a duplicate without opening
 * anything. Whoever holds the data file alone learns no ID number; with the key file too, the
 * application reads them back. Both keys derive from one 32-byte secret in the key file.
 */
public final class IdSeal {
  /** The key file beside {@code county.mv.db}: {@code county.idkey}. */
  public static final String KEY_SUFFIX = ".idkey";
  private static final String PREFIX = "v1:";
  private static final byte[] CONTEXT = "suiji-id-v1".getBytes(StandardCharsets.US_ASCII);
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] secret;
  private final boolean createdNow;
  /** Derived on first use: loading the JCE's providers costs a start that never shows an ID number. */
  private volatile SecretKeySpec @Nullable [] keys;

  private IdSeal(byte[] secret, boolean createdNow) {
    this.secret = secret.clone();
    this.createdNow = createdNow;
  }

  private SecretKeySpec[] keys() {
    SecretKeySpec[] k = keys;
    if (k == null) {
      k = new SecretKeySpec[] {new SecretKeySpec(derive(secret, "seal"), "AES"),
          new SecretKeySpec(derive(secret, "fingerprint"), "HmacSHA256")};
      keys = k;
    }
    return k;
  }

  /**
   * The seal of the key file {@code keyFile}, which is created (whole, forced to the disk, readable
   * by its owner only where the file system allows) when it does not exist yet.
   *
   * @throws SuijiException {@code ids.seal.key} when the key file cannot be read or written, or is not a key
   */
  public static IdSeal forKeyFile(Path keyFile) {
    try {
      if (Files.exists(keyFile)) {
        return new IdSeal(read(keyFile), false);
      }
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      write(keyFile, secret);
      return new IdSeal(secret, true);
    } catch (IOException | IllegalArgumentException e) {
      throw new SuijiException(e, "ids.seal.key", keyFile);
    }
  }

  /** A seal whose key lives only in memory (in-memory databases, tests). */
  public static IdSeal ephemeral() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return new IdSeal(secret, true);
  }

  /** True when the key was made by this seal (a new key file, or an in-memory key). */
  public boolean createdNow() {
    return createdNow;
  }

  /** {@code id} sealed ({@code v1:} and Base64 of nonce and cipher text), or null for null. */
  public @Nullable String seal(@Nullable String id) {
    if (id == null) {
      return null;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, keys()[0], new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(CONTEXT);
      byte[] text = c.doFinal(id.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + text.length).put(iv).put(text).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /** The ID number inside {@code sealed}; empty for null, or when this key did not seal it (or it was altered). */
  public Optional<String> open(@Nullable String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      if (all.length <= IV_BYTES) {
        return Optional.empty();
      }
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, keys()[0], new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      c.updateAAD(CONTEXT);
      return Optional.of(new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The keyed fingerprint of {@code id} (64 hex digits), equal for equal numbers; null for null. */
  public @Nullable String fingerprint(@Nullable String id) {
    return id == null ? null : HexFormat.of().formatHex(mac(keys()[1], id.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] derive(byte[] secret, String purpose) {
    return mac(new SecretKeySpec(secret, "HmacSHA256"), ("suiji id " + purpose).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] mac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
    }
  }

  private static byte[] read(Path keyFile) throws IOException {
    for (String line : Files.readAllLines(keyFile, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        byte[] secret = Base64.getDecoder().decode(l);
        if (secret.length != 32) {
          throw new IllegalArgumentException("not a 32-byte key");
        }
        return secret;
      }
    }
    throw new IllegalArgumentException("no key in the file");
  }

  private static void write(Path keyFile, byte[] secret) throws IOException {
    Path dir = keyFile.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path partial = dir.resolve("." + keyFile.getFileName() + ".part");
    List<String> lines = List.of(
        "# suiji: the key to the inspectors' ID numbers in the data file beside this file.",
        "# Keep it with the data file and its backups; without it the ID numbers cannot be read.",
        Base64.getEncoder().encodeToString(secret));
    Files.write(partial, lines, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Windows: the file inherits the user's profile folder's rights (%APPDATA%)
    }
    try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(partial, keyFile, StandardCopyOption.ATOMIC_MOVE);
  }
}
