package cn.suiji.shared.docx.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Breaks a paragraph into lines the way Chinese text is set: a line may end between any two
 * Chinese characters, but not inside a run of Latin letters or digits, not before a closing
 * mark (，。、；：？！）》” …) and not after an opening one (（《“ …). Each character advances by
 * its width, its run's character spacing and, on a character grid (w:docGrid linesAndChars),
 * the grid's adjustment — so 28 characters of 3号 fill a GB/T 9704 line as they do in Word.
 * Justified lines share the remaining space between their characters.
 */
final class Lines {
  /** Height of single spacing, as a multiple of the font size (what Word gives the Chinese 仿宋 and 宋体). */
  static final float SINGLE = 1.3f;
  /** The space Word adds between Chinese and Latin text, as a share of the font size. */
  private static final float AUTO_SPACE = 0.25f;
  private static final String NO_START = "，。、；：？！）》」』】〕〉”’…·%‰,.;:?!)]}>ー々〃";
  private static final String NO_END = "（《「『【〔〈“‘([{<";
  /** Closing marks that may hang past the right margin rather than take the last character down with them. */
  private static final String HANGING = "，。、；：？！,.;:?!";
  private static final byte CHAR = 0;
  private static final byte SPACE = 1;
  private static final byte TAB = 2;
  private static final byte BREAK = 3;
  private static final byte PAGE = 4;
  private static final byte FIELD = 5;

  private Lines() {}

  /** A run of text drawn with one style and one character spacing, at {@code x} from the column's left. */
  record Piece(String text, Flow.Style style, float x, float charSpacing, float width) {}

  /** One line: its pieces, its height and the font size that places its baseline. */
  record Line(List<Piece> pieces, float height, float size, boolean pageBreakAfter) {}

  /** A paragraph laid out for a width: its lines, and the watermarks it carries. */
  record Laid(Flow.Paragraph paragraph, List<Line> lines, List<Flow.Watermark> watermarks) {
    float linesHeight() {
      float h = 0;
      for (Line l : lines) {
        h += l.height();
      }
      return h;
    }
  }

  /** What laying out needs besides the paragraph. */
  record Setting(Glyphs glyphs, Flow.Geometry geometry, float defaultTab, UnaryOperator<String> fields) {}

  /** Lays {@code p} out in a column {@code width} points wide. */
  static Laid lay(Flow.Paragraph p, float width, Setting s) {
    Units u = new Units();
    List<Flow.Watermark> watermarks = new ArrayList<>();
    for (Flow.Item item : p.items) {
      if (item instanceof Flow.Text t) {
        u.text(t.text(), t.style(), s);
      } else if (item instanceof Flow.Tab t) {
        u.add(' ', t.style(), 0, TAB, null);
      } else if (item instanceof Flow.Break b) {
        u.add('\n', null, 0, b.page() ? PAGE : BREAK, null);
      } else if (item instanceof Flow.Field f) {
        String value = s.fields().apply(f.name());
        float w = 0;
        for (int i = 0; i < value.length(); ) {
          int cp = value.codePointAt(i);
          w += s.glyphs().width(cp) / 1000f * f.style().size() + f.style().spacing();
          i += Character.charCount(cp);
        }
        u.add('0', f.style(), w, FIELD, value);
      } else if (item instanceof Flow.Watermark m) {
        watermarks.add(m);
      }
    }
    List<Line> lines = new ArrayList<>();
    float lineGap = s.geometry().lineGrid() && p.snap ? s.geometry().linePitch() : 0;
    int i = 0;
    boolean first = true;
    if (u.n == 0) {
      lines.add(new Line(List.of(), height(p, p.markSize, lineGap), p.markSize, false));
    }
    while (i < u.n) {
      float start = p.left + (first ? p.first : 0);
      float avail = width - start - p.right;
      if (!first) {
        while (i < u.n && u.kind[i] == SPACE) {
          i++;
        }
        if (i >= u.n) {
          break;
        }
      }
      int end = i;
      float used = 0;
      boolean hard = false;
      boolean page = false;
      int next = -1;
      while (end < u.n) {
        byte k = u.kind[end];
        if (k == BREAK || k == PAGE) {
          hard = true;
          page = k == PAGE;
          next = end + 1;
          break;
        }
        float w = k == TAB ? tab(start + used, s.defaultTab(), p.tabs) - (start + used) : u.width[end];
        u.width[end] = w;
        if (used + w > avail + 0.01f && end > i && k == CHAR && HANGING.indexOf(u.cp[end]) >= 0 && used <= avail + 0.01f) {
          // a closing mark that does not fit hangs in the margin, as Word and WPS let it
          used += w;
          end++;
          next = end;
          break;
        }
        if (used + w > avail + 0.01f && end > i && k != SPACE) {
          int b = end;
          while (b > i && !u.breakBefore(b)) {
            b--;
          }
          if (b == i) {
            b = end;
          }
          end = b;
          next = b;
          break;
        }
        used += w;
        end++;
      }
      if (next < 0) {
        next = end;
      }
      boolean last = next >= u.n;
      lines.add(line(p, u, i, end, start, avail, hard || last, page, lineGap));
      i = next;
      first = false;
      if (hard && i >= u.n && !page) {
        // a break at the very end leaves an empty last line, as in Word
        lines.add(new Line(List.of(), height(p, p.markSize, lineGap), p.markSize, false));
      }
    }
    return new Laid(p, lines, watermarks);
  }

