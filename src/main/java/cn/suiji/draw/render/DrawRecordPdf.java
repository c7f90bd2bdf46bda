package cn.suiji.draw.render;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.pdf.CjkFontLocator;
import cn.suiji.shared.l10n.Messages;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The printed draw record (抽取记录) as an A4 PDF: title, the task block, strata and inspector
 * groups with their pool hashes, the randomness (commitment, nonce, entropy, seed, result hash,
 * 核验码), the table of drawn targets with their inspectors — continued over pages with its
 * header row repeated — a QR code (spec, task code, 核验码) drawn as vector squares, the line
 * saying how anyone can recompute the draw, and signature lines for the operator and each
 * witness. Every page carries 第 N 页 共 M 页. Only the Chinese font found by
 * {@link CjkFontLocator} is used, embedded as a subset; hashes use its monospaced face.
 */
public final class DrawRecordPdf {
  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 20 * MM;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 20 * MM;
  private static final float TOP = PDRectangle.A4.getHeight() - 18 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float BODY = 10.5f;
  private static final float HASH = 8f;
  private static final float PAD = 3f;

  private final CjkFontLocator fonts;

  public DrawRecordPdf(CjkFontLocator fonts) {
    this.fonts = fonts;
  }

  /** With the fonts of {@link CjkFontLocator#standard}. */
  public DrawRecordPdf() {
    this(CjkFontLocator.standard(null));
  }

