package cn.suiji.draw.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
   * The dense algorithm over a virtual array: a position not in {@code moved} still holds its
   * sorted key. Position i is never read again after step i, so only a[j] is written back.
   */
  static List<String> sparse(List<String> sortedKeys, int k, RandomStream stream) {
    int n = sortedKeys.size();
    Map<Integer, String> moved = new HashMap<>();
    List<String> selection = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int j = i + stream.uniform(n - i);
      String atI = moved.getOrDefault(i, sortedKeys.get(i));
      String atJ = moved.getOrDefault(j, sortedKeys.get(j));
      moved.put(j, atI);
      moved.remove(i);
      selection.add(atJ);
    }
    return selection;
  }
}
