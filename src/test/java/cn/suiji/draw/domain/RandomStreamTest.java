package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DRAW-SPEC §3: the block layout and the rejection rule of uniform(n). */
class RandomStreamTest {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  @Test
  void yieldsTheFourBigEndianWordsOfEachTaggedBlockInOrder() {
    byte[] seed = Draws.nonce(3);
    RandomStream stream = new RandomStream(seed, "obj:A");

    for (long block = 0; block < 3; block++) {
      ByteBuffer expected = ByteBuffer.wrap(Hashing.sha256(ByteBuffer.allocate(seed.length + 14)
          .put(seed).put("obj:A".getBytes(StandardCharsets.UTF_8)).put((byte) 0)
          .putLong(block).array()));
      for (int word = 0; word < 4; word++) {
        assertThat(stream.nextWord()).isEqualTo(expected.getLong());
      }
    }
  }

  @Test
  void differentTagsGiveDifferentStreams() {
    byte[] seed = Draws.nonce(3);

    assertThat(new RandomStream(seed, "obj:A").nextWord())
        .isNotEqualTo(new RandomStream(seed, "obj:B").nextWord())
        .isNotEqualTo(new RandomStream(seed, "ins").nextWord());
  }

  @Test
  void acceptsExactlyTheWordsBelowFloorOf2To64OverNTimesN() {
    Random random = new Random(42);
    int[] sizes = {1, 2, 3, 5, 7, 10, 50, 1 << 20, 1_000_003, (1 << 30) + 1, Integer.MAX_VALUE};
    for (int n : sizes) {
      BigInteger limit = TWO_64.divide(BigInteger.valueOf(n)).multiply(BigInteger.valueOf(n));
      BigInteger[] edges = {BigInteger.ZERO, limit.subtract(BigInteger.ONE), limit,
          TWO_64.subtract(BigInteger.ONE), new BigInteger(64, random)};
      for (BigInteger u : edges) {
        if (u.compareTo(TWO_64) < 0) {
          assertThat(RandomStream.accepts(u.longValue(), n))
              .as("n=%d u=%s", n, u)
              .isEqualTo(u.compareTo(limit) < 0);
        }
      }
    }
  }

  @Test
  void rejectsOnlyTheTopWordWhenNIsThree() {
    // 2^64 mod 3 = 1, so limit = 2^64 − 1: the all-ones word alone is refused.
    assertThat(RandomStream.accepts(-1L, 3)).isFalse();
    assertThat(RandomStream.accepts(-2L, 3)).isTrue();
    assertThat(RandomStream.accepts(-1L, 4)).isTrue();
  }

  @Test
  void uniformStaysWithinZeroToN() {
    RandomStream stream = new RandomStream(Draws.nonce(9), "t");
    for (int n = 1; n <= 500; n++) {
      assertThat(stream.uniform(n)).isBetween(0, n - 1);
    }
  }
}
