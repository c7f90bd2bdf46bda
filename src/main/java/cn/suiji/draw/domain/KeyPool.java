package cn.suiji.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable pool of keys that was checked and hashed as it was built, for the draw service
 * (which fills it while the pool streams out of the database) and the engine (which then need
 * not walk a million keys again). {@link Builder#add} checks each key (printable ASCII,
 * DRAW-SPEC §1) and its order against the one before. When every key was valid and strictly
 * ascending, {@link #hash()} is the pool hash of DRAW-SPEC §2; otherwise it is null and the
 * engine sorts and hashes the keys itself as for any other list (reporting an invalid or
 * repeated key as before).
 *
 * <p>A pool of valid keys holds them as its canonical text — the keys' bytes joined with
 * {@code "\n"}, exactly what is hashed and stored — and where each key starts: about 22 bytes a
 * key rather than a string object each (70 bytes, and a million of them for the garbage
 * collector to copy), one SHA-256 over the text instead of a feed per key, and the stored pool
 * read back without a string per key. {@link #get} makes a key's string when asked; the engine
 * asks for the k it draws. A pool with an invalid key keeps the strings, as given.
 *
 * <p>The hash is computed here, by the domain, from exactly the keys the list holds: nothing
 * outside can hand the engine a hash for other keys. Equal to any other list of the same keys.
 */
public final class KeyPool extends AbstractList<String> implements RandomAccess {
  private static final KeyPool EMPTY = new Builder().build();

  /** Valid pools: the canonical text in {@code text[0 … length)}; key i is {@code [starts[i], starts[i+1] − 1)}. */
  private final byte[] text;
  private final int length;
  private final int[] starts;
  /** Pools with an invalid key: the keys as given (null for valid pools). */
  private final String @Nullable [] keys;
  private final int size;
  private final @Nullable String hash;

  private KeyPool(byte[] text, int length, int[] starts, String @Nullable [] keys, int size, @Nullable String hash) {
    this.text = text;
    this.length = length;
    this.starts = starts;
    this.keys = keys;
    this.size = size;
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
    if (h != null) {
      return h;
    }
    if (keys != null) {
      throw new IllegalStateException("a pool with invalid keys has no canonical text");
    }
    return Hashing.hex(digest(text, length));
  }

  /**
   * The pool whose canonical text (keys joined with {@code "\n"}, DRAW-SPEC §2) is {@code text},
   * as stored in the database; {@code n} keys are expected (0 for an empty text). The text is
   * taken as it is (not copied): the caller hands it over. A text with another number of keys
   * gives the keys it has, and one with a byte that no key may hold gives its bytes as keys of
   * one char each: either way the hash then shows the difference.
   */
  public static KeyPool fromText(byte[] text, int n) {
    if (text.length == 0) {
      return EMPTY;
    }
    int[] starts = new int[Math.max(n, 1) + 1];
    int size = 0;
    boolean ascending = true;
    int from = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == '\n') {
        if (i == from) {
          return fromStrings(text); // an empty key: not a valid pool
        }
        if (size > 0 && Arrays.compareUnsigned(text, starts[size - 1], from - 1, text, from, i) >= 0) {
          ascending = false;
        }
        if (size + 1 == starts.length) {
          starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 16);
        }
        starts[size++] = from;
        from = i + 1;
      } else if (text[i] < 0x21 || text[i] > 0x7E) {
        return fromStrings(text);
      }
    }
    starts[size] = text.length + 1;
    return new KeyPool(text, text.length, starts, null, size,
        ascending ? Hashing.hex(digest(text, text.length)) : null);
  }

  /** A text that is no valid pool, key by key as strings (so the engine reports what is wrong). */
  private static KeyPool fromStrings(byte[] text) {
    Builder b = new Builder();
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
    if (keys != null) {
      throw new IllegalStateException("a pool with invalid keys has no canonical text");
    }
    return Arrays.copyOf(text, length);
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    String[] given = keys;
    if (given != null) {
      return given[index];
    }
    int from = starts[index];
    return new String(text, from, starts[index + 1] - 1 - from, StandardCharsets.ISO_8859_1);
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Key {@code i} of this pool against key {@code j} of {@code other}, by their bytes, as {@link
   * String#compareTo} orders them (both keys printable ASCII): no string is made. Both pools must
   * be {@link #valid}.
   */
  int compareKey(int i, KeyPool other, int j) {
    if (keys != null || other.keys != null) {
      throw new IllegalStateException("only pools of valid keys compare by their text");
    }
    return Arrays.compareUnsigned(text, starts[i], starts[i + 1] - 1, other.text, other.starts[j],
        other.starts[j + 1] - 1);
  }

  /** True when every key is printable ASCII. */
  public boolean valid() {
    return keys == null;
  }

  /** The DRAW-SPEC §2 pool hash when the keys are valid and strictly ascending, else null. */
  public @Nullable String hash() {
    return hash;
  }

  private static byte[] digest(byte[] text, int length) {
    MessageDigest digest = Hashing.sha256();
    digest.update(text, 0, length);
    return digest.digest();
  }

  /** Collects keys in order, checking each as it comes; hashes them all at once in {@link #build}. */
  public static final class Builder {
    private byte[] text = new byte[256];
    private int length;
    private int[] starts = new int[17];
    private String @Nullable [] keys;
    private int size;
    private boolean ascending = true;
    private @Nullable String last;

    private Builder() {}

    public Builder add(String key) {
      if (keys == null && !Keys.isPrintableAscii(key)) {
        keys = new String[Math.max(16, size * 2)];
        for (int i = 0; i < size; i++) {
          keys[i] = new String(text, starts[i], end(i) - starts[i], StandardCharsets.ISO_8859_1);
        }
      }
      String[] given = keys;
      if (given != null) {
        if (size == given.length) {
          keys = given = Arrays.copyOf(given, given.length + (given.length >> 1) + 16);
        }
        given[size++] = key;
        return this;
      }
      if (last != null && last.compareTo(key) >= 0) {
        ascending = false;
      }
      last = key;
      int need = length + key.length() + 1;
      if (need > text.length) {
        text = Arrays.copyOf(text, Math.max(need, text.length + (text.length >> 1)));
      }
      if (size + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 16);
      }
      if (size > 0) {
        text[length++] = '\n';
      }
      starts[size++] = length;
      copyAscii(key, text, length);
      length += key.length();
      return this;
    }

    /** Where key i (of those added so far, while all were valid) ends in the text. */
    private int end(int i) {
      return i + 1 < size ? starts[i + 1] - 1 : length;
    }

    @SuppressWarnings("deprecation") // the key was checked to be printable ASCII: one byte per char
    private static void copyAscii(String key, byte[] into, int at) {
      key.getBytes(0, key.length(), into, at);
    }

    public int size() {
      return size;
    }

    /** The pool; the builder is spent. */
    public KeyPool build() {
      String[] given = keys;
      if (given != null) {
        return new KeyPool(new byte[0], 0, new int[1], given, size, null);
      }
      starts[size] = length + 1;
      // the spare room of the text is not worth a copy of 17 MB
      return new KeyPool(text, length, starts, null, size, ascending ? Hashing.hex(digest(text, length)) : null);
    }
  }
}
