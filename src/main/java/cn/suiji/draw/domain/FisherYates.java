package cn.suiji.draw.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The partial Fisher–Yates shuffle of DRAW-SPEC §4: for i = 0 … k−1, {@code j = i +
 * uniform(n − i)}, swap a[i] and a[j]; the result is a[0 … k−1].
 *
 * <p>Two forms with the same output for the same stream. {@link #dense} swaps in a copy of the
 * n keys. {@link #sparse} leaves the sorted keys untouched and remembers only the positions a
 * swap moved, in a map: O(k) extra memory, for a small k from a large pool (30,000 out of a
 * million). {@link #select} picks between them.
 */
final class FisherYates {
  /** Below n / SPARSE_RATIO the map of moved positions is smaller than a copy of the pool. */
  private static final int SPARSE_RATIO = 8;

  private FisherYates() {}

  static List<String> select(List<String> sortedKeys, int k, RandomStream stream) {
    if ((long) k * SPARSE_RATIO < sortedKeys.size()) {
      return sparse(sortedKeys, k, stream);
    }
    return dense(sortedKeys, k, stream);
  }

  static List<String> dense(List<String> sortedKeys, int k, RandomStream stream) {
    String[] a = sortedKeys.toArray(new String[0]);
    int n = a.length;
    for (int i = 0; i < k; i++) {
      int j = i + stream.uniform(n - i);
      String swapped = a[i];
      a[i] = a[j];
      a[j] = swapped;
    }
    List<String> selection = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      selection.add(a[i]);
    }
    return selection;
  }

  /**
   * The dense algorithm over a virtual array of positions: a position not in {@code moved} still
   * holds its own index into the sorted keys. Position i is never read again after step i, so
   * only a[j] is written back, and only the k keys drawn are fetched from the pool (a pool held
   * as text makes a string per key fetched).
   */
  static List<String> sparse(List<String> sortedKeys, int k, RandomStream stream) {
    int n = sortedKeys.size();
    Moved moved = new Moved(k);
    List<String> selection = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int j = i + stream.uniform(n - i);
      int atI = moved.get(i);
      int atJ = moved.get(j);
      moved.put(j, atI);
      selection.add(sortedKeys.get(atJ));
    }
    return selection;
  }

  /**
   * Positions whose content a swap changed, position → index of the key now there; at most one
   * entry per step. Open addressing over two int arrays: the boxed map it replaces allocated
   * four objects per step (30,000 steps per draw of a million).
   */
  private static final class Moved {
    private static final int EMPTY = -1;
    private final int[] positions;
    private final int[] indexes;
    private final int mask;
    private final int shift;

    /** Room for {@code steps} entries at most half full. */
    Moved(int steps) {
      int capacity = Integer.highestOneBit(Math.max(16, steps * 2 + 1) - 1) << 1;
      positions = new int[capacity];
      indexes = new int[capacity];
      Arrays.fill(positions, EMPTY);
      mask = capacity - 1;
      shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /** The index of the key at {@code position}: its own when no swap has touched it. */
    int get(int position) {
      for (int slot = slot(position); ; slot = (slot + 1) & mask) {
        int p = positions[slot];
        if (p == position) {
          return indexes[slot];
        }
        if (p == EMPTY) {
          return position;
        }
      }
    }

    void put(int position, int index) {
      int slot = slot(position);
      while (positions[slot] != EMPTY && positions[slot] != position) {
        slot = (slot + 1) & mask;
      }
      positions[slot] = position;
      indexes[slot] = index;
    }

    private int slot(int position) {
      return (position * 0x9E3779B9) >>> shift; // Fibonacci hashing: the top bits, as many as the table needs
    }
  }
}
