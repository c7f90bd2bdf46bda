package cn.suiji.shared.docx.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A document's styles part: the document defaults and each style with what it is based on,
 * resolved in Word's order (defaults, then the style chain from its root, then the text's own
 * properties). Table styles contribute their borders and cell margins.
 */
final class Styles {
  private final Props.Para defaultPara = new Props.Para();
  private final Props.Run defaultRun = new Props.Run();
  private final Map<String, Style> styles = new HashMap<>();
  private @Nullable String defaultParagraphStyle;
  private @Nullable String defaultTableStyle;
  private final Map<String, Props.Para> paraCache = new HashMap<>();
  private final Map<String, Props.Run> runCache = new HashMap<>();

  private static final class Style {
    String type = "paragraph";
    @Nullable String basedOn;
    Props.@Nullable Para para;
    Props.@Nullable Run run;
    Props.@Nullable Table table;
  }

  static Styles read(byte[] xml) {
    Styles s = new Styles();
    try {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      Style current = null;
      String where = "";
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT && Props.W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "rPrDefault" -> where = "defaults";
            case "pPrDefault" -> where = "defaults";
            case "style" -> {
              current = new Style();
              where = "style";
              String type = Props.attr(r, "type");
              current.type = type == null ? "paragraph" : type;
              String id = Props.attr(r, "styleId");
              if (id != null) {
                s.styles.put(id, current);
                if (on(r.getAttributeValue(Props.W, "default"))) {
                  if (current.type.equals("paragraph")) {
                    s.defaultParagraphStyle = id;
                  } else if (current.type.equals("table")) {
                    s.defaultTableStyle = id;
                  }
                }
              }
            }
            case "basedOn" -> {
              if (current != null) {
                current.basedOn = Props.val(r);
              }
            }
            case "rPr" -> {
              Props.Run run = Props.run(r);
              if (where.equals("defaults")) {
                s.defaultRun.over(run);
              } else if (current != null && where.equals("style")) {
                current.run = run;
              }
            }
            case "pPr" -> {
              Props.Para para = Props.para(r, x -> skip(x));
              if (where.equals("defaults")) {
                s.defaultPara.over(para);
              } else if (current != null && where.equals("style")) {
                current.para = para;
              }
            }
            case "tblPr" -> {
              Props.Table table = Props.table(r);
              if (current != null && where.equals("style")) {
                current.table = table;
              }
            }
            case "tblStylePr" -> skip(r); // conditional formats (first row …) are not printed
            default -> { }
          }
        } else if (e == XMLStreamConstants.END_ELEMENT && Props.W.equals(r.getNamespaceURI())) {
          if (r.getLocalName().equals("style")) {
            current = null;
            where = "";
          } else if (r.getLocalName().equals("docDefaults")) {
            where = "";
          }
        }
      }
    } catch (XMLStreamException e) {
      // unreadable styles: the document prints with the defaults
    }
    return s;
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

  private static boolean on(@Nullable String v) {
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
  }

  /** The chain of {@code id}, root first (a cycle is cut). */
  private List<Style> chain(@Nullable String id) {
    List<Style> out = new ArrayList<>();
    String at = id;
    while (at != null && out.size() < 20) {
      Style s = styles.get(at);
      if (s == null) {
        break;
      }
      out.add(0, s);
      at = s.basedOn;
    }
    return out;
  }

  /** The paragraph properties of paragraph style {@code id} (or the default style) over the defaults. */
  Props.Para paragraph(@Nullable String id) {
    String key = id == null ? "" : id;
    return paraCache.computeIfAbsent(key, k -> {
      Props.Para p = new Props.Para();
      p.over(defaultPara);
      for (Style s : chain(id != null && styles.containsKey(id) ? id : defaultParagraphStyle)) {
        p.over(s.para);
      }
      return p;
    });
  }

  /** The run properties a paragraph of style {@code id} gives its text, over the defaults. */
  Props.Run paragraphRun(@Nullable String id) {
    String key = id == null ? "" : id;
    return runCache.computeIfAbsent(key, k -> {
      Props.Run r = new Props.Run();
      r.over(defaultRun);
      for (Style s : chain(id != null && styles.containsKey(id) ? id : defaultParagraphStyle)) {
        r.over(s.run);
      }
      return r;
    });
  }

  /** The run properties of character style {@code id} alone (laid over the paragraph's). */
  Props.@Nullable Run character(@Nullable String id) {
    if (id == null || !styles.containsKey(id)) {
      return null;
    }
    Props.Run r = new Props.Run();
    for (Style s : chain(id)) {
      r.over(s.run);
    }
    return r;
  }

  /** The table properties of table style {@code id} (or the default table style). */
  Props.Table table(@Nullable String id) {
    Props.Table t = new Props.Table();
    for (Style s : chain(id != null && styles.containsKey(id) ? id : defaultTableStyle)) {
      t.over(s.table);
    }
    return t;
  }

  /** The document's default font size in points (the character grid's base), 10.5 when unsaid. */
  float defaultSize() {
    Props.Run r = paragraphRun(null);
    return r.size != null ? r.size : 10.5f;
  }
}
