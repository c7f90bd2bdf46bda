package cn.suiji.shared.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consumer sees every item, in order, on its own thread, and everything it did is visible
 * once close returns; its failure reaches the caller without blocking the producing loop.
 */
class HandoffTest {
  @Test
  void everyItemInOrderOnAnotherThreadCompleteAtClose() {
    List<Integer> seen = new ArrayList<>();
    Set<String> threads = new HashSet<>();
    int n = Handoff.BATCH * 3 + 17;
    try (Handoff<Integer> h = Handoff.to("test-handoff", i -> {
      seen.add(i);
      threads.add(Thread.currentThread().getName());
    })) {
      for (int i = 0; i < n; i++) {
        h.accept(i);
      }
    }
    assertThat(seen).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(seen.get(i)).isEqualTo(i);
    }
    assertThat(threads).containsExactly("test-handoff");
  }

  @Test
  void nothingHandedOverIsFine() {
    List<Integer> seen = new ArrayList<>();
    Handoff<Integer> h = Handoff.to("test-empty", seen::add);
    h.close();
    h.close(); // twice is harmless
    assertThat(seen).isEmpty();
    assertThatThrownBy(() -> h.accept(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theConsumersFailureReachesTheCallerAndTheLoopIsNeverStuck() {
    // far more batches than the queue holds: a consumer that stopped taking would block the loop
    int n = Handoff.BATCH * (Handoff.QUEUED + 5);
    Handoff<Integer> h = Handoff.to("test-failing", i -> {
      if (i == 10) {
        throw new IllegalArgumentException("bad item " + i);
      }
    });
    assertThatThrownBy(() -> {
      try (h) {
        for (int i = 0; i < n; i++) {
          h.accept(i);
        }
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 10");
  }
}
