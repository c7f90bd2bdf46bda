package cn.suiji.joint.render;

import cn.suiji.joint.domain.SummaryRow;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.docx.Docx;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The 联合检查总表 of one joint task as a Word document to print and file: A4, the title in 宋体
 * 16 pt, a line naming the task, then the table in 仿宋 10.5 pt, its header row repeated on every page.
 */
public final class SummaryDocx {
  private static final String BODY_FONT = "仿宋";
  private static final String TITLE_FONT = "宋体";
  private static final long MARGIN = 1134;
  private static final int[] WIDTHS = {6, 17, 20, 13, 12, 8, 14, 10};

  private SummaryDocx() {}

  public static void write(String taskCode, String taskName, List<SummaryRow> rows, Path file) {
    Messages m = Messages.current();
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part); XWPFDocument doc = new XWPFDocument()) {
        Docx.a4(doc, MARGIN, MARGIN, MARGIN, MARGIN);
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(title, m.get("joint.summary.title", taskName), TITLE_FONT, 16, true);
        XWPFParagraph task = doc.createParagraph();
        task.setSpacingAfter(200);
        Docx.run(task, m.get("joint.summary.task", taskCode), BODY_FONT, 10.5, false);
        XWPFTable t = doc.createTable();
        t.setWidthType(TableWidthType.PCT);
        t.setWidth("100%");
        XWPFTableRow header = t.getRow(0);
        fill(header, List.of(m.get("joint.summary.order"), m.get("joint.summary.targetCode"),
            m.get("joint.summary.targetName"), m.get("joint.summary.department"), m.get("joint.summary.formedOn"),
            m.get("joint.summary.codes"), m.get("joint.summary.labels"), m.get("joint.summary.inspectors")), true);
        header.setRepeatHeader(true);
        for (SummaryRow r : rows) {
          XWPFTableRow row = t.createRow();
          fill(row, List.of(Integer.toString(r.drawOrder()), r.targetCode(), r.targetName(),
              r.department() == null ? "" : r.department(), r.formedOn() == null ? "" : r.formedOn().toString(),
              r.codes(), r.labels(), r.inspectors()), false);
          row.setCantSplitRow(true);
        }
        doc.write(out);
      }
      Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // the write failed already; that failure is the one to report
      }
      throw new SuijiException(e, "joint.package.cannotWrite", file, e.getMessage());
    }
  }

  private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
    for (int i = 0; i < cells.size(); i++) {
      XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
      cell.setWidthType(TableWidthType.PCT);
      cell.setWidth(WIDTHS[i] + "%");
      XWPFParagraph p = cell.getParagraphs().get(0);
      if (bold) {
        p.setAlignment(ParagraphAlignment.CENTER);
      }
      Docx.run(p, cells.get(i), BODY_FONT, 10.5, bold);
    }
  }
}
