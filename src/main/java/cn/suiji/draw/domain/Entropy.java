package cn.suiji.draw.domain;

import java.text.Normalizer;

/**
 * The public entropy (公开随机数) as the spec stores it: what the witnesses typed, in Unicode
 * NFC, without leading or trailing characters from exactly U+0009–U+000D, U+0020 and U+3000.
 * Nothing else counts as white space here (not U+00A0, not U+2003): {@link String#strip()}
 * would take a different set, so it is not used.
 */
public final class Entropy {
  private Entropy() {}

  /** NFC first, then the trim of exactly the spec's characters; otherwise unchanged. */
  public static String normalise(String typed) {
    String nfc = Normalizer.normalize(typed, Normalizer.Form.NFC);
    int start = 0;
    int end = nfc.length();
    while (start < end && isTrimmed(nfc.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(nfc.charAt(end - 1))) {
      end--;
    }
    return nfc.substring(start, end);
  }

  // Numbers, not char literals with unicode escapes: javac reads those before parsing.
  static boolean isTrimmed(char c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x3000;
  }

  /**
   * True unless the text holds an unpaired surrogate, which UTF-8 cannot encode: Java would
   * silently write {@code ?}, and two different entropies would hash alike.
   */
  static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
