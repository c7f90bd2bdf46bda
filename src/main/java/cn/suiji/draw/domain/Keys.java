package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.util.List;

/**
 * The spec's rule for keys (task, strata, groups, objects, inspectors): printable ASCII
 * 0x21–0x7E, at least one character. Because every key is validated ASCII, {@link
 * String#compareTo} (UTF-16 code-unit order) equals the byte order of their UTF-8 encoding
 * that the spec sorts by, and one char is one byte when hashing.
 */
final class Keys {
  private Keys() {}

  static boolean isPrintableAscii(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** Throws {@code messageKey} with {@code (owner, key)} when {@code key} is not a valid key. */
  static String require(String key, String messageKey, String owner) {
    if (!isPrintableAscii(key)) {
      throw new SuijiException(messageKey, owner, key);
    }
    return key;
  }

  /**
   * Every key of {@code pool} must be valid; the pool is copied into an immutable list, unless
   * it is a {@link KeyPool} whose keys were all checked as it was built (immutable already).
   */
  static List<String> requirePool(List<String> pool, String messageKey, String owner) {
    if (pool instanceof KeyPool checked && checked.valid()) {
      return checked;
    }
    List<String> copy = List.copyOf(pool);
    for (String key : copy) {
      require(key, messageKey, owner);
    }
    return copy;
  }
}
