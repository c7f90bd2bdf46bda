package cn.suiji.shared.docx.pdf;

import cn.suiji.shared.docx.template.DocxBatchWriter;
import cn.suiji.shared.docx.template.DocxTemplate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/**
 * Lays documents filled from {@link DocxTemplate}s out as PDF pages, one document after the
 * other, each starting a new page with its template's page set-up, its pages numbered from 1,
 * its headers and footers (odd, even, first page) and its watermarks. Reads the same filled
 * WordprocessingML the .docx stores, with the same styles (the file's own, and what a later
 * template adds), so both files say the same. One Chinese font prints everything; faces meant
 * to be heavy (黑体, 小标宋) and bold text are drawn emboldened.
 */
public final class WordPdf {
  private static final Pattern EVEN_ODD = Pattern.compile("<w:evenAndOddHeaders(\\s+w:val=\"([^\"]*)\")?\\s*/>");
  private static final Pattern DEFAULT_TAB = Pattern.compile("<w:defaultTabStop\\s+w:val=\"(\\d+)\"");

  private final PDDocument pdf;
  private final Glyphs glyphs;
  private final BodyReader reader;
  private final boolean evenAndOdd;
  private final float defaultTab;
  private final Map<String, Flow.Parsed> headersAndFooters = new HashMap<>();
  private final Map<String, Flow.Geometry> finalSections = new HashMap<>();
  private @Nullable PDExtendedGraphicsState translucent;

  // the page being filled
  private @Nullable PDPageContentStream stream;
  private Flow.Geometry geometry = Flow.Geometry.a4();
  private float y;
  private boolean pageHasContent;
  private final List<PageInfo> documentPages = new ArrayList<>();

  /**
   * A page of the document being laid out, kept until its headers and footers are drawn, with
   * its content stream still open (one stream per page: each stream PDFBox keeps holds a page of
   * its buffer in memory) — but for the pages of a very long document, which are closed as they
   * are filled and get a second stream for their footers.
   */
  private static final class PageInfo {
    final PDPage page;
    final Flow.Geometry geometry;
    final boolean firstOfSection;
    final List<Flow.Watermark> watermarks = new ArrayList<>();
    @Nullable PDPageContentStream open;

    PageInfo(PDPage page, Flow.Geometry geometry, boolean firstOfSection, PDPageContentStream open) {
      this.page = page;
      this.geometry = geometry;
      this.firstOfSection = firstOfSection;
      this.open = open;
    }
  }

  /** Pages of one document whose streams stay open until its footers are drawn. */
  private static final int OPEN_PAGES = 40;

  /**
   * @param templates every template whose documents will be added, the file's own first (as
   *     given to {@link DocxBatchWriter}): its settings and their styles apply
   */
  public WordPdf(PDDocument pdf, PDFont font, List<DocxTemplate> templates) {
    this.pdf = pdf;
    this.glyphs = new Glyphs(font);
    this.reader = new BodyReader(Styles.read(DocxBatchWriter.styles(templates)));
    String settings = templates.get(0).settings();
    Matcher m = EVEN_ODD.matcher(settings);
    this.evenAndOdd = m.find() && (m.group(2) == null || m.group(2).equals("1") || m.group(2).equals("true")
        || m.group(2).equals("on"));
    Matcher t = DEFAULT_TAB.matcher(settings);
    this.defaultTab = t.find() ? Integer.parseInt(t.group(1)) / 20f : 21;
  }

