package cn.suiji.plan.render;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The plan table as a Word document to file upward and publish: landscape A4, the title in
 * 宋体 18 pt, then the ten-column table in 仿宋 10.5 pt with its header row repeated on every page.
 */
public final class PlanDocx {
  private static final String BODY_FONT = "仿宋";
  private static final String TITLE_FONT = "宋体";
  private static final String LATIN_FONT = "Times New Roman";
  /** A4 landscape in twentieths of a point, 20 mm margins. */
  private static final long WIDTH = 16838;
  private static final long HEIGHT = 11906;
  private static final long MARGIN = 1134;
  private static final int[] WIDTHS = {4, 12, 6, 17, 15, 9, 10, 10, 10, 7};

  public void write(PlanTable table, Path file) {
    try (OutputStream out = Files.newOutputStream(file); XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(table.title());
      page(doc);
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      title.setSpacingAfter(240);
      run(title, table.title(), TITLE_FONT, 18, true);
      XWPFTable t = doc.createTable();
      t.setWidthType(TableWidthType.PCT);
      t.setWidth("100%");
      XWPFTableRow header = t.getRow(0);
      fill(header, table.header(), true);
      header.setRepeatHeader(true);
      for (List<String> cells : table.rows()) {
        XWPFTableRow row = t.createRow();
        fill(row, cells, false);
        row.setCantSplitRow(true);
      }
      doc.write(out);
    } catch (IOException e) {
      throw new SuijiException(e, "plan.error.unwritable", file, e.getMessage());
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
      run(p, cells.get(i), BODY_FONT, 10.5, bold);
    }
  }

  private static void run(XWPFParagraph p, String text, String eastAsia, double size, boolean bold) {
    XWPFRun run = p.createRun();
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
    run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
    run.setFontSize(size);
    run.setBold(bold);
    if (!text.isEmpty()) {
      run.setText(text);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(WIDTH));
    size.setH(BigInteger.valueOf(HEIGHT));
    size.setOrient(STPageOrientation.LANDSCAPE);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
  }
}
