package cn.suiji.shared.xlsx;

import java.util.List;

/**
 * One non-blank row as a clerk sees it: {@code excelRowNumber} is the number Excel shows at the
 * left (1-based, blank rows still counted), {@code cells} the texts by column index (column A is
 * index 0), a missing cell being {@code ""}.
 */
public record Row(int excelRowNumber, List<String> cells) {
  public Row {
    cells = List.copyOf(cells);
  }

  /** The text in column {@code index}, or {@code ""} if the row is shorter or the index negative. */
  public String cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  /** True if every cell is empty or white space (U+3000 included). */
  public static boolean isBlank(List<String> cells) {
    for (String c : cells) {
      if (!Cells.text(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
