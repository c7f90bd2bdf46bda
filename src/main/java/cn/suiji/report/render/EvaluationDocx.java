package cn.suiji.report.render;

import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.IndicatorRow;
import cn.suiji.report.domain.Scorecard;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.docx.Docx;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The printable scorecard (考评表): per department, on its own pages, the title, the 14 rows
 * (number, indicator, weight, points, the figures and what cost points), the total and grade,
 * then the index of the evidence files (file, date, note, the first characters of its SHA-256,
 * whether the copy is intact). A4 portrait; a form, so not the notice grid (DOMAIN.md §7).
 */
public final class EvaluationDocx {
  private static final String BODY_FONT = "仿宋";
  private static final String TITLE_FONT = "方正小标宋简体";
  private static final double MM = 56.7;
  private static final double TABLE_PT = 10.5;
  /** The text width between the 20 mm side margins of A4, in twentieths of a point. */
  private static final int TEXT_WIDTH = (int) Math.round(170 * MM);

  private EvaluationDocx() {}

  /** Writes the cards to {@code file} (.docx), which appears only when complete. */
  public static void write(List<Scorecard> cards, Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw new SuijiException("report.evaluation.format", file.getFileName().toString());
    }
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        write(cards, out);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SuijiException(e, "report.evaluation.writeFailed", file, e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // the temporary file is left; the scorecard itself was not written
      }
    }
  }

  public static void write(List<Scorecard> cards, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      Docx.a4(doc, Math.round(25 * MM), Math.round(20 * MM), Math.round(20 * MM), Math.round(20 * MM));
      boolean first = true;
      for (Scorecard c : cards) {
        card(doc, c, first);
        first = false;
      }
      if (cards.isEmpty()) {
        paragraph(doc, Messages.msg("report.eval.print.none"), 14, false);
      }
      doc.write(out);
    }
  }

  private static void card(XWPFDocument doc, Scorecard c, boolean first) {
    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    title.setPageBreak(!first);
    title.setSpacingAfter(120);
    Docx.run(title, Messages.msg("report.eval.print.title", c.departmentName(), c.year()), TITLE_FONT, 18, false);
    XWPFParagraph sub = doc.createParagraph();
    sub.setAlignment(ParagraphAlignment.CENTER);
    sub.setSpacingAfter(200);
    Docx.run(sub, Messages.msg("report.eval.print.subtitle", c.departmentCode(), Scorecard.points(
        c.score() == null ? null : c.score() / 100), c.grade() == null ? "—" : c.grade()), BODY_FONT, 12, false);

    // wide enough that the headers and the indicators' names stay on one line (序号, 权重, 得分 two
    // characters each at 10.5 pt with the cell margins; 执法检查人员名录库 nine): the rule below says 百分制
    int[] widths = {7, 22, 7, 8, 56};
    XWPFTable table = table(doc, c.rows().size() + 1, widths);
    String[] head = {"report.eval.col.number", "report.eval.col.indicator", "report.eval.col.weight",
        "report.eval.col.score", "report.eval.col.basis"};
    for (int i = 0; i < head.length; i++) {
      cell(table.getRow(0).getCell(i), List.of(Messages.msg(head[i])), true);
    }
    table.getRow(0).setRepeatHeader(true);
    for (int r = 0; r < c.rows().size(); r++) {
      IndicatorRow row = c.rows().get(r);
      XWPFTableRow tr = table.getRow(r + 1);
      tr.setCantSplitRow(true);
      cell(tr.getCell(0), List.of(Integer.toString(row.indicator().number())), false);
      cell(tr.getCell(1), List.of(Messages.current().label(row.indicator())), false);
      cell(tr.getCell(2), List.of(weight(c.weights().getOrDefault(row.indicator(), 0.0))), false);
      cell(tr.getCell(3), List.of(Scorecard.points(row.score())), false);
      List<String> basis = new java.util.ArrayList<>(row.figures());
      row.problems().forEach(p -> basis.add("▲ " + p));
      cell(tr.getCell(4), basis, false);
    }
    paragraph(doc, Messages.msg("report.eval.print.rule"), 9, false);

    XWPFParagraph heading = doc.createParagraph();
    heading.setSpacingBefore(240);
    heading.setKeepNext(true);
    Docx.run(heading, Messages.msg("report.eval.print.evidence", c.evidence().size()), "黑体", 14, false);
    if (c.evidence().isEmpty()) {
      paragraph(doc, Messages.msg("report.eval.print.noEvidence"), TABLE_PT, false);
    } else {
      int[] w = {7, 29, 13, 23, 16, 12};
      XWPFTable files = table(doc, c.evidence().size() + 1, w);
      String[] h = {"report.eval.col.indicator", "report.eval.col.file", "report.eval.col.dated", "report.eval.col.note",
          "report.eval.col.sha256", "report.eval.col.state"};
      for (int i = 0; i < h.length; i++) {
        cell(files.getRow(0).getCell(i), List.of(Messages.msg(h[i])), true);
      }
      files.getRow(0).setRepeatHeader(true);
      for (int r = 0; r < c.evidence().size(); r++) {
        Evidence e = c.evidence().get(r);
        XWPFTableRow tr = files.getRow(r + 1);
        tr.setCantSplitRow(true);
        cell(tr.getCell(0), List.of(Integer.toString(e.indicator().number())), false);
        cell(tr.getCell(1), List.of(e.originalName()), false);
        cell(tr.getCell(2), List.of(e.dated().toString()), false);
        cell(tr.getCell(3), List.of(e.note() == null ? "" : e.note()), false);
        cell(tr.getCell(4), List.of(e.sha256().substring(0, 10) + "…"), false);
        cell(tr.getCell(5), List.of(Messages.current().label(e.state())), false);
      }
    }
    paragraph(doc, Messages.msg("report.eval.print.signature"), 12, false).setSpacingBefore(360);
  }

  /**
   * A table of fixed column widths ({@code percents} of the text width) written into its grid and
   * every cell: Word and LibreOffice both honour a grid in twentieths of a point, not percentages alone.
   */
  private static XWPFTable table(XWPFDocument doc, int rows, int[] percents) {
    XWPFTable table = doc.createTable(rows, percents.length);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(Integer.toString(TEXT_WIDTH));
    table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
    var layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
        : table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int p : percents) {
      grid.addNewGridCol().setW(java.math.BigInteger.valueOf((long) TEXT_WIDTH * p / 100));
    }
    for (var row : table.getRows()) {
      for (int i = 0; i < percents.length; i++) {
        row.getCell(i).setWidthType(TableWidthType.DXA);
        row.getCell(i).setWidth(Integer.toString(TEXT_WIDTH * percents[i] / 100));
      }
    }
    return table;
  }

  private static String weight(double w) {
    return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text, double size, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(80);
    Docx.run(p, text, BODY_FONT, size, bold);
    return p;
  }

  private static void cell(XWPFTableCell cell, List<String> lines, boolean bold) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    for (int i = 0; i < lines.size(); i++) {
      var run = Docx.run(p, "", BODY_FONT, TABLE_PT, bold);
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines.get(i));
    }
    if (lines.isEmpty()) {
      Docx.run(p, "", BODY_FONT, TABLE_PT, bold);
    }
  }
}
