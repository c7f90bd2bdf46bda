package cn.suiji.plan.render;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.List;

/** The plan table as one .xlsx sheet (through {@link XlsxWriter}): the ten columns, one row per task. */
public final class PlanXlsx {
  private static final int[] WIDTHS = {6, 30, 10, 40, 36, 16, 24, 22, 22, 10};

  public void write(PlanTable table, Path file) {
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("plan.render.sheet"), table.header())) {
      for (int i = 0; i < WIDTHS.length; i++) {
        writer.setColumnWidth(i, WIDTHS[i]);
      }
      for (List<String> row : table.rows()) {
        writer.writeRow(row);
      }
    }
  }
}
