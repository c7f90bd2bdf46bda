package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    if (pools.stream().allMatch(p -> p.keys instanceof KeyPool k && k.valid())) {
      requireDisjointTexts(pools, duplicateKey);
      return;
    }
    int[] next = new int[pools.size()];
    @Nullable String previous = null;
    while (true) {
      int smallest = -1;
      for (int p = 0; p < pools.size(); p++) {
        List<String> keys = pools.get(p).keys;
        if (next[p] < keys.size()
            && (smallest < 0
                || keys.get(next[p]).compareTo(pools.get(smallest).keys.get(next[smallest])) < 0)) {
          smallest = p;
        }
      }
      if (smallest < 0) {
        return;
      }
      String key = pools.get(smallest).keys.get(next[smallest]++);
      if (key.equals(previous)) {
        throw new SuijiException(duplicateKey, key);
      }
      previous = key;
    }
  }

  /**
   * The same merge over pools held as text, comparing the keys' bytes where they lie: the merge
   * above makes three or four strings per key of such a pool (a million keys: 0.3–0.7 s of
   * each draw and each verification).
   */
  private static void requireDisjointTexts(List<SortedPool> pools, String duplicateKey) {
    KeyPool[] texts = new KeyPool[pools.size()];
    for (int p = 0; p < texts.length; p++) {
      texts[p] = (KeyPool) pools.get(p).keys;
    }
    int[] next = new int[texts.length];
    int previousPool = -1;
    int previous = -1;
    while (true) {
      int smallest = -1;
      for (int p = 0; p < texts.length; p++) {
        if (next[p] < texts[p].size()
            && (smallest < 0 || texts[p].compareKey(next[p], texts[smallest], next[smallest]) < 0)) {
          smallest = p;
        }
      }
      if (smallest < 0) {
        return;
      }
      int at = next[smallest]++;
      if (previousPool >= 0 && texts[smallest].compareKey(at, texts[previousPool], previous) == 0) {
        throw new SuijiException(duplicateKey, texts[smallest].get(at));
      }
      previousPool = smallest;
      previous = at;
    }
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
