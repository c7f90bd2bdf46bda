package cn.suiji.draw.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The tagged random stream of DRAW-SPEC §3. Block i is {@code H(seed || UTF-8(tag) || 0x00 ||
 * uint64_be(i))}; each block gives four unsigned 64-bit big-endian words, in order.
 * {@link #uniform} draws from it with rejection, so every value in [0, n) is equally likely.
 * One instance per tag and draw; not for use by several threads.
 */
final class RandomStream {
  private static final int WORDS_PER_BLOCK = 4;

  private final MessageDigest digest = Hashing.sha256();
  private final byte[] prefix;
  private final ByteBuffer counter = ByteBuffer.allocate(Long.BYTES);
  private final long[] words = new long[WORDS_PER_BLOCK];
  private long nextBlock;
  private int nextWord = WORDS_PER_BLOCK;

  RandomStream(byte[] seed, String tag) {
    byte[] tagBytes = tag.getBytes(StandardCharsets.UTF_8);
    prefix = new byte[seed.length + tagBytes.length + 1];
    System.arraycopy(seed, 0, prefix, 0, seed.length);
    System.arraycopy(tagBytes, 0, prefix, seed.length, tagBytes.length);
    prefix[prefix.length - 1] = 0x00;
  }

  /** The next word of the stream, as the bits of an unsigned 64-bit integer. */
  long nextWord() {
    if (nextWord == WORDS_PER_BLOCK) {
      fill();
    }
    return words[nextWord++];
  }

  /** An integer in [0, n) for n ≥ 1: the first word {@link #accepts} takes, mod n. */
  int uniform(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("uniform(n) needs n >= 1, got " + n);
    }
    while (true) {
      long u = nextWord();
      if (accepts(u, n)) {
        return (int) Long.remainderUnsigned(u, n);
      }
    }
  }

  /**
   * Whether the unsigned word u is below {@code limit = floor(2^64 / n) · n}. Since {@code 2^64
   * − limit = 2^64 mod n}, limit as an unsigned 64-bit value is {@code −(2^64 mod n)}; when
   * {@code 2^64 mod n} is 0 (n a power of two) limit is 2^64 and every word is taken.
   */
  static boolean accepts(long u, int n) {
    long rejected = Long.remainderUnsigned(Long.remainderUnsigned(-1L, n) + 1, n);
    return rejected == 0 || Long.compareUnsigned(u, -rejected) < 0;
  }

  private void fill() {
    digest.update(prefix);
    counter.clear();
    counter.putLong(nextBlock++);
    digest.update(counter.array());
    ByteBuffer block = ByteBuffer.wrap(digest.digest());
    for (int i = 0; i < WORDS_PER_BLOCK; i++) {
      words[i] = block.getLong();
    }
    nextWord = 0;
  }
}
