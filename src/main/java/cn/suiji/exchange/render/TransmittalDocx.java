package cn.suiji.exchange.render;

import cn.suiji.exchange.domain.Transmittal;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.docx.Docx;
import cn.suiji.shared.docx.QrPng;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The 交接单 as Word: the title, a two-column table of what the batch is (the manifest's SHA-256
 * in full, in a monospaced face), the QR code of the batch and hash as a picture, and the
 * signature lines of who hands it over and who receives it.
 */
public final class TransmittalDocx {
  private static final String SONG = "宋体";
  private static final String FANGSONG = "仿宋";
  private static final double QR_POINTS = 30 * 72 / 25.4;
  private static final int LABEL_TWIPS = 2600;
  private static final int VALUE_TWIPS = 6244;

  /** Writes {@code file}, replacing it. */
  public void write(Transmittal t, Path file) {
    try (XWPFDocument doc = document(t); OutputStream out = Files.newOutputStream(file)) {
      doc.write(out);
    } catch (IOException e) {
      throw new SuijiException(e, "exchange.transmittal.unwritable", file, e.getMessage());
    }
  }

  private static XWPFDocument document(Transmittal t) throws IOException {
    XWPFDocument doc = new XWPFDocument();
    Docx.a4(doc, 1440, 1440, 1588, 1474);
    doc.getProperties().getCoreProperties().setTitle(TransmittalLines.title() + " " + t.batchKey());
    doc.getProperties().getCoreProperties().setSubjectProperty(t.manifestSha256() == null ? "" : t.manifestSha256());
    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    title.setSpacingAfter(240);
    Docx.run(title, TransmittalLines.title(), SONG, 22, true);
    XWPFTable table = doc.createTable();
    // fixed columns (twips of the 8,844 between the margins): the value column holds the hash on one line
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(Integer.toString(LABEL_TWIPS + VALUE_TWIPS));
    var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
    grid.addNewGridCol().setW(java.math.BigInteger.valueOf(LABEL_TWIPS));
    grid.addNewGridCol().setW(java.math.BigInteger.valueOf(VALUE_TWIPS));
    boolean first = true;
    for (TransmittalLines.Line line : TransmittalLines.of(t)) {
      XWPFTableRow row = first ? table.getRow(0) : table.createRow();
      if (first) {
        row.addNewTableCell();
        first = false;
      }
      row.getCell(0).setWidthType(TableWidthType.DXA);
      row.getCell(0).setWidth(Integer.toString(LABEL_TWIPS));
      row.getCell(1).setWidthType(TableWidthType.DXA);
      row.getCell(1).setWidth(Integer.toString(VALUE_TWIPS));
      cell(row, 0, line.label(), false);
      boolean hash = line.value().matches("[0-9a-f]{64}");
      cell(row, 1, line.value(), hash);
    }
    XWPFParagraph qr = doc.createParagraph();
    qr.setAlignment(ParagraphAlignment.CENTER);
    qr.setSpacingBefore(240);
    try (InputStream png = new ByteArrayInputStream(QrPng.png(TransmittalLines.qr(t), 8))) {
      int side = Units.toEMU(QR_POINTS);
      qr.createRun().addPicture(png, PictureType.PNG, "qr.png", side, side);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
    XWPFParagraph caption = doc.createParagraph();
    caption.setAlignment(ParagraphAlignment.CENTER);
    Docx.run(caption, cn.suiji.shared.l10n.Messages.msg("exchange.transmittal.qrCaption"), FANGSONG, 9, false);
    for (String who : TransmittalLines.signatures()) {
      XWPFParagraph p = doc.createParagraph();
      p.setSpacingBefore(360);
      Docx.run(p, who, FANGSONG, 14, false);
    }
    return doc;
  }

  private static void cell(XWPFTableRow row, int column, String text, boolean mono) {
    XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
    if (mono) {
      Docx.run(p, text, FANGSONG, 7.5, false).setFontFamily("Courier New");
    } else {
      Docx.run(p, text, FANGSONG, 12, column == 0);
    }
  }
}