  /** Writes the record to {@code file}, replacing it. */
  public void write(DrawRecordSheet sheet, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(sheet, out);
    } catch (IOException e) {
      throw new SuijiException(e, "draw.print.unwritable", file, e.getMessage());
    }
  }

  /** Writes the record as PDF to {@code out} (left open). */
  public void write(DrawRecordSheet sheet, OutputStream out) {
    try (PDDocument document = new PDDocument(); CjkFontLocator.Fonts loaded = fonts.load(document)) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(Messages.msg("draw.print.title") + " " + sheet.taskCode());
      info.setSubject(sheet.qrText());
      info.setCreator("suiji");
      Writer w = new Writer(document, loaded.text(), loaded.mono());
      w.compose(sheet);
      w.finish(sheet);
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One text cell; {@code mono} for hashes and codes (smaller, monospaced where available). */
  private record Cell(String text, boolean mono) {
    static Cell of(String text) {
      return new Cell(text, false);
    }

    static Cell hash(String text) {
      return new Cell(text, true);
    }
  }

  private static final class Writer {
    private final PDDocument document;
    private final PDFont text;
    private final PDFont mono;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private @org.jspecify.annotations.Nullable PDPageContentStream stream;
    private float y;

    Writer(PDDocument document, PDFont text, PDFont mono) throws IOException {
      this.document = document;
      this.text = text;
      this.mono = mono;
      newPage();
    }

    void compose(DrawRecordSheet sheet) throws IOException {
      var r = sheet.record();
      String title = Messages.msg("draw.print.title");
      float titleSize = 18f;
      centred(title, text, titleSize, y - titleSize);
      y -= titleSize + 6;
      if (sheet.voided()) {
        centred(Messages.msg("draw.print.voidedMark", String.valueOf(sheet.voidReason())), text, BODY, y - BODY);
        y -= BODY + 6;
      }
      y -= 6;

      heading(Messages.msg("draw.print.section.task"));
      List<String> departments = sheet.departments().stream()
          .map(d -> d.lead() ? Messages.msg("draw.print.leadMark", d.name()) : d.name()).toList();
      List<Cell[]> block = new ArrayList<>();
      block.add(pair("draw.print.task", Messages.msg("draw.print.taskValue", sheet.taskCode(), sheet.taskName())));
      block.add(pair("draw.print.taskType",
          Messages.msg(sheet.directed() ? "draw.print.directed" : "draw.print.undirected")));
      block.add(pair("draw.print.window", Messages.msg("draw.print.windowValue", sheet.startDate().toString(),
          sheet.endDate().toString())));
      block.add(pair("draw.print.departments", String.join("、", departments)));
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
      table(new float[] {80, WIDTH - 80}, null, block);

      heading(Messages.msg("draw.print.section.strata"));
      List<Cell[]> strata = new ArrayList<>();
      for (DrawRecordSheet.StratumLine s : sheet.strata()) {
        strata.add(new Cell[] {Cell.of(StratumLabels.withKey(s.key())), Cell.of(Integer.toString(s.n())), Cell.of(Integer.toString(s.k())),
            Cell.hash(s.poolHash())});
      }
      table(new float[] {110, 55, 55, WIDTH - 220}, header("draw.print.col.stratum", "draw.print.col.n",
          "draw.print.col.k", "draw.print.col.poolHash"), strata);

      heading(Messages.msg("draw.print.section.groups"));
      List<Cell[]> groups = new ArrayList<>();
      for (DrawRecordSheet.GroupLine g : sheet.groups()) {
        groups.add(new Cell[] {Cell.of(g.name() + "（" + g.key() + "）"), Cell.of(Integer.toString(g.n())),
            Cell.of(Integer.toString(g.m())), Cell.hash(g.poolHash())});
      }
      table(new float[] {185, 45, 70, WIDTH - 300}, header("draw.print.col.department",
          "draw.print.col.inspectorCount", "draw.print.col.m", "draw.print.col.inspectorHash"), groups);

      heading(Messages.msg("draw.print.section.random"));
      List<Cell[]> random = new ArrayList<>();
      random.add(new Cell[] {label("draw.print.commitment"), Cell.hash(r.commitment())});
      random.add(new Cell[] {label("draw.print.nonce"), Cell.hash(r.nonce())});
      random.add(new Cell[] {label("draw.print.entropy"), Cell.of(r.entropy())});
      random.add(new Cell[] {label("draw.print.seed"), Cell.hash(r.seed())});
      random.add(new Cell[] {label("draw.print.resultHash"), Cell.hash(r.resultHash())});
      random.add(new Cell[] {label("draw.print.code"), Cell.of(sheet.verificationCode())});
      table(new float[] {90, WIDTH - 90}, null, random);

      heading(Messages.msg("draw.print.section.targets", sheet.rows().size()));
      List<Cell[]> targets = new ArrayList<>();
      for (DrawRecordSheet.TargetRow t : sheet.rows()) {
        targets.add(new Cell[] {Cell.of(Integer.toString(t.order())), Cell.of(t.name()), Cell.of(t.uscc()),
            Cell.of(Formats.inspectors(t.inspectors()))});
      }
      table(new float[] {30, 150, 130, WIDTH - 310}, header("draw.print.col.order", "draw.print.col.target",
          "draw.print.col.uscc", "draw.print.col.inspectors"), targets);

      verification(sheet);
      signatures(sheet);
    }

    /** Page numbers and the footer, once every page exists. */
    void finish(DrawRecordSheet sheet) throws IOException {
      stream.close();
      int total = document.getNumberOfPages();
      for (int i = 0; i < total; i++) {
        PDPage page = document.getPage(i);
        try (PDPageContentStream s = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
            true, true)) {
          stream = s;
          String number = Messages.msg("draw.print.page", i + 1, total);
          centred(number, text, 9, BOTTOM - 22);
          String footer = Messages.msg("draw.print.footer", sheet.taskCode(), sheet.verificationCode());
          show(footer, text, 8, RIGHT - width(footer, text, 8), BOTTOM - 22);
        }
      }
    }

    private void verification(DrawRecordSheet sheet) throws IOException {
      heading(Messages.msg("draw.print.section.verify"));
      float qr = 34 * MM;
      String line = Messages.msg("draw.print.verifyLine", sheet.verificationCode());
      List<String> lines = wrap(line, text, BODY, WIDTH - qr - 12);
      float needed = Math.max(qr, (lines.size() + 2) * BODY * 1.4f) + 6;
      ensure(needed);
      float top = y;
      qrCode(sheet.qrText(), LEFT, top - qr, qr);
      float x = LEFT + qr + 12;
      float ty = top - 14;
      show(Messages.msg("draw.print.code") + "：" + sheet.verificationCode(), text, 14, x, ty);
      ty -= 18;
      for (String l : lines) {
        show(l, text, BODY, x, ty);
        ty -= BODY * 1.4f;
      }
      show(Messages.msg("draw.print.qrCaption"), text, 8, x, Math.min(ty, top - qr + 2));
      y = Math.min(top - qr, ty) - 10;
      anchor(Messages.msg("draw.print.anchor.digest"), sheet.recordDigest());
      String chain = sheet.chainAnchor();
      anchor(Messages.msg("draw.print.anchor.chain"), chain == null ? Messages.msg("draw.print.anchor.chainMissing")
          : chain);
      List<String> note = wrap(Messages.msg("draw.print.anchor.note"), text, 8, WIDTH);
      ensure(note.size() * 8 * 1.4f + 4);
      for (String l : note) {
        y -= 8 * 1.4f;
        show(l, text, 8, LEFT, y);
      }
      y -= 8;
    }

    /** A label on its own line, then a hash in the monospaced face, wrapped to the page's width. */
    private void anchor(String label, String value) throws IOException {
      List<String> lines = wrap(value, mono, HASH, WIDTH - 10);
      ensure(BODY * 1.4f + lines.size() * HASH * 1.4f + 4);
      y -= BODY * 1.4f;
      show(label, text, BODY, LEFT, y);
      for (String l : lines) {
        y -= HASH * 1.4f;
        show(l, mono, HASH, LEFT + 10, y);
      }
      y -= 4;
    }

    private void signatures(DrawRecordSheet sheet) throws IOException {
      List<String> lines = new ArrayList<>();
      lines.add(Messages.msg("draw.print.signOperator", sheet.record().operator()));
      for (String witness : sheet.record().witnesses()) {
        lines.add(Messages.msg("draw.print.signWitness", witness));
      }
      float step = 30;
      ensure(22 + lines.size() * step);
      heading(Messages.msg("draw.print.section.signatures"));
      for (String l : lines) {
        y -= step;
        show(l, text, BODY + 1, LEFT + 10, y + 8);
      }
    }

    private void heading(String title) throws IOException {
      ensure(12 * 1.5f + 3 * (BODY * 1.35f + 2 * PAD));
      y -= 8;
      show(title, text, 12, LEFT, y - 12);
      y -= 12 + 6;
    }

    private Cell[] pair(String key, String value) {
      return new Cell[] {label(key), Cell.of(value)};
    }

    private static Cell label(String key) {
      return Cell.of(Messages.msg(key));
    }

    private static Cell[] header(String... keys) {
      Cell[] cells = new Cell[keys.length];
      for (int i = 0; i < keys.length; i++) {
        cells[i] = label(keys[i]);
      }
      return cells;
    }

    /** A bordered table; the header row (if any) is repeated at the top of every page it runs onto. */
    private void table(float[] widths, Cell @org.jspecify.annotations.Nullable [] header, List<Cell[]> rows) throws IOException {
      if (header != null) {
        ensure(rowHeight(widths, header) + (rows.isEmpty() ? 0 : rowHeight(widths, rows.get(0))));
        row(widths, header, true);
      }
      for (Cell[] cells : rows) {
        float h = rowHeight(widths, cells);
        if (y - h < BOTTOM) {
          newPage();
          if (header != null) {
            row(widths, header, true);
          }
        }
        row(widths, cells, false);
      }
    }

    private float rowHeight(float[] widths, Cell[] cells) throws IOException {
      float h = 0;
      for (int i = 0; i < cells.length; i++) {
        PDFont f = cells[i].mono() ? mono : text;
        float size = cells[i].mono() ? HASH : BODY;
        int n = wrap(cells[i].text(), f, size, widths[i] - 2 * PAD).size();
        h = Math.max(h, n * size * 1.35f + 2 * PAD);
      }
      return h;
    }

    private void row(float[] widths, Cell[] cells, boolean head) throws IOException {
      float h = rowHeight(widths, cells);
      float x = LEFT;
      if (head) {
        stream.setNonStrokingColor(0.9f);
        stream.addRect(LEFT, y - h, WIDTH, h);
        stream.fill();
        stream.setNonStrokingColor(0f);
      }
      stream.setLineWidth(0.5f);
      for (int i = 0; i < cells.length; i++) {
        stream.addRect(x, y - h, widths[i], h);
        stream.stroke();
        PDFont f = cells[i].mono() ? mono : text;
        float size = cells[i].mono() ? HASH : BODY;
        float ly = y - PAD - size;
        for (String l : wrap(cells[i].text(), f, size, widths[i] - 2 * PAD)) {
          show(l, f, size, x + PAD, ly + size * 0.12f);
          ly -= size * 1.35f;
        }
        x += widths[i];
      }
      y -= h;
    }

    /** The QR code as filled squares, one per dark module, quiet zone included in {@code side}. */
    private void qrCode(String content, float x, float bottom, float side) throws IOException {
      BitMatrix matrix;
      try {
        matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
            Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, "UTF-8"));
      } catch (WriterException e) {
        throw new IllegalStateException("a short ASCII text always fits a QR code", e);
      }
      int n = matrix.getWidth();
      float quiet = 4;
      float module = side / (n + 2 * quiet);
      stream.setNonStrokingColor(0f);
      for (int row = 0; row < n; row++) {
        for (int col = 0; col < n; col++) {
          if (matrix.get(col, row)) {
            stream.addRect(x + (quiet + col) * module, bottom + side - (quiet + row + 1) * module, module, module);
          }
        }
      }
      stream.fill();
    }

    private void ensure(float height) throws IOException {
      if (y - height < BOTTOM) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = TOP;
    }

    private void centred(String s, PDFont font, float size, float baseline) throws IOException {
      String safe = safe(s, font);
      show(safe, font, size, LEFT + (WIDTH - width(safe, font, size)) / 2, baseline);
    }

    private void show(String s, PDFont font, float size, float x, float baseline) throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(safe(s, font));
      stream.endText();
    }

    private float width(String s, PDFont font, float size) throws IOException {
      return font.getStringWidth(safe(s, font)) / 1000f * size;
    }

    /** Lines of at most {@code max} points; breaks at spaces where it can, else between any two characters. */
    private List<String> wrap(String s, PDFont font, float size, float max) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : safe(s, font).split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        float used = 0;
        int lastSpace = -1;
        for (int i = 0; i < paragraph.length(); ) {
          int cp = paragraph.codePointAt(i);
          String ch = new String(Character.toChars(cp));
          float w = font.getStringWidth(ch) / 1000f * size;
          if (used + w > max && line.length() > 0) {
            if (lastSpace > 0 && cp != ' ') {
              String rest = line.substring(lastSpace + 1);
              lines.add(line.substring(0, lastSpace));
              line = new StringBuilder(rest);
              used = font.getStringWidth(rest) / 1000f * size;
            } else {
              lines.add(line.toString());
              line = new StringBuilder();
              used = 0;
            }
            lastSpace = -1;
            if (cp == ' ') {
              i += Character.charCount(cp);
              continue;
            }
          }
          if (cp == ' ') {
            lastSpace = line.length();
          }
          line.append(ch);
          used += w;
          i += Character.charCount(cp);
        }
        lines.add(line.toString());
      }
      return lines;
    }

    /** The text with every character the font cannot show replaced by a question mark. */
    private String safe(String s, PDFont font) {
      StringBuilder out = new StringBuilder(s.length());
      s.codePoints().forEach(cp -> {
        if (cp == '\n') {
          out.append('\n');
          return;
        }
        int key = font == mono ? -cp - 1 : cp;
        boolean ok = printable.computeIfAbsent(key, k -> {
          try {
            font.encode(new String(Character.toChars(cp)));
            return true;
          } catch (IOException | IllegalArgumentException e) {
            return false;
          }
        });
        if (ok) {
          out.appendCodePoint(cp);
        } else {
          out.append('?');
        }
      });
      return out.toString();
    }
  }
}
