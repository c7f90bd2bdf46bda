package cn.suiji.shared.docx.pdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/** Small pieces of WordprocessingML {@link BodyReader} reads whole: a section's page set-up, a VML watermark. */
final class Markup {
  private static final String W = Props.W;
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String VML = "urn:schemas-microsoft-com:vml";

  private Markup() {}

  /** A VML text path (Word's watermark shape) in a w:pict becomes a watermark; the rest is skipped. */
  static void watermark(XMLStreamReader r, Flow.Paragraph p) throws XMLStreamException {
    int depth = 1;
    int rgb = 0xC0C0C0;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (VML.equals(r.getNamespaceURI()) && r.getLocalName().equals("shape")) {
          String fill = r.getAttributeValue(null, "fillcolor");
          if (fill != null) {
            rgb = cssColor(fill, rgb);
          }
        } else if (VML.equals(r.getNamespaceURI()) && r.getLocalName().equals("textpath")) {
          String text = r.getAttributeValue(null, "string");
          if (text != null && !text.isBlank()) {
            p.items.add(new Flow.Watermark(text, rgb));
          }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static int cssColor(String v, int fallback) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("#") && s.length() == 7) {
      try {
        return Integer.parseInt(s.substring(1), 16);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return switch (s) {
      case "red" -> 0xFF0000;
      case "black" -> 0;
      case "gray", "grey" -> 0x808080;
      case "silver" -> 0xC0C0C0;
      default -> fallback;
    };
  }

  /** Reads w:sectPr up to its end tag. */
  static Flow.Geometry section(XMLStreamReader r) throws XMLStreamException {
    float w = 595.3f;
    float h = 841.9f;
    float top = 72;
    float bottom = 72;
    float left = 90;
    float right = 90;
    float header = 42.55f;
    float footer = 49.6f;
    String grid = "default";
    float pitch = 15.6f;
    float delta = 0;
    boolean titlePage = false;
    Map<String, String> headers = new HashMap<>();
    Map<String, String> footers = new HashMap<>();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (!W.equals(r.getNamespaceURI())) {
          continue;
        }
        switch (r.getLocalName()) {
          case "pgSz" -> {
            w = tw(Props.intAttr(r, "w"), w);
            h = tw(Props.intAttr(r, "h"), h);
          }
          case "pgMar" -> {
            top = Math.abs(tw(Props.intAttr(r, "top"), top));
            bottom = Math.abs(tw(Props.intAttr(r, "bottom"), bottom));
            left = tw(Props.intAttr(r, "left"), left) + tw(Props.intAttr(r, "gutter"), 0);
            right = tw(Props.intAttr(r, "right"), right);
            header = tw(Props.intAttr(r, "header"), header);
            footer = tw(Props.intAttr(r, "footer"), footer);
          }
          case "docGrid" -> {
            String type = Props.attr(r, "type");
            grid = type == null ? "default" : type;
            pitch = tw(Props.intAttr(r, "linePitch"), pitch);
            Integer cs = Props.intAttr(r, "charSpace");
            delta = cs == null ? 0 : cs / 4096f;
          }
          case "titlePg" -> titlePage = Props.on(r);
          case "headerReference" -> headers.put(type(r), r.getAttributeValue(R, "id"));
          case "footerReference" -> footers.put(type(r), r.getAttributeValue(R, "id"));
          default -> { }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return new Flow.Geometry(w, h, top, bottom, left, right, header, footer, grid, pitch, delta, titlePage,
        Map.copyOf(headers), Map.copyOf(footers));
  }

  private static String type(XMLStreamReader r) {
    String t = Props.attr(r, "type");
    return t == null ? "default" : t;
  }

  private static float tw(@Nullable Integer v, float fallback) {
    return v == null ? fallback : v / 20f;
  }

}
