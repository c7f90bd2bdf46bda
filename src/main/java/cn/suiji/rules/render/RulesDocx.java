package cn.suiji.rules.render;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import cn.suiji.shared.docx.Docx;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The working rules as a Word document for the clerk to file or edit: A4 with the GB/T 9704
 * margins (top 37 mm, left 28 mm), the title in 小标宋 2号, a table of the parameters, the recusal
 * rule, then the rules text paragraph by paragraph in 仿宋 3号 with a two-character indent, and
 * 第 N 页 共 M 页 in the footer from Word's PAGE and NUMPAGES fields.
 */
public final class RulesDocx {
  private static final String BODY_FONT = "仿宋";
  private static final String TITLE_FONT = "方正小标宋简体";
  /** One millimetre in twentieths of a point. */
  private static final double MM = 56.7;

  private RulesDocx() {}

  public static void write(RulesSheet sheet, OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      title.setSpacingAfter(240);
      run(title, sheet.title(), TITLE_FONT, 22, false);

      heading(doc, Messages.msg("rules.print.parameters"));
      XWPFTable table = doc.createTable(sheet.parameters().size(), 2);
      table.setWidthType(TableWidthType.PCT);
      table.setWidth("100%");
      for (int i = 0; i < sheet.parameters().size(); i++) {
        RulesSheet.Line line = sheet.parameters().get(i);
        XWPFTableRow row = table.getRow(i);
        cell(row.getCell(0), line.label(), 45, true);
        cell(row.getCell(1), line.value(), 55, false);
      }
      if (!sheet.recusalRule().isEmpty()) {
        heading(doc, Messages.msg("rules.print.recusal"));
        for (String p : sheet.recusalRule().split("\\R")) {
          body(doc, p.strip());
        }
      }
      if (!sheet.paragraphs().isEmpty()) {
        heading(doc, Messages.msg("rules.print.text"));
        for (String p : sheet.paragraphs()) {
          body(doc, p);
        }
      }
      footer(doc);
      doc.write(out);
    } catch (IOException e) {
      throw new SuijiException(e, "rules.print.failed", e.getMessage());
    } catch (UncheckedIOException e) {
      throw new SuijiException(e, "rules.print.failed", e.getMessage());
    }
  }

  private static void cell(XWPFTableCell cell, String text, int percent, boolean bold) {
    cell.setWidthType(TableWidthType.PCT);
    cell.setWidth(percent + "%");
    run(cell.getParagraphs().get(0), text, BODY_FONT, 14, bold);
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(240);
    p.setSpacingAfter(120);
    p.setKeepNext(true);
    run(p, text, "黑体", 16, false);
  }

  private static void body(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setIndentationFirstLine(640);
    p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    run(p, text, BODY_FONT, 16, false);
  }

  private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, double size, boolean bold) {
    return Docx.run(p, text, eastAsia, size, bold);
  }

  private static void page(XWPFDocument doc) {
    Docx.a4(doc, Math.round(37 * MM), Math.round(35 * MM), Math.round(28 * MM), Math.round(26 * MM));
  }

  /** 第 N 页 共 M 页 with Word's PAGE and NUMPAGES fields in place of the numbers. */
  private static void footer(XWPFDocument doc) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    String pattern = Messages.msg("rules.print.page", "\u0001", "\u0002");
    StringBuilder text = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '\u0001' || c == '\u0002') {
        if (text.length() > 0) {
          run(p, text.toString(), BODY_FONT, 10.5, false);
          text.setLength(0);
        }
        p.getCTP().addNewFldSimple().setInstr(c == '\u0001' ? "PAGE" : "NUMPAGES");
      } else {
        text.append(c);
      }
    }
    if (text.length() > 0) {
      run(p, text.toString(), BODY_FONT, 10.5, false);
    }
  }
}
