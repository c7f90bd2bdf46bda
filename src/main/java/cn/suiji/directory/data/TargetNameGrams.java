package cn.suiji.directory.data;

import cn.suiji.shared.SuijiException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pieces a target name is indexed by, and their keys in {@code target_name_key} (V022): every
 * two-character substring and the last character alone (so each position starts a gram), counted
 * in Java {@code char}s as H2's SUBSTRING counts. A key is {@code code × 2^31 + target id}, where
 * a gram's code is its first UTF-16 unit × 65536 plus its second (0 for the last character
 * alone): the keys of one gram are one contiguous range, ordered by target id. The same formula
 * as the SQL in V022 and {@link TargetNameGramFill}.
 */
final class TargetNameGrams {
  /** Target ids must fit the low 31 bits of a key. */
  static final long MAX_ID = (1L << 31) - 1;
  private static final int ID_BITS = 31;

  private TargetNameGrams() {}

  /** The distinct grams of a stored name, in order of first appearance. */
  static Set<String> of(String name) {
    Set<String> grams = new LinkedHashSet<>();
    for (int i = 0; i < name.length(); i++) {
      grams.add(name.substring(i, Math.min(i + 2, name.length())));
    }
    return grams;
  }

  /** The grams every name containing {@code text} (two characters or more) must have. */
  static Set<String> required(String text) {
    Set<String> grams = new LinkedHashSet<>();
    for (int i = 0; i + 2 <= text.length(); i++) {
      grams.add(text.substring(i, i + 2));
    }
    return grams;
  }

  /** The code of a gram of one or two chars. */
  static long code(String gram) {
    return (long) gram.charAt(0) << 16 | (gram.length() > 1 ? gram.charAt(1) : 0);
  }

  /** The key of {@code gram} for target {@code id}. */
  static long key(String gram, long id) {
    if (id < 0 || id > MAX_ID) {
      throw new SuijiException("directory.target.search.idTooLarge", id);
    }
    return code(gram) << ID_BITS | id;
  }

  /** The target id a key is for. */
  static long id(long key) {
    return key & MAX_ID;
  }

  /** The first key of every target under the gram code {@code code}. */
  static long first(long code) {
    return code << ID_BITS;
  }

  /** The last key of every target under the gram code {@code code}. */
  static long last(long code) {
    return code << ID_BITS | MAX_ID;
  }
}
