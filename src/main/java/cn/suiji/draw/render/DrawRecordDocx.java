package cn.suiji.draw.render;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import cn.suiji.shared.docx.Docx;
import cn.suiji.shared.docx.QrPng;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The printed draw record (抽取记录) as a Word document, for offices that file or amend forms in
 * Word: the same content as {@link DrawRecordPdf} — task block, strata, inspector pools,
 * randomness, the table of drawn targets (header row repeated on every page), the verification
 * line, the QR code and the signature lines — on A4, with 仿宋 (body) and 宋体 (title) set for
 * East Asian text and a footer 第 N 页 共 M 页 from Word's PAGE and NUMPAGES fields. Word cannot
 * draw a QR code, so the .docx carries it as a PNG picture ({@link QrPng}), 34 mm square as in the PDF.
 */
public final class DrawRecordDocx {
  private static final String BODY_FONT = "仿宋";
  private static final String TITLE_FONT = "宋体";
  private static final String MONO_FONT = "Courier New";
  /** A4 in twentieths of a point, and 20 mm margins. */
  private static final long MARGIN = 1134;
  private static final double QR_SIDE_POINTS = 34 * 72 / 25.4;

  /** Writes the record to {@code file}, replacing it. */
  public void write(DrawRecordSheet sheet, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(sheet, out);
    } catch (IOException e) {
      throw new SuijiException(e, "draw.print.unwritable", file, e.getMessage());
    }
  }

  /** Writes the record as .docx to {@code out} (left open). */
  public void write(DrawRecordSheet sheet, OutputStream out) {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(Messages.msg("draw.print.title") + " " + sheet.taskCode());
      doc.getProperties().getCoreProperties().setSubjectProperty(sheet.qrText());
      page(doc);
      compose(doc, sheet);
      footer(doc, sheet);
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compose(XWPFDocument doc, DrawRecordSheet sheet) {
    var r = sheet.record();
    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    run(title, Messages.msg("draw.print.title"), TITLE_FONT, 22, true);
    if (sheet.voided()) {
      XWPFParagraph voided = doc.createParagraph();
      voided.setAlignment(ParagraphAlignment.CENTER);
      run(voided, Messages.msg("draw.print.voidedMark", String.valueOf(sheet.voidReason())), BODY_FONT, 12, true);
    }

    heading(doc, Messages.msg("draw.print.section.task"));
    List<String[]> block = new ArrayList<>();
    block.add(pair("draw.print.task", Messages.msg("draw.print.taskValue", sheet.taskCode(), sheet.taskName())));
    block.add(pair("draw.print.taskType", Messages.msg(sheet.directed() ? "draw.print.directed" : "draw.print.undirected")));
    block.add(pair("draw.print.window",
        Messages.msg("draw.print.windowValue", sheet.startDate().toString(), sheet.endDate().toString())));
    block.add(pair("draw.print.departments", Formats.departments(sheet)));
    block.add(pair("draw.print.drawnAt", Formats.time(r.createdAt())));
    if (sheet.lateReason() != null) {
      block.add(pair("draw.print.lateReason", sheet.lateReason()));
    }
    block.add(pair("draw.print.attempt", Messages.msg("draw.print.attemptValue", sheet.attempt(), sheet.drawId())));
    block.add(pair("draw.print.operator", r.operator()));
    block.add(pair("draw.print.witnesses", String.join("、", r.witnesses())));
    block.add(pair("draw.print.status", Formats.status(sheet)));
    block.add(pair("draw.print.filters", Formats.filters(sheet)));
    block.add(pair("draw.poolExclusions", Formats.poolExclusions(sheet)));
    block.add(pair("draw.print.exclusions", Messages.msg("draw.print.exclusionsValue", r.conflicts().size())));
    table(doc, new int[] {20, 80}, null, block, -1);

    heading(doc, Messages.msg("draw.print.section.strata"));
    List<String[]> strata = new ArrayList<>();
    sheet.strata().forEach(s -> strata.add(new String[] {StratumLabels.withKey(s.key()), Integer.toString(s.n()), Integer.toString(s.k()),
        s.poolHash()}));
    table(doc, new int[] {12, 12, 12, 64}, labels("draw.print.col.stratum", "draw.print.col.n", "draw.print.col.k",
        "draw.print.col.poolHash"), strata, 3);

    heading(doc, Messages.msg("draw.print.section.groups"));
    List<String[]> groups = new ArrayList<>();
    sheet.groups().forEach(g -> groups.add(new String[] {g.name() + "（" + g.key() + "）", Integer.toString(g.n()),
        Integer.toString(g.m()), g.poolHash()}));
    table(doc, new int[] {30, 10, 12, 48}, labels("draw.print.col.department", "draw.print.col.inspectorCount",
        "draw.print.col.m", "draw.print.col.inspectorHash"), groups, 3);

    heading(doc, Messages.msg("draw.print.section.random"));
    List<String[]> random = new ArrayList<>();
    random.add(pair("draw.print.commitment", r.commitment()));
    random.add(pair("draw.print.nonce", r.nonce()));
    random.add(pair("draw.print.entropy", r.entropy()));
    random.add(pair("draw.print.seed", r.seed()));
    random.add(pair("draw.print.resultHash", r.resultHash()));
    random.add(pair("draw.print.code", sheet.verificationCode()));
    table(doc, new int[] {22, 78}, null, random, 1);

    heading(doc, Messages.msg("draw.print.section.targets", sheet.rows().size()));
    List<String[]> targets = new ArrayList<>();
    for (DrawRecordSheet.TargetRow t : sheet.rows()) {
      targets.add(new String[] {Integer.toString(t.order()), t.name(), t.uscc(), Formats.inspectors(t.inspectors())});
    }
    table(doc, new int[] {7, 38, 23, 32}, labels("draw.print.col.order", "draw.print.col.target",
        "draw.print.col.uscc", "draw.print.col.inspectors"), targets, -1);

    heading(doc, Messages.msg("draw.print.section.verify"));
    paragraph(doc, Messages.msg("draw.print.code") + "：" + sheet.verificationCode(), 14, true);
    paragraph(doc, Messages.msg("draw.print.verifyLine", sheet.verificationCode()), 12, false);
    qrCode(doc, sheet.qrText());
    paragraph(doc, Messages.msg("draw.print.qrCaption"), 9, false);
    List<String[]> anchors = new ArrayList<>();
    anchors.add(new String[] {Messages.msg("draw.print.anchor.digest"), sheet.recordDigest()});
    String chain = sheet.chainAnchor();
    anchors.add(new String[] {Messages.msg("draw.print.anchor.chain"),
        chain == null ? Messages.msg("draw.print.anchor.chainMissing") : chain});
    table(doc, new int[] {22, 78}, null, anchors, 1);
    paragraph(doc, Messages.msg("draw.print.anchor.note"), 9, false);

    heading(doc, Messages.msg("draw.print.section.signatures"));
    paragraph(doc, Messages.msg("draw.print.signOperator", r.operator()), 12, false).setSpacingBefore(360);
    for (String witness : r.witnesses()) {
      paragraph(doc, Messages.msg("draw.print.signWitness", witness), 12, false).setSpacingBefore(360);
    }
  }

  /** The QR code as a picture: 8 pixels a module, shown 34 mm square (about 96 pt). */
  private static void qrCode(XWPFDocument doc, String content) {
    byte[] png = QrPng.png(content, 8);
    XWPFRun run = doc.createParagraph().createRun();
    try (InputStream in = new ByteArrayInputStream(png)) {
      int side = Units.toEMU(QR_SIDE_POINTS);
      run.addPicture(in, Document.PICTURE_TYPE_PNG, "qr.png", side, side);
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("a PNG made here is always accepted", e);
    }
  }

  private static String[] pair(String key, String value) {
    return new String[] {Messages.msg(key), value};
  }

  private static String[] labels(String... keys) {
    String[] out = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = Messages.msg(keys[i]);
    }
    return out;
  }

  /**
   * A bordered table over the text width; {@code widths} in percent; the header row repeats on
   * every page; column {@code monoColumn} (or none, -1) holds hashes in a small monospaced font.
   */
  private static void table(XWPFDocument doc, int[] widths, String @org.jspecify.annotations.Nullable [] header,
      List<String[]> rows, int monoColumn) {
    XWPFTable table = doc.createTable();
    table.setWidthType(TableWidthType.PCT);
    table.setWidth("100%");
    boolean first = true;
    if (header != null) {
      XWPFTableRow row = table.getRow(0);
      fill(row, widths, header, true, -1);
      row.setRepeatHeader(true);
      first = false;
    }
    for (String[] cells : rows) {
      XWPFTableRow row = first ? table.getRow(0) : table.createRow();
      first = false;
      fill(row, widths, cells, false, monoColumn);
      row.setCantSplitRow(true);
    }
  }

  private static void fill(XWPFTableRow row, int[] widths, String[] cells, boolean bold, int monoColumn) {
    for (int i = 0; i < cells.length; i++) {
      XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
      cell.setWidthType(TableWidthType.PCT);
      cell.setWidth(widths[i] + "%");
      String[] lines = cells[i].split("\n", -1);
      for (int l = 0; l < lines.length; l++) {
        XWPFParagraph p = l == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
        if (i == monoColumn) {
          mono(p).setText(lines[l]);
        } else {
          run(p, lines[l], BODY_FONT, 10.5, bold);
        }
      }
    }
  }

  private static XWPFRun mono(XWPFParagraph p) {
    XWPFRun run = p.createRun();
    run.setFontFamily(MONO_FONT);
    run.setFontSize(8.0);
    return run;
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(240);
    p.setKeepNext(true);
    run(p, text, BODY_FONT, 14, true);
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String text, double size, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    run(p, text, BODY_FONT, size, bold);
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, double size, boolean bold) {
    return Docx.run(p, text, eastAsia, size, bold);
  }

  private static void page(XWPFDocument doc) {
    Docx.a4(doc, MARGIN, MARGIN, MARGIN, MARGIN);
  }

  /** 第 N 页 共 M 页 with Word's PAGE and NUMPAGES fields in place of the numbers, then the task and code. */
  private static void footer(XWPFDocument doc, DrawRecordSheet sheet) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    String pattern = Messages.msg("draw.print.page", "\u0001", "\u0002");
    StringBuilder text = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '\u0001' || c == '\u0002') {
        if (text.length() > 0) {
          run(p, text.toString(), BODY_FONT, 9, false);
          text.setLength(0);
        }
        p.getCTP().addNewFldSimple().setInstr(c == '\u0001' ? "PAGE" : "NUMPAGES");
      } else {
        text.append(c);
      }
    }
    text.append("　　").append(Messages.msg("draw.print.footer", sheet.taskCode(), sheet.verificationCode()));
    run(p, text.toString(), BODY_FONT, 9, false);
  }
}
