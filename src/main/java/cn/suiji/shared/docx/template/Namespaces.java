package cn.suiji.shared.docx.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prefixes every filled document is written with. A template's body is serialised with
 * these (whatever prefixes the template's own file used), so that the filled text of any
 * template fits under one root element; namespaces a template declares beyond these keep their
 * own prefix.
 */
final class Namespaces {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** Prefix → URI of the root element of every document written. */
  static final Map<String, String> STANDARD = new LinkedHashMap<>();
  /** Ignorable (newer-Word) prefixes among them. */
  static final String IGNORABLE = "w14 w15 wp14";
  private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?document\\b([^>]*)>");
  private static final Pattern XMLNS = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*\"([^\"]*)\"");

  static {
    STANDARD.put("wpc", "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas");
    STANDARD.put("mc", MC);
    STANDARD.put("o", "urn:schemas-microsoft-com:office:office");
    STANDARD.put("r", WordPackage.REL_NS);
    STANDARD.put("m", "http://schemas.openxmlformats.org/officeDocument/2006/math");
    STANDARD.put("v", "urn:schemas-microsoft-com:vml");
    STANDARD.put("wp14", "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing");
    STANDARD.put("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
    STANDARD.put("w10", "urn:schemas-microsoft-com:office:word");
    STANDARD.put("w", W);
    STANDARD.put("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
    STANDARD.put("w15", "http://schemas.microsoft.com/office/word/2012/wordml");
    STANDARD.put("wpg", "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup");
    STANDARD.put("wpi", "http://schemas.microsoft.com/office/word/2010/wordprocessingInk");
    STANDARD.put("wne", "http://schemas.microsoft.com/office/word/2006/wordml");
    STANDARD.put("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
    STANDARD.put("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
    STANDARD.put("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
  }

  private Namespaces() {}

  /** The standard prefixes plus those the template's root declares for other namespaces (prefix → URI). */
  static Map<String, String> of(String documentXml) {
    Map<String, String> out = new LinkedHashMap<>(STANDARD);
    Matcher root = ROOT.matcher(documentXml);
    if (root.find()) {
      Matcher ns = XMLNS.matcher(root.group(1));
      while (ns.find()) {
        String prefix = ns.group(1);
        String uri = ns.group(2);
        if (!out.containsValue(uri) && !out.containsKey(prefix)) {
          out.put(prefix, uri);
        }
      }
    }
    return out;
  }

  /** The start tag of the root element declaring {@code namespaces}, and the body's. */
  static String rootStart(Map<String, String> namespaces) {
    StringBuilder s = new StringBuilder("<w:document");
    namespaces.forEach((p, u) -> s.append(" xmlns:").append(p).append("=\"").append(u).append('"'));
    s.append(" mc:Ignorable=\"").append(IGNORABLE).append("\"><w:body>");
    return s.toString();
  }

  static final String ROOT_END = "</w:body></w:document>";
}
