package cn.suiji.directory.service;

import cn.suiji.shared.ids.Uscc;

/**
 * The codes an import has met so far, each with the Excel row that first had it, to tell a
 * repeated row (重复) apart. A million usccs as a {@code HashSet<String>} take 100 MB (measured
 * after GC), too much beside the reader in a 256 MB heap; here each code is packed exactly into
 * two longs (a uscc as two base-31 halves, a regNo as its number, with a tag telling the kinds
 * apart) in an open-addressing table: 20 bytes a slot, 43 MB for a million. No false matches.
 */
final class SeenCodes {
  private static final long USCC_TAG = 1L << 62;
  private static final long REG_NO_TAG = 1L << 61;

  private long[] his = new long[1 << 12];
  private long[] los = new long[1 << 12];
  private int[] rows = new int[1 << 12];
  private int size;

  /** Records a valid, normalised uscc first met at {@code row}; returns the earlier row, or 0 if new. */
  int uscc(String uscc, int row) {
    return put(USCC_TAG | base31(uscc, 0), base31(uscc, 9), row);
  }

  /** Records a valid regNo (15 digits) first met at {@code row}; returns the earlier row, or 0 if new. */
  int regNo(String regNo, int row) {
    return put(REG_NO_TAG, Long.parseLong(regNo), row);
  }

  /** The earlier row of {@code uscc}, 0 if not met. */
  int rowOfUscc(String uscc) {
    return find(USCC_TAG | base31(uscc, 0), base31(uscc, 9));
  }

  /** The earlier row of {@code regNo}, 0 if not met. */
  int rowOfRegNo(String regNo) {
    return find(REG_NO_TAG, Long.parseLong(regNo));
  }

  int size() {
    return size;
  }

  private static long base31(String code, int from) {
    long v = 0;
    for (int i = from; i < from + 9; i++) {
      v = v * 31 + Uscc.ALPHABET.indexOf(code.charAt(i));
    }
    return v;
  }

  private int find(long hi, long lo) {
    int mask = his.length - 1;
    for (int i = slot(hi, lo, mask); his[i] != 0; i = (i + 1) & mask) {
      if (his[i] == hi && los[i] == lo) {
        return rows[i];
      }
    }
    return 0;
  }

  private int put(long hi, long lo, int row) {
    int mask = his.length - 1;
    int i = slot(hi, lo, mask);
    for (; his[i] != 0; i = (i + 1) & mask) {
      if (his[i] == hi && los[i] == lo) {
        return rows[i];
      }
    }
    his[i] = hi;
    los[i] = lo;
    rows[i] = row;
    if (++size * 2 > his.length) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oldHis = his;
    long[] oldLos = los;
    int[] oldRows = rows;
    his = new long[oldHis.length * 2];
    los = new long[oldHis.length * 2];
    rows = new int[oldHis.length * 2];
    int mask = his.length - 1;
    for (int j = 0; j < oldHis.length; j++) {
      if (oldHis[j] != 0) {
        int i = slot(oldHis[j], oldLos[j], mask);
        while (his[i] != 0) {
          i = (i + 1) & mask;
        }
        his[i] = oldHis[j];
        los[i] = oldLos[j];
        rows[i] = oldRows[j];
      }
    }
  }

  private static int slot(long hi, long lo, int mask) {
    long h = hi * 0x9E3779B97F4A7C15L + lo;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
