package cn.suiji.shared.docx.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The one Chinese font a PDF is printed with: advance widths cached per character, and the text
 * made printable (a character the font cannot show becomes a question mark).
 */
final class Glyphs {
  private static final float MISSING = -1;
  private final PDFont font;
  private final float[] bmp = new float[0x10000];
  private final Map<Integer, Float> astral = new HashMap<>();

  Glyphs(PDFont font) {
    this.font = font;
    Arrays.fill(bmp, Float.NaN);
  }

  PDFont font() {
    return font;
  }

  /** The advance of {@code cp} in thousandths of the font size; the question mark's when the font lacks it. */
  float width(int cp) {
    float w = raw(cp);
    return w == MISSING ? raw('?') : w;
  }

  /** Whether the font can show {@code cp}. */
  boolean has(int cp) {
    return raw(cp) != MISSING;
  }

  private float raw(int cp) {
    if (cp < 0x10000) {
      float w = bmp[cp];
      if (Float.isNaN(w)) {
        w = measure(cp);
        bmp[cp] = w;
      }
      return w;
    }
    return astral.computeIfAbsent(cp, this::measure);
  }

  private float measure(int cp) {
    if (cp < 0x20) {
      return MISSING;
    }
    try {
      return font.getStringWidth(new String(Character.toChars(cp)));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return MISSING;
    }
  }

  /** {@code s} with every character the font cannot show replaced. */
  String printable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (!has(cp)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append('?');
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }
}
