package cn.suiji.shared.docx.pdf;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Paragraph and run properties as WordprocessingML states them, each field null where the
 * element does not say (it is inherited): read from {@code w:pPr}/{@code w:rPr} of a style, the
 * document defaults or the text, and laid over each other in Word's order.
 */
final class Props {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private Props() {}

  /** A border line: width in points and colour (RGB). */
  record Line(float width, int rgb) {}

  /** Run properties; sizes in points. */
  static final class Run {
    @Nullable Float size;
    @Nullable Boolean bold;
    @Nullable Boolean hidden;
    @Nullable Boolean underline;
    @Nullable Integer color;
    /** Extra space after each character, in points (w:spacing). */
    @Nullable Float spacing;
    @Nullable String eastAsia;
    @Nullable String ascii;
    @Nullable String style;
    /** Superscript or subscript (w:vertAlign). */
    @Nullable String vertAlign;

    void over(@Nullable Run o) {
      if (o == null) {
        return;
      }
      size = o.size != null ? o.size : size;
      bold = o.bold != null ? o.bold : bold;
      hidden = o.hidden != null ? o.hidden : hidden;
      underline = o.underline != null ? o.underline : underline;
      color = o.color != null ? o.color : color;
      spacing = o.spacing != null ? o.spacing : spacing;
      eastAsia = o.eastAsia != null ? o.eastAsia : eastAsia;
      ascii = o.ascii != null ? o.ascii : ascii;
      vertAlign = o.vertAlign != null ? o.vertAlign : vertAlign;
    }

    Run copy() {
      Run r = new Run();
      r.over(this);
      r.style = style;
      return r;
    }
  }

  /** Paragraph properties; lengths in twips as written, line spacing as written (w:line, w:lineRule). */
  static final class Para {
    @Nullable String jc;
    @Nullable Integer left;
    @Nullable Integer right;
    /** First-line indent; negative for a hanging indent. */
    @Nullable Integer first;
    /** The same in hundredths of a character (w:leftChars …), which win over twips. */
    @Nullable Integer leftChars;
    @Nullable Integer rightChars;
    @Nullable Integer firstChars;
    @Nullable Integer before;
    @Nullable Integer after;
    @Nullable Integer beforeLines;
    @Nullable Integer afterLines;
    @Nullable Integer line;
    @Nullable String lineRule;
    @Nullable Boolean pageBreakBefore;
    @Nullable Boolean keepNext;
    @Nullable Boolean snapToGrid;
    @Nullable Line top;
    @Nullable Line bottom;
    @Nullable String style;
    @Nullable Run mark;
    /** Tab stops in twips from the paragraph's left edge, null when none are set. */
    int @Nullable [] tabs;

    void over(@Nullable Para o) {
      if (o == null) {
        return;
      }
      jc = o.jc != null ? o.jc : jc;
      left = o.left != null ? o.left : left;
      right = o.right != null ? o.right : right;
      first = o.first != null ? o.first : first;
      leftChars = o.leftChars != null ? o.leftChars : leftChars;
      rightChars = o.rightChars != null ? o.rightChars : rightChars;
      firstChars = o.firstChars != null ? o.firstChars : firstChars;
      before = o.before != null ? o.before : before;
      after = o.after != null ? o.after : after;
      beforeLines = o.beforeLines != null ? o.beforeLines : beforeLines;
      afterLines = o.afterLines != null ? o.afterLines : afterLines;
      line = o.line != null ? o.line : line;
      lineRule = o.lineRule != null ? o.lineRule : lineRule;
      pageBreakBefore = o.pageBreakBefore != null ? o.pageBreakBefore : pageBreakBefore;
      keepNext = o.keepNext != null ? o.keepNext : keepNext;
      snapToGrid = o.snapToGrid != null ? o.snapToGrid : snapToGrid;
      top = o.top != null ? o.top : top;
      bottom = o.bottom != null ? o.bottom : bottom;
      tabs = o.tabs != null ? o.tabs : tabs;
    }
  }

