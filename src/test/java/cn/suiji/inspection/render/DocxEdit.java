package cn.suiji.inspection.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Edits a template the way a clerk's Word would, for the tests: a paragraph added, placeholders split across runs. */
public final class DocxEdit {
  private DocxEdit() {}

  /** {@code docx} with a paragraph of {@code text} (split in two runs) at the end. */
  public static byte[] appendParagraph(byte[] docx, String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFParagraph p = doc.createParagraph();
      int half = text.length() / 2;
      p.createRun().setText(text.substring(0, half));
      XWPFRun second = p.createRun();
      second.setItalic(true);
      second.setText(text.substring(half));
      return bytes(doc);
    }
  }

  /**
   * {@code docx} with every run that holds a placeholder cut in three — "…{", "{名", "称}}…" — with
   * different formatting on the middle piece, as Word stores text typed over several edits.
   */
  public static byte[] splitPlaceholders(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
      for (XWPFTable t : doc.getTables()) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            paragraphs.addAll(c.getParagraphs());
          }
        }
      }
      for (XWPFParagraph p : paragraphs) {
        for (int i = p.getRuns().size() - 1; i >= 0; i--) {
          XWPFRun run = p.getRuns().get(i);
          String text = run.getText(0);
          int at = text == null ? -1 : text.indexOf("{{");
          int end = at < 0 ? -1 : text.indexOf("}}", at);
          if (end < 0 || end - at < 4) {
            continue;
          }
          int cut1 = at + 1;
          int cut2 = at + 3;
          run.setText(text.substring(0, cut1), 0);
          XWPFRun middle = p.insertNewRun(i + 1);
          middle.getCTR().setRPr(run.getCTR().getRPr() == null ? null : run.getCTR().getRPr());
          middle.setText(text.substring(cut1, cut2));
          middle.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE);
          XWPFRun last = p.insertNewRun(i + 2);
          if (run.getCTR().getRPr() != null) {
            last.getCTR().setRPr(run.getCTR().getRPr());
          }
          last.setText(text.substring(cut2));
        }
      }
      return bytes(doc);
    }
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }
}
