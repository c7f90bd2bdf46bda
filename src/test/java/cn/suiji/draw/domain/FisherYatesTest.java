package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sparse form is an optimisation only: it must select exactly what the dense form does. */
class FisherYatesTest {

  @Test
  void sparseAndDenseSelectTheSameKeysInTheSameOrder() {
    int cases = 0;
    for (int n = 1; n <= 120; n++) {
      List<String> pool = Draws.keys("O", n);
      for (int k : new int[] {0, 1, n / 9, n / 2, n - 1, n}) {
        byte[] seed = Draws.nonce(n * 1000 + k);
        List<String> dense = FisherYates.dense(pool, k, new RandomStream(seed, "obj:x"));
        List<String> sparse = FisherYates.sparse(pool, k, new RandomStream(seed, "obj:x"));

        assertThat(sparse).as("n=%d k=%d", n, k).containsExactlyElementsOf(dense);
        cases++;
      }
    }
    assertThat(cases).isEqualTo(720);
  }

  @Test
  void sparseMatchesDenseOnALargePoolWithSmallK() {
    List<String> pool = Draws.keys("O", 200_000);
    byte[] seed = Draws.nonce(5);

    List<String> dense = FisherYates.dense(pool, 3_000, new RandomStream(seed, "obj:all"));
    List<String> chosen = FisherYates.select(pool, 3_000, new RandomStream(seed, "obj:all"));

    assertThat(chosen).containsExactlyElementsOf(dense).doesNotHaveDuplicates();
  }

  @Test
  void drawingAllNKeysGivesAPermutationOfThePool() {
    List<String> pool = Draws.keys("O", 37);

    List<String> order = FisherYates.select(pool, 37, new RandomStream(Draws.nonce(1), "t"));

    assertThat(order).containsExactlyInAnyOrderElementsOf(pool).isNotEqualTo(pool);
  }

  @Test
  void leavesTheSortedPoolUntouched() {
    List<String> pool = Draws.keys("O", 50);
    List<String> copy = List.copyOf(pool);

    FisherYates.dense(pool, 50, new RandomStream(Draws.nonce(2), "t"));
    FisherYates.sparse(pool, 5, new RandomStream(Draws.nonce(2), "t"));

    assertThat(pool).isEqualTo(copy);
  }
}