  /** The next tab stop after {@code x}: a set one, else the next multiple of the default interval. */
  private static float tab(float x, float interval, float[] stops) {
    for (float stop : stops) {
      if (stop > x + 0.5f) {
        return stop;
      }
    }
    float step = interval <= 0 ? 21 : interval;
    return (float) (Math.floor(x / step) + 1) * step;
  }

  private static float height(Flow.Paragraph p, float size, float gap) {
    return switch (p.rule) {
      case EXACT -> p.line;
      case AT_LEAST -> Math.max(p.line, size * SINGLE);
      case AUTO -> {
        float h = size * SINGLE * p.line;
        if (gap > 0) {
          h = (float) Math.max(1, Math.ceil(h / gap - 0.05)) * gap;
        }
        yield h;
      }
    };
  }

  private static Line line(Flow.Paragraph p, Units u, int from, int to, float start, float avail, boolean lastOfRun,
      boolean page, float lineGap) {
    int contentEnd = to;
    while (contentEnd > from && u.kind[contentEnd - 1] == SPACE) {
      contentEnd--;
    }
    float size = 0;
    float used = 0;
    for (int k = from; k < contentEnd; k++) {
      if (u.style[k] != null) {
        size = Math.max(size, u.style[k].size());
      }
      used += u.width[k];
    }
    if (size == 0) {
      size = p.markSize;
    }
    float x = start;
    float extra = 0;
    int gaps = contentEnd - from - 1;
    switch (p.align) {
      case "center" -> x += (avail - used) / 2;
      case "right", "end" -> x += avail - used;
      case "both", "distribute", "thaiDistribute", "lowKashida", "mediumKashida", "highKashida" -> {
        if ((!lastOfRun || p.align.equals("distribute")) && gaps > 0 && used < avail) {
          extra = (avail - used) / gaps;
        }
      }
      default -> { }
    }
    List<Piece> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Flow.Style style = null;
    float spacing = 0;
    float pieceX = x;
    float pieceW = 0;
    for (int k = from; k < contentEnd; k++) {
      byte kind = u.kind[k];
      float advance = u.width[k] + (k < contentEnd - 1 ? extra : 0);
      if (kind == TAB || kind == FIELD) {
        flush(pieces, text, style, pieceX, spacing, pieceW);
        if (kind == FIELD) {
          pieces.add(new Piece(u.field(k), u.style[k], x, extra, u.width[k]));
        }
        x += advance;
        pieceX = x;
        pieceW = 0;
        style = null;
        continue;
      }
      float natural = u.glyph[k];
      float tc = advance - natural;
      if (style != u.style[k] || Math.abs(tc - spacing) > 0.001f) {
        flush(pieces, text, style, pieceX, spacing, pieceW);
        style = u.style[k];
        spacing = tc;
        pieceX = x;
        pieceW = 0;
      }
      text.appendCodePoint(u.cp[k]);
      pieceW += advance;
      x += advance;
    }
    flush(pieces, text, style, pieceX, spacing, pieceW);
    return new Line(pieces, height(p, size, lineGap), size, page);
  }

