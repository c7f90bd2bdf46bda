package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A pool's keys sorted ascending by byte value, with its canonical hash (DRAW-SPEC §2). The
 * keys are validated printable ASCII (by {@link Stratum} and {@link InspectorGroup}), so
 * {@link String#compareTo} is byte order. Sorting happens once per draw: a pool that arrives
 * already sorted (a record read back, a query with ORDER BY) is used as is, without a copy.
 * Duplicates show up as equal neighbours and are reported with {@code duplicateKey}.
 */
final class SortedPool {
  private final List<String> keys;
  private final String hash;

  private SortedPool(List<String> keys) {
    this(keys, Hashing.poolHash(keys));
  }

  private SortedPool(List<String> keys, String hash) {
    this.keys = keys;
    this.hash = hash;
  }

  /**
   * Sorts {@code pool} (an immutable list of valid keys) unless it already is sorted. A
   * {@link KeyPool} that was strictly ascending when built comes with its hash: neither the
   * order nor the hash is computed a second time.
   */
  static SortedPool of(List<String> pool, String duplicateKey) {
    if (pool instanceof KeyPool hashed && hashed.hash() != null) {
      return new SortedPool(hashed, hashed.hash());
    }
    List<String> sorted = pool;
    if (!isStrictlyAscending(pool, duplicateKey)) {
      String[] copy = pool.toArray(new String[0]);
      Arrays.sort(copy);
      sorted = Collections.unmodifiableList(Arrays.asList(copy));
      isStrictlyAscending(sorted, duplicateKey);
    }
    return new SortedPool(sorted);
  }

  /** The keys in ascending byte order, unmodifiable and random access. */
  List<String> keys() {
    return keys;
  }

  int size() {
    return keys.size();
  }

  String hash() {
    return hash;
  }

  boolean contains(String key) {
    return Collections.binarySearch(keys, key) >= 0;
  }

  /**
   * Throws {@code duplicateKey} with the first key that occurs in two of the given pools. A
   * merge over the sorted pools: O(total keys × pools), and the pools are few.
   */
  static void requireDisjoint(List<SortedPool> pools, String duplicateKey) {
    if (pools.size() < 2) {
      return; // one sorted pool has no repeated key (equal neighbours were refused when sorting)
    }
    int[] next = new int[pools.size()];
    int previousPool = -1;
    int previous = -1;
    while (true) {
      int smallest = -1;
      for (int p = 0; p < pools.size(); p++) {
        if (next[p] < pools.get(p).size()
            && (smallest < 0 || compare(pools.get(p).keys, next[p], pools.get(smallest).keys, next[smallest]) < 0)) {
          smallest = p;
        }
      }
      if (smallest < 0) {
        return;
      }
      int at = next[smallest]++;
      if (previousPool >= 0 && compare(pools.get(smallest).keys, at, pools.get(previousPool).keys, previous) == 0) {
        throw new SuijiException(duplicateKey, pools.get(smallest).keys.get(at));
      }
      previousPool = smallest;
      previous = at;
    }
  }

  /**
   * Key i of {@code a} against key j of {@code b}: by their bytes where both are pools held as
   * text (a string per comparison would make three or four per key of a million-key pool, in
   * every draw and every verification), else as strings.
   */
  private static int compare(List<String> a, int i, List<String> b, int j) {
    return a instanceof KeyPool x && x.valid() && b instanceof KeyPool y && y.valid()
        ? x.compareKey(i, y, j) : a.get(i).compareTo(b.get(j));
  }

  /** False when a key is greater than its successor; throws on equal neighbours. */
  private static boolean isStrictlyAscending(List<String> keys, String duplicateKey) {
    for (int i = 1; i < keys.size(); i++) {
      int order = keys.get(i - 1).compareTo(keys.get(i));
      if (order == 0) {
        throw new SuijiException(duplicateKey, keys.get(i));
      }
      if (order > 0) {
        return false;
      }
    }
    return true;
  }
}
