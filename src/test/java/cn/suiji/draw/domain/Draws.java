package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import cn.suiji.shared.SuijiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Inputs for tests: fixed nonces, key lists, and random draws from a seeded Random. */
final class Draws {
  private Draws() {}

  /** A nonce derived from a counter, so every run of a test sees the same draws. */
  static byte[] nonce(int i) {
    return Hashing.sha256(("test-nonce-" + i).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code prefix-0000 … prefix-(n-1)}. */
  static List<String> keys(String prefix, int n) {
    List<String> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keys.add(String.format("%s-%04d", prefix, i));
    }
    return keys;
  }

  /** One stratum {@code all}, one group {@code G}, no conflicts. */
  static DrawInput simple(int n, int k, int inspectors, int m, int nonce) {
    return new DrawInput("T-1", List.of(new Stratum("all", k, keys("O", n))),
        List.of(new InspectorGroup("G", m, keys("I", inspectors))), List.of(), nonce(nonce),
        "12345");
  }

  /**
   * A random but valid draw: 1–3 strata of 0–40 objects with random printable-ASCII keys (to
   * exercise byte order), 1–3 groups of 0–8 inspectors, Σm ≥ 2, and conflicts, a few of which
   * name keys outside the draw. Some of these draws are INFEASIBLE, as they may be in life.
   */
  static DrawInput random(Random random, int nonce) {
    Set<String> used = new HashSet<>();
    List<Stratum> strata = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    int strataCount = 1 + random.nextInt(3);
    for (int s = 0; s < strataCount; s++) {
      List<String> pool = randomKeys(random, random.nextInt(41), used);
      objects.addAll(pool);
      strata.add(new Stratum("S" + s, random.nextInt(pool.size() + 1), pool));
    }
    List<InspectorGroup> groups = new ArrayList<>();
    List<String> inspectors = new ArrayList<>();
    int groupCount = 1 + random.nextInt(3);
    for (int g = 0; g < groupCount; g++) {
      List<String> pool = randomKeys(random, random.nextInt(9), used);
      inspectors.addAll(pool);
      int m = groupCount == 1 ? 2 + random.nextInt(2) : 1 + random.nextInt(2);
      groups.add(new InspectorGroup(randomKey(random, used), m, pool));
    }
    List<Conflict> conflicts = new ArrayList<>();
    if (!objects.isEmpty() && !inspectors.isEmpty()) {
      int pairs = random.nextInt(objects.size() + 1);
      for (int c = 0; c < pairs; c++) {
        conflicts.add(new Conflict(inspectors.get(random.nextInt(inspectors.size())),
            objects.get(random.nextInt(objects.size()))));
      }
    }
    conflicts.add(new Conflict("not-in-any-group", objects.isEmpty() ? "x" : objects.get(0)));
    return new DrawInput("T-" + nonce, strata, groups, conflicts, nonce(nonce),
        "entropy " + random.nextInt(1000));
  }

  static void assertRejected(String messageKey, ThrowingCallable call) {
    assertThatExceptionOfType(SuijiException.class)
        .isThrownBy(call)
        .satisfies(e -> assertThat(e.key()).isEqualTo(messageKey));
  }

  private static List<String> randomKeys(Random random, int n, Set<String> used) {
    List<String> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keys.add(randomKey(random, used));
    }
    return keys;
  }

  private static String randomKey(Random random, Set<String> used) {
    while (true) {
      StringBuilder key = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        key.append((char) (0x21 + random.nextInt(0x7E - 0x21 + 1)));
      }
      if (used.add(key.toString())) {
        return key.toString();
      }
    }
  }
}
