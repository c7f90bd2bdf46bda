package cn.suiji.shared.docx.pdf;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads WordprocessingML — a filled document body, a header or a footer — into {@link Flow}
 * blocks, resolving each paragraph's and run's properties against the {@link Styles}. Streams
 * (StAX): nothing but the blocks is kept. What it does not print (pictures, text boxes, deleted
 * text, alternate content) it steps over.
 */
final class BodyReader {
  private static final String W = Props.W;
  private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private final Styles styles;
  private Flow.@Nullable Geometry lastSection;

  BodyReader(Styles styles) {
    this.styles = styles;
  }

  /** The blocks of the first body, header or footer in {@code xml}. */
  Flow.Parsed read(String xml) throws XMLStreamException {
    XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
    try {
      lastSection = null;
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          String name = r.getLocalName();
          if (name.equals("body") || name.equals("hdr") || name.equals("ftr")) {
            List<Flow.Block> blocks = blocks(r);
            return new Flow.Parsed(blocks, lastSection);
          }
        }
      }
      return new Flow.Parsed(List.of(), null);
    } finally {
      r.close();
    }
  }

  /** The blocks up to the end of the element the reader is in. */
  private List<Flow.Block> blocks(XMLStreamReader r) throws XMLStreamException {
    List<Flow.Block> out = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (W.equals(ns) && name.equals("p")) {
          out.add(paragraph(r));
        } else if (W.equals(ns) && name.equals("tbl")) {
          out.add(table(r));
        } else if (W.equals(ns) && name.equals("sectPr")) {
          lastSection = Markup.section(r);
        } else if (W.equals(ns) && (name.equals("sdt") || name.equals("sdtContent") || name.equals("customXml"))) {
          depth++;
        } else {
          skip(r);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return out;
  }

  // ---- paragraphs ----

  private Flow.Paragraph paragraph(XMLStreamReader r) throws XMLStreamException {
    Flow.Paragraph p = new Flow.Paragraph();
    Props.Para direct = null;
    Props.Run base = null;
    Fields fields = new Fields();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (W.equals(ns) && name.equals("pPr")) {
          Geometry[] section = new Geometry[1];
          direct = Props.para(r, x -> section[0] = new Geometry(Markup.section(x)));
          if (section[0] != null) {
            p.sectionEnd = section[0].g;
          }
        } else if (W.equals(ns) && name.equals("r")) {
          if (base == null) {
            base = resolve(p, direct);
          }
          run(r, p, base, fields);
        } else if (W.equals(ns) && name.equals("fldSimple")) {
          if (base == null) {
            base = resolve(p, direct);
          }
          String field = fieldName(Props.attr(r, "instr"));
          if (field != null) {
            p.items.add(new Flow.Field(field, style(base)));
            skip(r);
          } else {
            depth++;
          }
        } else if (W.equals(ns) && (name.equals("hyperlink") || name.equals("ins") || name.equals("smartTag")
            || name.equals("customXml") || name.equals("sdt") || name.equals("sdtContent") || name.equals("dir")
            || name.equals("bdo"))) {
          depth++;
        } else {
          skip(r); // deleted text, alternate content, bookmarks, math …
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (base == null) {
      resolve(p, direct);
    }
    return p;
  }

  /** A geometry parsed from a section break, boxed for the lambda. */
  private record Geometry(Flow.Geometry g) {}

  /** Sets the paragraph's resolved properties; returns the run properties its text starts from. */
  private Props.Run resolve(Flow.Paragraph p, Props.@Nullable Para direct) {
    String style = direct == null ? null : direct.style;
    Props.Para para = new Props.Para();
    para.over(styles.paragraph(style));
    para.over(direct);
    Props.Run base = styles.paragraphRun(style).copy();
    Props.Run mark = base.copy();
    if (direct != null && direct.mark != null) {
      mark.over(styles.character(direct.mark.style));
      mark.over(direct.mark);
    }
    float size = base.size != null ? base.size : 10.5f;
    p.markSize = mark.size != null ? mark.size : size;
    p.align = para.jc == null ? "left" : para.jc.toLowerCase(Locale.ROOT);
    float chars = size;
    p.left = para.leftChars != null && para.leftChars != 0 ? para.leftChars / 100f * chars : twips(para.left);
    p.right = para.rightChars != null && para.rightChars != 0 ? para.rightChars / 100f * chars : twips(para.right);
    p.first = para.firstChars != null && para.firstChars != 0 ? para.firstChars / 100f * chars : twips(para.first);
    p.before = twips(para.before);
    p.after = twips(para.after);
    p.beforeLines = para.beforeLines != null ? para.beforeLines / 100f : Float.NaN;
    p.afterLines = para.afterLines != null ? para.afterLines / 100f : Float.NaN;
    String rule = para.lineRule == null ? "auto" : para.lineRule;
    if (para.line == null) {
      p.rule = Flow.LineRule.AUTO;
      p.line = 1;
    } else if (rule.equals("exact")) {
      p.rule = Flow.LineRule.EXACT;
      p.line = Math.abs(para.line) / 20f;
    } else if (rule.equals("atLeast")) {
      p.rule = Flow.LineRule.AT_LEAST;
      p.line = para.line / 20f;
    } else {
      p.rule = Flow.LineRule.AUTO;
      p.line = para.line / 240f;
    }
    p.pageBreakBefore = Boolean.TRUE.equals(para.pageBreakBefore);
    p.keepNext = Boolean.TRUE.equals(para.keepNext);
    p.snap = !Boolean.FALSE.equals(para.snapToGrid);
    p.top = para.top;
    p.bottom = para.bottom;
    if (para.tabs != null) {
      p.tabs = new float[para.tabs.length];
      for (int i = 0; i < para.tabs.length; i++) {
        p.tabs[i] = para.tabs[i] / 20f;
      }
    }
    return base;
  }

  private static float twips(@Nullable Integer v) {
    return v == null ? 0 : v / 20f;
  }

  /** Complex fields ({@code w:fldChar}): the instruction, and whether the cached result is shown. */
  private static final class Fields {
    int depth;
    boolean instruction;
    boolean suppress;
    final StringBuilder instr = new StringBuilder();
    boolean emitted;
  }

  private void run(XMLStreamReader r, Flow.Paragraph p, Props.Run base, Fields fields) throws XMLStreamException {
    Props.Run direct = null;
    Flow.Style style = null;
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (!W.equals(ns)) {
          skip(r);
          continue;
        }
        if (name.equals("rPr")) {
          direct = Props.run(r);
          continue;
        }
        if (style == null) {
          Props.Run props = base.copy();
          if (direct != null) {
            props.over(styles.character(direct.style));
            props.over(direct);
          }
          if (Boolean.TRUE.equals(props.hidden)) {
            skip(r);
            skip(r); // and the rest of the run
            return;
          }
          style = style(props);
        }
        switch (name) {
          case "t" -> {
            String text = r.getElementText();
            if (!fields.instruction && !fields.suppress && !text.isEmpty()) {
              p.items.add(new Flow.Text(text, style));
            }
          }
          case "instrText" -> {
            String text = r.getElementText();
            if (fields.instruction) {
              fields.instr.append(text);
            }
          }
          case "fldChar" -> {
            String type = Props.attr(r, "fldCharType");
            skip(r);
            field(type, p, style, fields);
          }
          case "tab", "ptab" -> {
            skip(r);
            if (!fields.instruction && !fields.suppress) {
              p.items.add(new Flow.Tab(style));
            }
          }
          case "br" -> {
            String type = Props.attr(r, "type");
            skip(r);
            if (!fields.suppress) {
              p.items.add(new Flow.Break("page".equals(type)));
            }
          }
          case "cr" -> {
            skip(r);
            p.items.add(new Flow.Break(false));
          }
          case "noBreakHyphen" -> {
            skip(r);
            p.items.add(new Flow.Text("-", style));
          }
          case "sym" -> {
            String ch = Props.attr(r, "char");
            skip(r);
            if (ch != null) {
              try {
                int cp = Integer.parseInt(ch, 16);
                if (cp < 0xF000) {
                  p.items.add(new Flow.Text(new String(Character.toChars(cp)), style));
                }
              } catch (NumberFormatException ignored) {
                // a symbol font's private code: not printable here
              }
            }
          }
          case "pict" -> Markup.watermark(r, p);
          default -> skip(r); // pictures, objects, soft hyphens, deleted text …
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static void field(@Nullable String type, Flow.Paragraph p, Flow.Style style, Fields f) {
    if ("begin".equals(type)) {
      f.depth++;
      if (f.depth == 1) {
        f.instruction = true;
        f.instr.setLength(0);
        f.emitted = false;
      }
    } else if ("separate".equals(type) && f.depth == 1) {
      f.instruction = false;
      String name = fieldName(f.instr.toString());
      if (name != null) {
        p.items.add(new Flow.Field(name, style));
        f.emitted = true;
        f.suppress = true;
      }
    } else if ("end".equals(type) && f.depth > 0) {
      f.depth--;
      if (f.depth == 0) {
        if (f.instruction && !f.emitted) {
          String name = fieldName(f.instr.toString());
          if (name != null) {
            p.items.add(new Flow.Field(name, style));
          }
        }
        f.instruction = false;
        f.suppress = false;
      }
    }
  }

  private static @Nullable String fieldName(@Nullable String instr) {
    if (instr == null) {
      return null;
    }
    String word = instr.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    return switch (word) {
      case "PAGE" -> "PAGE";
      case "NUMPAGES", "SECTIONPAGES" -> "NUMPAGES";
      default -> null;
    };
  }

  private Flow.Style style(Props.Run p) {
    float size = p.size != null ? p.size : 10.5f;
    float rise = 0;
    if ("superscript".equals(p.vertAlign)) {
      rise = size * 0.33f;
      size *= 0.65f;
    } else if ("subscript".equals(p.vertAlign)) {
      rise = -size * 0.14f;
      size *= 0.65f;
    }
    return new Flow.Style(size, Boolean.TRUE.equals(p.bold), p.color == null ? 0 : p.color,
        Boolean.TRUE.equals(p.underline), p.spacing == null ? 0 : p.spacing, heavy(p.eastAsia), rise);
  }

  /** 黑体 and the 标宋 faces are heavy: with one Chinese font to print, they are drawn emboldened. */
  private static boolean heavy(@Nullable String font) {
    return font != null && (font.contains("黑") || font.contains("标宋") || font.contains("Hei")
        || font.contains("hei"));
  }

  // ---- tables ----

  private Flow.Table table(XMLStreamReader r) throws XMLStreamException {
    Flow.Table t = new Flow.Table();
    Props.Table direct = null;
    List<Float> columns = new ArrayList<>();
    Props.Table resolved = null;
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (!W.equals(r.getNamespaceURI())) {
          skip(r);
        } else if (name.equals("tblPr")) {
          direct = Props.table(r);
        } else if (name.equals("tblGrid")) {
          depth++;
        } else if (name.equals("gridCol")) {
          Integer w = Props.intAttr(r, "w");
          columns.add(w == null ? 0 : w / 20f);
          skip(r);
        } else if (name.equals("tr")) {
          if (resolved == null) {
            resolved = resolveTable(t, direct);
          }
          t.rows.add(row(r));
        } else if (name.equals("sdt") || name.equals("sdtContent") || name.equals("customXml")) {
          depth++;
        } else {
          skip(r);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    if (resolved == null) {
      resolveTable(t, direct);
    }
    t.columns = new float[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      t.columns[i] = columns.get(i);
    }
    return t;
  }

  private Props.Table resolveTable(Flow.Table t, Props.@Nullable Table direct) {
    Props.Table p = styles.table(direct == null ? null : direct.style);
    p.over(direct);
    System.arraycopy(p.borders, 0, t.borders, 0, 6);
    for (int i = 0; i < 4; i++) {
      if (p.margins[i] != null) {
        t.margins[i] = p.margins[i] / 20f;
      }
    }
    t.align = p.jc == null ? "left" : p.jc;
    t.indent = p.indent == null ? 0 : p.indent / 20f;
    return p;
  }

  private Flow.Row row(XMLStreamReader r) throws XMLStreamException {
    Flow.Row row = new Flow.Row();
    int column = 0;
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (!W.equals(r.getNamespaceURI())) {
          skip(r);
        } else if (name.equals("trPr")) {
          depth++;
        } else if (name.equals("trHeight")) {
          Integer v = Props.intAttr(r, "val");
          row.height = v == null ? 0 : v / 20f;
          row.exact = "exact".equals(Props.attr(r, "hRule"));
          skip(r);
        } else if (name.equals("tblHeader")) {
          row.header = Props.on(r);
          skip(r);
        } else if (name.equals("gridBefore")) {
          Integer v = Props.intAttr(r, "val");
          column += v == null ? 0 : v;
          skip(r);
        } else if (name.equals("tc")) {
          Flow.Cell cell = cell(r);
          cell.column = column;
          column += cell.span;
          row.cells.add(cell);
        } else if (name.equals("sdt") || name.equals("sdtContent") || name.equals("customXml")) {
          depth++;
        } else {
          skip(r);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return row;
  }

  private Flow.Cell cell(XMLStreamReader r) throws XMLStreamException {
    Flow.Cell cell = new Flow.Cell();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (!W.equals(r.getNamespaceURI())) {
          skip(r);
          continue;
        }
        switch (name) {
          case "p" -> cell.blocks.add(paragraph(r));
          case "tbl" -> cell.blocks.add(table(r));
          case "tcPr" -> cellProperties(r, cell);
          case "sdt", "sdtContent", "customXml" -> depth++;
          default -> skip(r);
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return cell;
  }

  private static void cellProperties(XMLStreamReader r, Flow.Cell cell) throws XMLStreamException {
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
            case "gridSpan" -> {
              Integer v = Props.intAttr(r, "val");
              cell.span = v == null || v < 1 ? 1 : v;
            }
            case "vMerge" -> {
              String v = Props.val(r);
              cell.vMerge = v == null ? "continue" : v;
            }
            case "shd" -> cell.fill = Props.color(Props.attr(r, "fill"));
            case "vAlign" -> {
              String v = Props.val(r);
              cell.vAlign = v == null ? "top" : v;
            }
            default -> { }
          }
        } else if (depth == 3 && group.equals("tcBorders")) {
          int i = Props.borderIndex(name);
          if (i >= 0 && i < 4) {
            cell.borders[i] = Props.line(r);
            cell.bordersSet[i] = true;
          }
        } else if (depth == 3 && group.equals("tcMar")) {
          int i = Props.marginIndex(name);
          Integer w = Props.intAttr(r, "w");
          if (i >= 0 && w != null) {
            cell.margins[i] = w / 20f;
          }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

}