  private static void flush(List<Piece> pieces, StringBuilder text, Flow.Style style, float x, float spacing,
      float width) {
    if (text.length() > 0 && style != null) {
      pieces.add(new Piece(text.toString(), style, x, spacing, width));
    }
    text.setLength(0);
  }

  /** The paragraph's characters in parallel arrays: code point, style, advance, glyph width, kind. */
  private static final class Units {
    int n;
    int[] cp = new int[64];
    Flow.Style[] style = new Flow.Style[64];
    float[] width = new float[64];
    float[] glyph = new float[64];
    byte[] kind = new byte[64];
    private java.util.Map<Integer, String> fields;

    void text(String s, Flow.Style st, Setting setting) {
      Flow.Geometry g = setting.geometry();
      float delta = g.charGrid() ? g.charDelta() : 0;
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        if (c == '\n' || c == '\r') {
          add('\n', null, 0, BREAK, null);
          continue;
        }
        if (!setting.glyphs().has(c)) {
          c = '?';
        }
        float w = setting.glyphs().width(c) / 1000f * st.size();
        if (n > 0 && kind[n - 1] == CHAR && (ideograph(cp[n - 1]) && alnum(c) || alnum(cp[n - 1]) && ideograph(c))) {
          // Word's and WPS's automatic space between Chinese and Latin letters or digits (autoSpaceDE/DN)
          width[n - 1] += AUTO_SPACE * Math.min(style[n - 1].size(), st.size());
        }
        int at = n;
        add(c, st, w + st.spacing() + (c >= 0x2E80 ? delta : 0), c == ' ' ? SPACE : CHAR, null);
        glyph[at] = w;
      }
    }

    void add(int c, Flow.Style st, float w, byte k, String field) {
      if (n == cp.length) {
        int size = n * 2;
        cp = java.util.Arrays.copyOf(cp, size);
        style = java.util.Arrays.copyOf(style, size);
        width = java.util.Arrays.copyOf(width, size);
        glyph = java.util.Arrays.copyOf(glyph, size);
        kind = java.util.Arrays.copyOf(kind, size);
      }
      cp[n] = c;
      style[n] = st;
      width[n] = w;
      glyph[n] = w;
      kind[n] = k;
      if (field != null) {
        if (fields == null) {
          fields = new java.util.HashMap<>();
        }
        fields.put(n, field);
      }
      n++;
    }

    String field(int i) {
      return fields == null ? "" : fields.getOrDefault(i, "");
    }

    /** Whether a line may end before unit {@code i}. */
    boolean breakBefore(int i) {
      if (i <= 0) {
        return false;
      }
      byte k = kind[i];
      byte prev = kind[i - 1];
      if (prev == SPACE || prev == TAB) {
        return k != SPACE;
      }
      if (k == SPACE || k == TAB) {
        return false;
      }
      int c = cp[i];
      int p = cp[i - 1];
      if (NO_START.indexOf(c) >= 0 || NO_END.indexOf(p) >= 0) {
        return false;
      }
      return !(word(c) && word(p));
    }

    private static boolean ideograph(int c) {
      return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0x20000 && c <= 0x3FFFF;
    }

    private static boolean alnum(int c) {
      return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean word(int c) {
      return c > 0x20 && c < 0x2000 && c != 0xA0;
    }
  }
}
