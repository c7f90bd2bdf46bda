package cn.suiji.directory.data;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pieces a target name is indexed by in {@code target_name_gram}: every two-character
 * substring and the last character alone (so each position starts a gram). The same rule as the
 * SQL that fills the table in V003, counted in Java {@code char}s as H2's SUBSTRING counts.
 */
final class TargetNameGrams {
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
}
