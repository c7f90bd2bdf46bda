package cn.suiji.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * Text placed page by page in one Chinese font: a renderer's layout extends it and moves
 * {@link #y} down the page. Pages are added as they fill ({@link #space}, {@link #ensure});
 * text is wrapped between any two characters (Chinese has no spaces to break at) and every
 * character the font cannot show becomes a question mark instead of failing the print;
 * {@link #numberPages} writes 第 N 页 共 M 页 (or any line) once every page exists.
 */
public abstract class PdfPages {
  protected final PDDocument document;
  protected final PDFont font;
  private final PDRectangle size;
  protected final float left;
  protected final float width;
  protected final float top;
  protected final float bottom;
  private final Map<Integer, Boolean> printable = new HashMap<>();
  private @Nullable PDPageContentStream stream;
  /** The baseline the next line is placed under, in points from the page's bottom. */
  protected float y;

  protected PdfPages(PDDocument document, PDFont font, PDRectangle size, float left, float right, float top,
      float bottom) {
    this.document = document;
    this.font = font;
    this.size = size;
    this.left = left;
    this.width = right - left;
    this.top = top;
    this.bottom = bottom;
  }

  /** Closes the page being written, if any, and starts a new one at its top. */
  protected final void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(size);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    stream.setLineWidth(0.5f);
    y = top;
  }

  /** Whether a page has been started. */
  protected final boolean started() {
    return stream != null;
  }

  protected final PDPageContentStream stream() {
    if (stream == null) {
      throw new IllegalStateException("no page");
    }
    return stream;
  }

  /** Moves down by {@code leading}, to a new page if the line would not fit. */
  protected final void space(float leading) throws IOException {
    if (y - leading < bottom) {
      newPage();
    }
    y -= leading;
  }

  /** A new page unless {@code height} still fits above the bottom margin. */
  protected final void ensure(float height) throws IOException {
    if (y - height < bottom) {
      newPage();
    }
  }

  protected final void centred(String s, float fontSize, float baseline) throws IOException {
    show(s, fontSize, left + (width - width(s, fontSize)) / 2, baseline);
  }

  protected final void show(String s, float fontSize, float x, float baseline) throws IOException {
    PDPageContentStream st = stream();
    st.beginText();
    st.setFont(font, fontSize);
    st.newLineAtOffset(x, baseline);
    st.showText(safe(s));
    st.endText();
  }

  protected final float width(String s, float fontSize) throws IOException {
    return font.getStringWidth(safe(s)) / 1000f * fontSize;
  }

  /** Punctuation that must not begin a line. */
  private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—,.;:?!)]}%";

  /**
   * Lines of at most {@code max} points, broken between any two characters except before a
   * closing mark, which may pass the margin by its own width.
   */
  protected final List<String> wrap(String s, float fontSize, float max) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    String text = safe(s);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      float w = font.getStringWidth(ch) / 1000f * fontSize;
      // a closing mark never starts a line (避头): it stays at the end of this one, a little past the margin
      if (used + w > max && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      line.append(ch);
      used += w;
      i += Character.charCount(cp);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Closes the last page and writes {@code line.apply(n, total)} centred at {@code baseline} on
   * each page (a blank page first if nothing was written).
   */
  protected final void numberPages(BiFunction<Integer, Integer, String> line, float fontSize, float baseline)
      throws IOException {
    if (stream == null) {
      newPage();
    }
    stream().close();
    int total = document.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      try (PDPageContentStream s = new PDPageContentStream(document, document.getPage(i),
          PDPageContentStream.AppendMode.APPEND, true, true)) {
        stream = s;
        centred(line.apply(i + 1, total), fontSize, baseline);
      }
    }
  }

  /** The text with every character the font cannot show replaced by a question mark. */
  protected final String safe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      boolean ok = cp >= 0x20 && printable.computeIfAbsent(cp, k -> {
        try {
          font.encode(new String(Character.toChars(cp)));
          return true;
        } catch (IOException | IllegalArgumentException e) {
          return false;
        }
      });
      out.append(ok ? new String(Character.toChars(cp)) : "?");
    });
    return out.toString();
  }
}
