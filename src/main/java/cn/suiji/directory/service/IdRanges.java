package cn.suiji.directory.service;

import java.util.Arrays;

/**
 * The ids an import inserted, for {@link ImportPass} to add their name grams at the end: kept as
 * runs of consecutive ids (a million fresh ids are one run, 16 bytes), so memory stays small
 * whatever the file's size. Ids must be added in ascending order overall (each batch's ids
 * above the last batch's), as the database hands out identities.
 */
final class IdRanges {
  private long[] bounds = new long[16];
  private int size;
  private long count;

  /** Adds ascending ids. */
  void add(long[] ids) {
    for (long id : ids) {
      if (size > 0 && bounds[size - 1] + 1 == id) {
        bounds[size - 1] = id;
      } else {
        if (size == bounds.length) {
          bounds = Arrays.copyOf(bounds, size * 2);
        }
        bounds[size++] = id;
        bounds[size++] = id;
      }
      count++;
    }
  }

  /** How many ids were added. */
  long count() {
    return count;
  }

  /** The largest id added (0 when none). */
  long max() {
    return size == 0 ? 0 : bounds[size - 1];
  }

  /** The runs cut into pieces of at most {@code max} ids: each {@code {from, to}}, inclusive. */
  long[][] pieces(long max) {
    java.util.List<long[]> out = new java.util.ArrayList<>();
    for (int i = 0; i < size; i += 2) {
      for (long from = bounds[i]; from <= bounds[i + 1]; from += max) {
        out.add(new long[] {from, Math.min(bounds[i + 1], from + max - 1)});
      }
    }
    return out.toArray(long[][]::new);
  }
}
