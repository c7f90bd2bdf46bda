package cn.suiji.joint.render;

import cn.suiji.joint.domain.SummaryRow;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The 联合检查总表 of one joint task as one sheet, through the shared writer (text stays text). */
public final class SummaryXlsx {
  private SummaryXlsx() {}

  public static void write(String taskCode, String taskName, List<SummaryRow> rows, Path file) {
    Messages m = Messages.current();
    List<String> header = List.of(m.get("joint.summary.order"), m.get("joint.summary.targetCode"),
        m.get("joint.summary.targetName"), m.get("joint.summary.department"), m.get("joint.summary.formedOn"),
        m.get("joint.summary.codes"), m.get("joint.summary.labels"), m.get("joint.summary.inspectors"));
    try (XlsxWriter w = new XlsxWriter(file, m.get("joint.summary.sheet", taskCode), header)) {
      for (SummaryRow r : rows) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.drawOrder());
        cells.add(r.targetCode());
        cells.add(r.targetName());
        cells.add(r.department() == null ? "" : r.department());
        cells.add(r.formedOn() == null ? "" : r.formedOn());
        cells.add(r.codes());
        cells.add(r.labels());
        cells.add(r.inspectors());
        w.writeRow(cells);
      }
    }
  }
}