  /** Table properties that matter for printing: borders (top, left, bottom, right, insideH, insideV) and cell margins. */
  static final class Table {
    @Nullable String style;
    @Nullable Line[] borders = new Line[6];
    boolean[] bordersSet = new boolean[6];
    /** Cell margins in twips: top, left, bottom, right; null where not said. */
    @Nullable Integer[] margins = new Integer[4];
    @Nullable String jc;
    @Nullable Integer indent;
    @Nullable Integer width;
    @Nullable String widthType;

    void over(@Nullable Table o) {
      if (o == null) {
        return;
      }
      for (int i = 0; i < 6; i++) {
        if (o.bordersSet[i]) {
          borders[i] = o.borders[i];
          bordersSet[i] = true;
        }
      }
      for (int i = 0; i < 4; i++) {
        margins[i] = o.margins[i] != null ? o.margins[i] : margins[i];
      }
      jc = o.jc != null ? o.jc : jc;
      indent = o.indent != null ? o.indent : indent;
      width = o.width != null ? o.width : width;
      widthType = o.widthType != null ? o.widthType : widthType;
    }
  }

  // ---- reading ----

  static @Nullable String val(XMLStreamReader r) {
    return r.getAttributeValue(W, "val");
  }

  static @Nullable String attr(XMLStreamReader r, String name) {
    return r.getAttributeValue(W, name);
  }

