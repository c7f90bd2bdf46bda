package cn.suiji.imports.ui;

/**
 * A column of the chosen file as the mapping table offers it: its index (column A is 0; {@link
 * #NOT_IMPORTED} is -1) and the text the clerk sees (its header and its letter).
 */
public record FileColumn(int index, String label) {
  /** The index of the "（不导入）" entry. */
  public static final int NOT_IMPORTED = -1;

  /** The column's letters as Excel shows them: A … Z, AA … */
  public static String letters(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) {
      s.insert(0, (char) ('A' + i % 26));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return label;
  }
}
