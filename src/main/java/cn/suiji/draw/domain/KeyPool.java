package cn.suiji.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable pool of keys that was hashed as it was built, for the draw service (which fills
 * it while the pool streams out of the database) and the engine (which then need not walk a
 * million keys again). {@link Builder#add} checks each key (printable ASCII, DRAW-SPEC §1) and
 * its order against the one before, and feeds the canonical pool text of DRAW-SPEC §2 (keys
 * joined with {@code "\n"}) into SHA-256. When every key was valid and strictly ascending,
 * {@link #hash()} is the pool hash; otherwise it is null and the engine sorts and hashes the
 * keys itself as for any other list (reporting an invalid or repeated key as before).
 *
 * <p>The hash is computed here, by the domain, from exactly the keys the list holds: nothing
 * outside can hand the engine a hash for other keys. Equal to any other list of the same keys.
 */
public final class KeyPool extends AbstractList<String> implements RandomAccess {
  private static final KeyPool EMPTY = new Builder().build();

  private final String[] keys;
  private final int size;
  private final boolean valid;
  private final @Nullable String hash;

  private KeyPool(String[] keys, int size, boolean valid, @Nullable String hash) {
    this.keys = keys;
    this.size = size;
    this.valid = valid;
    this.hash = hash;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static KeyPool empty() {
    return EMPTY;
  }

  /** A pool of {@code keys} in the given order. */
  public static KeyPool of(Iterable<String> keys) {
    Builder b = new Builder();
    keys.forEach(b::add);
    return b.build();
  }

  /** {@code keys} as a pool: itself when it is one, else a pool of its keys in their order. */
  public static KeyPool copyOf(List<String> keys) {
    return keys instanceof KeyPool pool ? pool : of(keys);
  }

  /**
   * SHA-256 (hex) of {@link #text()}: the pool hash when the keys are in key order, which is
   * how pools are stored; computed again only for a pool whose keys are not (never in practice).
   */
  public String textHash() {
    String h = hash;
    return h != null ? h : Hashing.hex(Hashing.sha256(text()));
  }

  /**
   * The pool whose canonical text (keys joined with {@code "\n"}, DRAW-SPEC §2) is {@code text},
   * as stored in the database; {@code n} keys are expected (0 for an empty text). A text with
   * another number of keys gives the keys it has: the hash then shows the difference.
   */
  public static KeyPool fromText(byte[] text, int n) {
    Builder b = new Builder(Math.max(n, 16));
    if (text.length == 0) {
      return b.build();
    }
    int from = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == '\n') {
        b.add(new String(text, from, i - from, StandardCharsets.ISO_8859_1));
        from = i + 1;
      }
    }
    return b.build();
  }

  /** The canonical text, keys joined with {@code "\n"}, for storage; every key must be valid. */
  public byte[] text() {
    if (!valid) {
      throw new IllegalStateException("a pool with invalid keys has no canonical text");
    }
    long length = Math.max(0, size - 1);
    for (int i = 0; i < size; i++) {
      length += keys[i].length();
    }
    byte[] out = new byte[Math.toIntExact(length)];
    int at = 0;
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out[at++] = '\n';
      }
      String key = keys[i];
      key.getBytes(0, key.length(), out, at); // printable ASCII: one byte per char
      at += key.length();
    }
    return out;
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return keys[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** True when every key is printable ASCII. */
  public boolean valid() {
    return valid;
  }

  /** The DRAW-SPEC §2 pool hash when the keys are valid and strictly ascending, else null. */
  public @Nullable String hash() {
    return hash;
  }

  /** Collects keys in order, checking and hashing each as it comes. */
  public static final class Builder {
    private static final int BUFFER = 8192;
    private final MessageDigest digest = Hashing.sha256();
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    private String[] keys;
    private int size;
    private boolean valid = true;
    private boolean ascending = true;
    private @Nullable String last;

    private Builder() {
      this(16);
    }

    private Builder(int capacity) {
      keys = new String[capacity];
    }

    public Builder add(String key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, keys.length + (keys.length >> 1) + 16);
      }
      keys[size++] = key;
      if (!valid) {
        return this;
      }
      if (!Keys.isPrintableAscii(key)) {
        valid = false;
        return this;
      }
      if (last != null && last.compareTo(key) >= 0) {
        ascending = false;
      }
      last = key;
      if (ascending) {
        if (size > 1) {
          put((byte) '\n');
        }
        for (int c = 0; c < key.length(); c++) {
          put((byte) key.charAt(c));
        }
      }
      return this;
    }

    private void put(byte b) {
      if (used == BUFFER) {
        digest.update(buffer, 0, used);
        used = 0;
      }
      buffer[used++] = b;
    }

    public int size() {
      return size;
    }

    /** The pool; the builder is spent. */
    public KeyPool build() {
      String hash = null;
      if (valid && ascending) {
        digest.update(buffer, 0, used);
        hash = Hashing.hex(digest.digest());
      }
      return new KeyPool(keys, size, valid, hash); // the spare room is not worth a copy of a million references
    }
  }
}