  static @Nullable Integer intAttr(XMLStreamReader r, String name) {
    String v = attr(r, name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return (int) Math.round(Double.parseDouble(v));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A toggle property: present without w:val, or with a true value, is on. */
  static boolean on(XMLStreamReader r) {
    String v = val(r);
    return v == null || v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
  }

  static @Nullable Integer color(@Nullable String hex) {
    if (hex == null || hex.equalsIgnoreCase("auto") || hex.length() != 6) {
      return null;
    }
    try {
      return Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A border element (w:top, w:bottom, …): none, nil or width 0 is no line. */
  static @Nullable Line line(XMLStreamReader r) {
    String v = val(r);
    if (v == null || v.equals("none") || v.equals("nil")) {
      return null;
    }
    Integer sz = intAttr(r, "sz");
    Integer c = color(attr(r, "color"));
    float width = sz == null ? 0.5f : Math.max(0.25f, sz / 8f);
    if (v.equals("double")) {
      width = Math.max(width, 0.75f) * 2;
    }
    return new Line(width, c == null ? 0 : c);
  }

  /** Reads the w:rPr the reader is at (its start tag) up to its end tag. */
  static Run run(XMLStreamReader r) throws XMLStreamException {
    Run p = new Run();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (depth != 2 || !W.equals(r.getNamespaceURI())) {
          continue;
        }
        switch (r.getLocalName()) {
          case "sz" -> {
            Integer v = intAttr(r, "val");
            p.size = v == null ? null : v / 2f;
          }
          case "b" -> p.bold = on(r);
          case "vanish" -> p.hidden = on(r);
          case "u" -> p.underline = !"none".equals(val(r));
          case "color" -> p.color = color(val(r));
          case "spacing" -> {
            Integer v = intAttr(r, "val");
            p.spacing = v == null ? null : v / 20f;
          }
          case "rFonts" -> {
            p.eastAsia = attr(r, "eastAsia");
            p.ascii = attr(r, "ascii");
          }
          case "rStyle" -> p.style = val(r);
          case "vertAlign" -> p.vertAlign = val(r);
          default -> { }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return p;
  }

  /**
   * Reads the w:pPr the reader is at up to its end tag. A section's properties inside it
   * (a section break) go to {@code section}.
   */
  static Para para(XMLStreamReader r, SectionHandler section) throws XMLStreamException {
    Para p = new Para();
    int depth = 1;
    boolean inBorders = false;
    java.util.List<Integer> tabs = null;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (!W.equals(r.getNamespaceURI())) {
          continue;
        }
        String name = r.getLocalName();
        if (depth == 3 && inBorders) {
          if (name.equals("top")) {
            p.top = line(r);
          } else if (name.equals("bottom")) {
            p.bottom = line(r);
          }
          continue;
        }
        if (depth == 3 && tabs != null && name.equals("tab")) {
          Integer pos = intAttr(r, "pos");
          if (pos != null && !"clear".equals(val(r))) {
            tabs.add(pos);
          }
          continue;
        }
        if (depth != 2) {
          continue;
        }
        switch (name) {
          case "pStyle" -> p.style = val(r);
          case "jc" -> p.jc = val(r);
          case "ind" -> {
            p.left = first(intAttr(r, "left"), intAttr(r, "start"));
            p.right = first(intAttr(r, "right"), intAttr(r, "end"));
            Integer hanging = intAttr(r, "hanging");
            p.first = hanging != null ? Integer.valueOf(-hanging) : intAttr(r, "firstLine");
            p.leftChars = first(intAttr(r, "leftChars"), intAttr(r, "startChars"));
            p.rightChars = first(intAttr(r, "rightChars"), intAttr(r, "endChars"));
            Integer hangingChars = intAttr(r, "hangingChars");
            p.firstChars = hangingChars != null ? Integer.valueOf(-hangingChars) : intAttr(r, "firstLineChars");
          }
          case "spacing" -> {
            p.before = intAttr(r, "before");
            p.after = intAttr(r, "after");
            p.beforeLines = intAttr(r, "beforeLines");
            p.afterLines = intAttr(r, "afterLines");
            p.line = intAttr(r, "line");
            p.lineRule = attr(r, "lineRule");
          }
          case "pageBreakBefore" -> p.pageBreakBefore = on(r);
          case "keepNext" -> p.keepNext = on(r);
          case "snapToGrid" -> p.snapToGrid = on(r);
          case "pBdr" -> inBorders = true;
          case "tabs" -> tabs = new java.util.ArrayList<>();
          case "rPr" -> {
            p.mark = run(r);
            depth--;
          }
          case "sectPr" -> {
            section.section(r);
            depth--;
          }
          default -> { }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (depth == 1) {
          inBorders = false;
        }
      }
    }
    if (tabs != null) {
      p.tabs = tabs.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return p;
  }

  /** Reads w:tblPr up to its end tag. */
  static Table table(XMLStreamReader r) throws XMLStreamException {
    Table t = new Table();
    int depth = 1;
    String group = "";
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (!W.equals(r.getNamespaceURI())) {
          continue;
        }
        String name = r.getLocalName();
        if (depth == 2) {
          group = name;
          switch (name) {
            case "tblStyle" -> t.style = val(r);
            case "jc" -> t.jc = val(r);
            case "tblInd" -> t.indent = intAttr(r, "w");
            case "tblW" -> {
              t.width = intAttr(r, "w");
              t.widthType = attr(r, "type");
            }
            default -> { }
          }
        } else if (depth == 3 && group.equals("tblBorders")) {
          int i = borderIndex(name);
          if (i >= 0) {
            t.borders[i] = line(r);
            t.bordersSet[i] = true;
          }
        } else if (depth == 3 && group.equals("tblCellMar")) {
          int i = marginIndex(name);
          if (i >= 0) {
            t.margins[i] = intAttr(r, "w");
          }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return t;
  }

  /** top, left, bottom, right, insideH, insideV (start and end read as left and right). */
  static int borderIndex(String name) {
    return switch (name) {
      case "top" -> 0;
      case "left", "start" -> 1;
      case "bottom" -> 2;
      case "right", "end" -> 3;
      case "insideH" -> 4;
      case "insideV" -> 5;
      default -> -1;
    };
  }

  static int marginIndex(String name) {
    return switch (name) {
      case "top" -> 0;
      case "left", "start" -> 1;
      case "bottom" -> 2;
      case "right", "end" -> 3;
      default -> -1;
    };
  }

  private static @Nullable Integer first(@Nullable Integer a, @Nullable Integer b) {
    return a != null ? a : b;
  }

  /** Where a w:sectPr met inside other properties goes. */
  interface SectionHandler {
    void section(XMLStreamReader r) throws XMLStreamException;
  }
}