  /** Lays out one document: {@code body} as {@link DocxTemplate#fill} made it (without a section end). */
  public void add(DocxTemplate template, String body) throws IOException {
    Flow.Parsed parsed;
    try {
      parsed = reader.read(template.documentStart() + body + template.documentEnd());
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    Flow.Geometry last = parsed.lastSection() != null ? parsed.lastSection() : Flow.Geometry.a4();
    finalSections.put(template.tag(), last);
    List<Flow.Block> section = new ArrayList<>();
    for (Flow.Block b : parsed.blocks()) {
      section.add(b);
      if (b instanceof Flow.Paragraph p && p.sectionEnd != null) {
        layoutSection(p.sectionEnd, section);
        section = new ArrayList<>();
      }
    }
    layoutSection(last, section);
    endDocument(template);
  }

  private void layoutSection(Flow.Geometry g, List<Flow.Block> blocks) throws IOException {
    newPage(g, true);
    for (int i = 0; i < blocks.size(); i++) {
      Flow.Block b = blocks.get(i);
      if (b instanceof Flow.Paragraph p) {
        paragraph(p, blocks, i);
      } else if (b instanceof Flow.Table t) {
        table(t);
      }
    }
  }

  // ---- pages ----

  private void newPage(Flow.Geometry g, boolean firstOfSection) throws IOException {
    if (documentPages.size() >= OPEN_PAGES) {
      PageInfo previous = documentPages.get(documentPages.size() - 1);
      if (previous.open != null) {
        previous.open.close();
        previous.open = null;
      }
    }
    geometry = g;
    PDPage page = new PDPage(new PDRectangle(g.width(), g.height()));
    pdf.addPage(page);
    stream = new PDPageContentStream(pdf, page);
    documentPages.add(new PageInfo(page, g, firstOfSection, stream));
    y = g.top();
    pageHasContent = false;
  }

  private List<Flow.Watermark> currentMarks() {
    return documentPages.get(documentPages.size() - 1).watermarks;
  }

  private float limit() {
    return geometry.height() - geometry.bottom();
  }

  private Lines.Setting setting(UnaryOperator<String> fields) {
    return new Lines.Setting(glyphs, geometry, defaultTab, fields);
  }

  private static final UnaryOperator<String> NO_FIELDS = name -> "1";

  /** Headers, footers and watermarks, once the document's page count is known; then the pages are closed. */
  private void endDocument(DocxTemplate template) throws IOException {
    int total = documentPages.size();
    for (int i = 0; i < total; i++) {
      PageInfo info = documentPages.get(i);
      int number = i + 1;
      String type = info.firstOfSection && info.geometry.titlePage() ? "first"
          : evenAndOdd && number % 2 == 0 ? "even" : "default";
      UnaryOperator<String> fields = name -> name.equals("PAGE") ? String.valueOf(number) : String.valueOf(total);
      try (PDPageContentStream s = info.open != null ? info.open
          : new PDPageContentStream(pdf, info.page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        info.open = null;
        stream = s;
        geometry = info.geometry;
        Flow.Parsed header = part(template, info.geometry.headers().get(type));
        Flow.Parsed footer = part(template, info.geometry.footers().get(type));
        List<Flow.Watermark> marks = new ArrayList<>(info.watermarks);
        if (header != null) {
          List<Box> boxes = boxes(header.blocks(), geometry.textWidth(), setting(fields));
          drawBoxes(boxes, geometry.left(), geometry.header(), geometry.textWidth(), marks);
        }
        if (footer != null) {
          List<Box> boxes = boxes(footer.blocks(), geometry.textWidth(), setting(fields));
          float h = 0;
          for (Box b : boxes) {
            h += b.height();
          }
          drawBoxes(boxes, geometry.left(), geometry.height() - geometry.footer() - h, geometry.textWidth(), marks);
        }
        for (Flow.Watermark w : marks) {
          watermark(w);
        }
      }
      stream = null;
    }
    documentPages.clear();
  }

  private Flow.@Nullable Parsed part(DocxTemplate template, @Nullable String id) throws IOException {
    if (id == null) {
      return null;
    }
    String key = template.tag() + "\u0000" + id;
    Flow.Parsed cached = headersAndFooters.get(key);
    if (cached != null || headersAndFooters.containsKey(key)) {
      return cached;
    }
    byte[] xml = template.part(id);
    Flow.Parsed parsed = null;
    if (xml != null) {
      try {
        parsed = reader.read(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
      } catch (XMLStreamException e) {
        parsed = null; // an unreadable header prints nothing
      }
    }
    headersAndFooters.put(key, parsed);
    return parsed;
  }

  // ---- paragraphs in the body ----

  /** The paragraph at {@code blocks[i]}; one kept with the next moves to a new page with its whole chain. */
  private void paragraph(Flow.Paragraph p, List<Flow.Block> blocks, int i) throws IOException {
    if (p.pageBreakBefore && pageHasContent) {
      newPage(geometry, false);
    }
    Lines.Laid laid = Lines.lay(p, geometry.textWidth(), setting(NO_FIELDS));
    float before = before(p);
    float after = after(p);
    if (p.keepNext && i + 1 < blocks.size() && pageHasContent
        && y + before + laid.linesHeight() + after + keptAfter(blocks, i + 1) > limit()) {
      newPage(geometry, false);
    }
    y += before;
    currentMarks().addAll(laid.watermarks());
    float top = y;
    for (Lines.Line line : laid.lines()) {
      if (y + line.height() > limit() + 0.01f && pageHasContent) {
        newPage(geometry, false);
        top = y;
      }
      drawLine(line, geometry.left(), y);
      y += line.height();
      pageHasContent = true;
      if (line.pageBreakAfter()) {
        newPage(geometry, false);
        top = y;
      }
    }
    borders(p, geometry.left(), geometry.textWidth(), top, y);
    y += after;
  }

  private float before(Flow.Paragraph p) {
    return Float.isNaN(p.beforeLines) ? p.before : p.beforeLines * lineUnit();
  }

  private float after(Flow.Paragraph p) {
    return Float.isNaN(p.afterLines) ? p.after : p.afterLines * lineUnit();
  }

  private float lineUnit() {
    return geometry.lineGrid() ? geometry.linePitch() : 12;
  }

  /**
   * The height that must follow a paragraph kept with the next on the same page: every following
   * paragraph also kept with its next (a chain, as Word keeps it — e.g. a notice's last lines, the
   * seal space, the issuer and the date), then the first line of the block after the chain.
   */
  private float keptAfter(List<Flow.Block> blocks, int from) {
    float height = 0;
    int j = from;
    while (j < blocks.size() && blocks.get(j) instanceof Flow.Paragraph q && q.keepNext && !q.pageBreakBefore) {
      height += before(q) + Lines.lay(q, geometry.textWidth(), setting(NO_FIELDS)).linesHeight() + after(q);
      j++;
    }
    return j < blocks.size() ? height + firstLine(blocks.get(j)) : height;
  }

  /** About the height of {@code b}'s first line, for keeping a paragraph with the next. */
  private float firstLine(Flow.Block b) {
    if (b instanceof Flow.Paragraph p) {
      return before(p) + (p.rule == Flow.LineRule.EXACT ? p.line : p.markSize * Lines.SINGLE);
    }
    return 24;
  }

  private void borders(Flow.Paragraph p, float x, float width, float top, float bottom) throws IOException {
    if (p.top != null) {
      rule(p.top, x + p.left, x + width - p.right, top);
    }
    if (p.bottom != null) {
      rule(p.bottom, x + p.left, x + width - p.right, bottom + 1);
    }
  }

  private void rule(Props.Line line, float x1, float x2, float yTop) throws IOException {
    PDPageContentStream s = stream();
    s.setLineWidth(line.width());
    color(s, line.rgb(), true);
    s.moveTo(x1, geometry.height() - yTop);
    s.lineTo(x2, geometry.height() - yTop);
    s.stroke();
  }

  // ---- drawing text ----

  private void drawLine(Lines.Line line, float x0, float top) throws IOException {
    float baseline = geometry.height() - (top + line.height() / 2 + 0.36f * line.size());
    PDPageContentStream s = stream();
    for (Lines.Piece piece : line.pieces()) {
      Flow.Style st = piece.style();
      float stroke = (st.bold() ? 0.035f : 0) + (st.heavy() ? 0.025f : 0);
      if (stroke > 0) {
        s.setLineWidth(st.size() * stroke);
        color(s, st.rgb(), true);
      }
      s.beginText();
      s.setFont(glyphs.font(), st.size());
      color(s, st.rgb(), false);
      s.setRenderingMode(stroke > 0 ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
      s.setCharacterSpacing(piece.charSpacing());
      s.setTextMatrix(Matrix.getTranslateInstance(x0 + piece.x(), baseline + st.rise()));
      s.showText(glyphs.printable(piece.text()));
      s.endText();
      if (st.underline()) {
        s.setLineWidth(Math.max(0.5f, st.size() / 18));
        color(s, st.rgb(), true);
        float uy = baseline + st.rise() - st.size() * 0.13f;
        s.moveTo(x0 + piece.x(), uy);
        s.lineTo(x0 + piece.x() + piece.width(), uy);
        s.stroke();
      }
    }
  }

  private static void color(PDPageContentStream s, int rgb, boolean stroking) throws IOException {
    float r = ((rgb >> 16) & 0xFF) / 255f;
    float g = ((rgb >> 8) & 0xFF) / 255f;
    float b = (rgb & 0xFF) / 255f;
    if (stroking) {
      s.setStrokingColor(r, g, b);
    } else {
      s.setNonStrokingColor(r, g, b);
    }
  }

  private void watermark(Flow.Watermark w) throws IOException {
    PDPageContentStream s = stream();
    if (translucent == null) {
      translucent = new PDExtendedGraphicsState();
      translucent.setNonStrokingAlphaConstant(0.35f);
      translucent.setStrokingAlphaConstant(0.35f);
    }
    String text = glyphs.printable(w.text());
    float size = Math.min(geometry.width(), geometry.height()) * 0.9f / Math.max(2, text.codePointCount(0, text.length()));
    float width = glyphs.font().getStringWidth(text) / 1000f * size;
    s.saveGraphicsState();
    s.setGraphicsStateParameters(translucent);
    color(s, w.rgb(), false);
    color(s, w.rgb(), true);
    s.setLineWidth(size * 0.03f);
    Matrix m = Matrix.getTranslateInstance(geometry.width() / 2, geometry.height() / 2);
    m.concatenate(Matrix.getRotateInstance(Math.toRadians(45), 0, 0));
    m.concatenate(Matrix.getTranslateInstance(-width / 2, -size * 0.35f));
    s.beginText();
    s.setFont(glyphs.font(), size);
    s.setRenderingMode(RenderingMode.FILL_STROKE);
    s.setTextMatrix(m);
    s.showText(text);
    s.endText();
    s.restoreGraphicsState();
  }

  private PDPageContentStream stream() {
    if (stream == null) {
      throw new IllegalStateException("no page");
    }
    return stream;
  }

  // ---- tables ----

  private void table(Flow.Table t) throws IOException {
    TableLayout layout = new TableLayout(t, geometry.textWidth());
    float x = geometry.left() + layout.offset();
    List<TableLayout.LaidRow> headers = new ArrayList<>();
    for (int i = 0; i < t.rows.size(); i++) {
      TableLayout.LaidRow row = layout.row(i, this::boxes, setting(NO_FIELDS));
      if (row.row().header && headers.size() == i) {
        headers.add(row);
      }
      if (y + row.height() > limit() + 0.01f && pageHasContent) {
        newPage(geometry, false);
        if (i >= headers.size()) {
          for (TableLayout.LaidRow h : headers) {
            drawRow(layout, h, x, y, true, currentMarks());
            y += h.height();
          }
        }
      }
      drawRow(layout, row, x, y, false, currentMarks());
      y += row.height();
      pageHasContent = true;
    }
  }

  private void drawRow(TableLayout layout, TableLayout.LaidRow row, float x, float top, boolean repeated,
      List<Flow.Watermark> marks) throws IOException {
    PDPageContentStream s = stream();
    for (TableLayout.LaidCell cell : row.cells()) {
      float cx = x + cell.x();
      if (cell.cell().fill != null) {
        color(s, cell.cell().fill, false);
        s.addRect(cx, geometry.height() - top - row.height(), cell.width(), row.height());
        s.fill();
      }
      if (!"continue".equals(cell.cell().vMerge)) {
        float free = row.height() - cell.contentHeight();
        float offset = switch (cell.cell().vAlign) {
          case "center" -> free / 2;
          case "bottom" -> free;
          default -> 0;
        };
        drawBoxes(cell.boxes(), cx + cell.margins()[1], top + cell.margins()[0] + Math.max(0, offset),
            cell.width() - cell.margins()[1] - cell.margins()[3], marks);
      }
      Props.Line[] edges = layout.edges(row, cell, repeated);
      float bottom = top + row.height();
      float right = cx + cell.width();
      if (edges[0] != null) {
        rule(edges[0], cx, right, top);
      }
      if (edges[2] != null) {
        rule(edges[2], cx, right, bottom);
      }
      if (edges[1] != null) {
        vertical(edges[1], cx, top, bottom);
      }
      if (edges[3] != null) {
        vertical(edges[3], right, top, bottom);
      }
    }
  }

  private void vertical(Props.Line line, float x, float top, float bottom) throws IOException {
    PDPageContentStream s = stream();
    s.setLineWidth(line.width());
    color(s, line.rgb(), true);
    s.moveTo(x, geometry.height() - top);
    s.lineTo(x, geometry.height() - bottom);
    s.stroke();
  }

  // ---- boxes: blocks laid out whole (in cells, headers, footers) ----

  /** A block laid out in a given width, drawn whole. */
  interface Box {
    float height();
  }

  private record ParagraphBox(Lines.Laid laid, float before, float after) implements Box {
    @Override
    public float height() {
      return before + laid.linesHeight() + after;
    }
  }

  private record TableBox(TableLayout layout, List<TableLayout.LaidRow> rows) implements Box {
    @Override
    public float height() {
      float h = 0;
      for (TableLayout.LaidRow r : rows) {
        h += r.height();
      }
      return h;
    }
  }

  List<Box> boxes(List<Flow.Block> blocks, float width, Lines.Setting setting) {
    List<Box> out = new ArrayList<>();
    for (Flow.Block b : blocks) {
      if (b instanceof Flow.Paragraph p) {
        out.add(new ParagraphBox(Lines.lay(p, width, setting), before(p), after(p)));
      } else if (b instanceof Flow.Table t) {
        TableLayout layout = new TableLayout(t, width);
        List<TableLayout.LaidRow> rows = new ArrayList<>();
        for (int i = 0; i < t.rows.size(); i++) {
          rows.add(layout.row(i, this::boxes, setting));
        }
        out.add(new TableBox(layout, rows));
      }
    }
    return out;
  }

  private void drawBoxes(List<Box> boxes, float x, float top, float width, List<Flow.Watermark> marks)
      throws IOException {
    float at = top;
    for (Box b : boxes) {
      if (b instanceof ParagraphBox pb) {
        float lineTop = at + pb.before();
        float start = lineTop;
        for (Lines.Line line : pb.laid().lines()) {
          drawLine(line, x, lineTop);
          lineTop += line.height();
        }
        marks.addAll(pb.laid().watermarks());
        borders(pb.laid().paragraph(), x, width, start, lineTop);
      } else if (b instanceof TableBox tb) {
        float rowTop = at;
        float tx = x + tb.layout().offset();
        for (TableLayout.LaidRow r : tb.rows()) {
          drawRow(tb.layout(), r, tx, rowTop, false, marks);
          rowTop += r.height();
        }
      }
      at += b.height();
    }
  }
}
