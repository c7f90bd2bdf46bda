package cn.suiji.shared.docx.template;

import cn.suiji.shared.SuijiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * A .docx template read, checked against its {@link Vocabulary} and compiled for filling: the
 * body as serialised WordprocessingML with the placeholders cut out, each paragraph or table row
 * naming a list's fields marked to repeat per element, and the sections between
 * {@code {{#列表}}} and {@code {{/列表}}} marked to drop when the list is empty. Filling is string
 * work; the filled text is both what a .docx stores and what the PDF renderer reads, so the two
 * formats print the same content.
 *
 * <p>Every document filled from a template is a section of its own (a new page, page numbers
 * from 1), with the template's page set-up and its headers and footers; relationship ids are
 * given the template's {@code tag} so that templates can share one output file.
 */
public final class DocxTemplate {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}<>]*)\\}\\}");
  static final Pattern REL_ATTR = Pattern.compile("\\br:(id|embed|link|pict|href|dm|lo|qs|cs)=\"([^\"]*)\"");
  static final Pattern PARA_IDS = Pattern.compile(" w14:(?:paraId|textId)=\"[^\"]*\"");
  /** A whole placeholder in text where a NUL character marks a stop. */
  private static final Pattern WHOLE = Pattern.compile("\\{\\{([^{}<>\u0000]*)\\}\\}");
  /** What, inside a run, ends a placeholder. */
  private static final Set<String> STOPS = Set.of("tab", "br", "cr", "drawing", "pict", "object", "fldChar",
      "instrText", "sym", "noBreakHyphen", "softHyphen", "ptab");
  static final Pattern MARKER = Pattern.compile("^\\{\\{([#/])([^{}]*)\\}\\}$");
  static final Pattern DOC_PR = Pattern.compile("(<wp:docPr\\b[^>]*?\\bid=\")(\\d+)(\")");
  private static final String W = Namespaces.W;
  static final QName P = new QName(W, "p");
  private static final QName T = new QName(W, "t");
  private static final QName BOOKMARK_START = new QName(W, "bookmarkStart");
  private static final QName BOOKMARK_END = new QName(W, "bookmarkEnd");
  /** The relationship id (before tagging) of the empty header and footer a section without one points to. */
  static final String BLANK_HEADER = "SuijiBlankHdr";
  static final String BLANK_FOOTER = "SuijiBlankFtr";

  private final String tag;
  private final WordPackage pkg;
  private final Map<String, String> namespaces;
  private final List<Node> body;
  private final String sectPr;
  /** The last paragraph with the section's properties in it (to end a document that is not the file's last), or null. */
  private final @Nullable List<Node> lastWithSection;
  private final Set<String> used;

  private DocxTemplate(String tag, WordPackage pkg, Map<String, String> namespaces, List<Node> body, String sectPr,
      @Nullable List<Node> lastWithSection, Set<String> used) {
    this.tag = tag;
    this.pkg = pkg;
    this.namespaces = namespaces;
    this.body = body;
    this.sectPr = sectPr;
    this.lastWithSection = lastWithSection;
    this.used = used;
  }

  /**
   * Reads and compiles {@code docx}.
   *
   * @param tag a short ASCII tag, different for each template written into one file
   * @throws SuijiException {@code docx.template.refused} naming every problem
   */
  public static DocxTemplate compile(byte[] docx, Vocabulary vocabulary, String tag, String name) {
    List<TemplateProblem> problems = new ArrayList<>();
    DocxTemplate template = read(docx, vocabulary, tag, problems);
    if (!problems.isEmpty() || template == null) {
      throw refused(name, problems);
    }
    return template;
  }

  /** The problems that keep {@code docx} from being used as a template; empty when it is fine. */
  public static List<TemplateProblem> check(byte[] docx, Vocabulary vocabulary) {
    List<TemplateProblem> problems = new ArrayList<>();
    read(docx, vocabulary, "t", problems);
    return problems;
  }

  /** The exception naming the problems, for the clerk. */
  public static SuijiException refused(String name, List<TemplateProblem> problems) {
    String list = problems.stream().map(TemplateProblem::describe).distinct().collect(Collectors.joining("；"));
    return new SuijiException("docx.template.refused", name, list);
  }

  private static @Nullable DocxTemplate read(byte[] docx, Vocabulary vocabulary, String tag,
      List<TemplateProblem> problems) {
    WordPackage pkg;
    CTBody ctBody;
    try {
      pkg = WordPackage.read(docx);
      ctBody = DocumentDocument.Factory.parse(new ByteArrayInputStream(pkg.part(WordPackage.MAIN)),
          POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getDocument().getBody();
    } catch (IOException | XmlException | RuntimeException e) {
      problems.add(new TemplateProblem(TemplateProblem.Kind.NOT_DOCX, String.valueOf(e.getMessage())));
      return null;
    }
    if (ctBody == null) {
      problems.add(new TemplateProblem(TemplateProblem.Kind.NOT_DOCX, "w:body"));
      return null;
    }
    try {
      checkHeadersAndFooters(pkg, problems);
    } catch (IOException e) {
      problems.add(new TemplateProblem(TemplateProblem.Kind.NOT_DOCX, String.valueOf(e.getMessage())));
      return null;
    }
    for (CTP p : paragraphs(ctBody)) {
      RunMerger.merge(p);
      broken(textWithStops(p), problems);
    }
    removeBookmarks(ctBody);
    Map<String, String> namespaces = Namespaces.of(pkg.text(WordPackage.MAIN));
    TemplateCompiler compiler = new TemplateCompiler(vocabulary, tag, namespaces, problems);
    compiler.compile(ctBody);
    for (List<String> requirement : vocabulary.required()) {
      if (requirement.stream().noneMatch(compiler.used::contains)) {
        String names = requirement.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(" / "));
        problems.add(new TemplateProblem(TemplateProblem.Kind.MISSING, names));
      }
    }
    return new DocxTemplate(tag, pkg, namespaces, compiler.root, compiler.sectPr, compiler.lastWithSection,
        compiler.used);
  }

  /** Placeholders in a header or a footer are refused: those parts are shared by every document of a file. */
  private static void checkHeadersAndFooters(WordPackage pkg, List<TemplateProblem> problems) throws IOException {
    for (WordPackage.Rel rel : pkg.rels(WordPackage.MAIN)) {
      if (!rel.external() && (rel.kind().equals("header") || rel.kind().equals("footer"))) {
        String xml = pkg.text(WordPackage.resolve("word", rel.target()));
        String text = xml.replaceAll("<[^>]*>", "");
        Matcher m = RunMerger.LOOSE.matcher(text);
        if (m.find() || text.contains("{{") || text.contains("}}")) {
          int at = m.find(0) ? m.start() : Math.max(text.indexOf("{{"), text.indexOf("}}"));
          problems.add(new TemplateProblem(TemplateProblem.Kind.HEADER_FOOTER, snippet(text, at)));
        }
      }
    }
  }

  /** Braces left over once the whole placeholders are taken out: a placeholder Word could not keep together. */
  private static void broken(String text, List<TemplateProblem> problems) {
    String rest = WHOLE.matcher(text).replaceAll("\u0001");
    for (String brace : List.of("{{", "}}", "｛｛", "｝｝")) {
      int at = rest.indexOf(brace);
      if (at >= 0) {
        problems.add(new TemplateProblem(TemplateProblem.Kind.BROKEN, snippet(rest.replace("\u0001", "…"), at)));
        return;
      }
    }
  }

  private static String snippet(String text, int at) {
    int from = Math.max(0, at - 8);
    int to = Math.min(text.length(), at + 16);
    return text.substring(from, to).strip();
  }

  /** Every paragraph under {@code x}, nested ones (tables, text boxes) included. */
  private static List<CTP> paragraphs(XmlObject x) {
    List<CTP> out = new ArrayList<>();
    try (XmlCursor c = x.newCursor()) {
      while (c.hasNextToken()) {
        if (c.toNextToken().isStart() && c.getName().equals(P) && c.getObject() instanceof CTP p) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** The text of {@code x}'s w:t elements in order. */
  static String text(XmlObject x) {
    StringBuilder s = new StringBuilder();
    try (XmlCursor c = x.newCursor(); XmlCursor end = x.newCursor()) {
      end.toEndToken();
      while (c.toNextToken() != XmlCursor.TokenType.NONE && c.isLeftOf(end)) {
        if (c.isStart() && c.getName().equals(T)) {
          s.append(c.getTextValue());
        }
      }
    }
    return s.toString();
  }

  /**
   * The text of {@code p}'s w:t elements with a NUL character where anything else stands between
   * them in a run (a tab, a break, a picture, a field): a placeholder cannot span those.
   */
  private static String textWithStops(CTP p) {
    StringBuilder s = new StringBuilder();
    try (XmlCursor c = p.newCursor(); XmlCursor end = p.newCursor()) {
      end.toEndToken();
      while (c.toNextToken() != XmlCursor.TokenType.NONE && c.isLeftOf(end)) {
        if (!c.isStart()) {
          continue;
        }
        QName name = c.getName();
        if (name.equals(T)) {
          s.append(c.getTextValue());
        } else if (W.equals(name.getNamespaceURI()) && STOPS.contains(name.getLocalPart())) {
          s.append('\u0000');
        }
      }
    }
    return s.toString();
  }

  /** Bookmarks (Word's _GoBack among them) would repeat with every document: they are dropped. */
  private static void removeBookmarks(CTBody body) {
    List<XmlObject> marks = new ArrayList<>();
    try (XmlCursor c = body.newCursor()) {
      while (c.hasNextToken()) {
        if (c.toNextToken().isStart() && (c.getName().equals(BOOKMARK_START) || c.getName().equals(BOOKMARK_END))) {
          marks.add(c.getObject());
        }
      }
    }
    for (XmlObject mark : marks) {
      try (XmlCursor c = mark.newCursor()) {
        c.removeXml();
      }
    }
  }

  // ---- the compiled form ----

  /** A piece of a compiled body. */
  sealed interface Node permits Lit, Ph, DocPrId, Repeat, Section {}

  /** Serialised WordprocessingML, copied as it is. */
  record Lit(String xml) implements Node {}

  /** A placeholder; {@code inText} when it stands in a w:t element (a line break in its value becomes w:br). */
  record Ph(String name, boolean inText) implements Node {}

  /** A drawing's id, numbered afresh in every document (Word wants them unique). */
  record DocPrId() implements Node {}

  /** A paragraph or table row repeated per element of {@code list}. */
  record Repeat(String list, List<Node> body) implements Node {}

  /** Content kept only when {@code list} has elements. */
  record Section(String list, List<Node> body) implements Node {}

  // ---- filling ----

  /**
   * The body of one document filled with {@code values}: serialised WordprocessingML to put
   * between {@code <w:body>} and {@code </w:body>}. {@code sectionEnd}: end it with its section's
   * properties, as every document but a file's last must. {@code leading} is put first (a mark
   * the caller adds, e.g. 作废). {@code drawingIds} numbers the drawings across the file.
   */
  public String fill(TemplateValues values, boolean sectionEnd, String leading, int[] drawingIds) {
    StringBuilder out = new StringBuilder(4096 + body.size() * 64);
    out.append(leading);
    if (sectionEnd && lastWithSection != null) {
      fill(lastWithSection, values, null, out, drawingIds);
    } else {
      fill(body, values, null, out, drawingIds);
      if (sectionEnd) {
        out.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>")
            .append("<w:rPr><w:sz w:val=\"2\"/></w:rPr>").append(sectPr).append("</w:pPr></w:p>");
      }
    }
    return out.toString();
  }

  private static void fill(List<Node> nodes, TemplateValues values, @Nullable Map<String, String> element,
      StringBuilder out, int[] drawingIds) {
    for (Node n : nodes) {
      if (n instanceof Lit lit) {
        out.append(lit.xml());
      } else if (n instanceof Ph ph) {
        String name = ph.name();
        int dot = name.indexOf('.');
        String value = dot < 0 ? values.scalar(name)
            : element == null ? "" : element.getOrDefault(name.substring(dot + 1), "");
        escape(value, ph.inText(), out);
      } else if (n instanceof DocPrId) {
        out.append(++drawingIds[0]);
      } else if (n instanceof Repeat r) {
        for (Map<String, String> e : values.elements(r.list())) {
          fill(r.body(), values, e, out, drawingIds);
        }
      } else if (n instanceof Section s) {
        if (!values.elements(s.list()).isEmpty()) {
          fill(s.body(), values, element, out, drawingIds);
        }
      }
    }
  }

  /** The value as XML text; in a w:t a line break becomes w:br and a tab w:tab, elsewhere a space. */
  static void escape(String value, boolean inText, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\r' -> { }
        case '\n' -> out.append(inText ? "</w:t><w:br/><w:t xml:space=\"preserve\">" : " ");
        case '\t' -> out.append(inText ? "</w:t><w:tab/><w:t xml:space=\"preserve\">" : " ");
        default -> {
          if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF) {
            out.append(ch);
          }
        }
      }
    }
  }

  // ---- what the writers need ----

  /** The tag given to this template's relationship ids. */
  public String tag() {
    return tag;
  }

  /** The placeholders the template uses. */
  public Set<String> used() {
    return java.util.Collections.unmodifiableSet(used);
  }

  /** The final section's properties, serialised (relationship ids tagged). */
  String sectPr() {
    return sectPr;
  }

  WordPackage pkg() {
    return pkg;
  }

  Map<String, String> namespaces() {
    return namespaces;
  }

  /** The template's styles part, or an empty one. */
  public byte[] styles() {
    byte[] s = pkg.part("word/styles.xml");
    return s == null ? "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
        .getBytes(StandardCharsets.UTF_8) : s;
  }

  /** The template's settings part (the default tab stop, odd and even headers), or empty. */
  public String settings() {
    return pkg.text("word/settings.xml");
  }

  /**
   * The part a tagged relationship id of the main document names (a header, a footer, a
   * picture), or null; the empty header and footer for the ids that stand for none.
   */
  public byte @Nullable [] part(String taggedId) {
    if (!taggedId.startsWith(tag)) {
      return null;
    }
    String id = taggedId.substring(tag.length());
    if (id.equals(BLANK_HEADER)) {
      return DocxBatchWriter.BLANK_HEADER_XML.getBytes(StandardCharsets.UTF_8);
    }
    if (id.equals(BLANK_FOOTER)) {
      return DocxBatchWriter.BLANK_FOOTER_XML.getBytes(StandardCharsets.UTF_8);
    }
    try {
      for (WordPackage.Rel rel : pkg.rels(WordPackage.MAIN)) {
        if (rel.id().equals(id) && !rel.external()) {
          return pkg.part(WordPackage.resolve("word", rel.target()));
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** The start of a document holding this template's body: the root and body start tags. */
  public String documentStart() {
    return Namespaces.rootStart(namespaces);
  }

  /** The end of such a document: the final section's properties and the closing tags. */
  public String documentEnd() {
    return sectPr + Namespaces.ROOT_END;
  }

  static Map<String, String> union(List<DocxTemplate> templates) {
    Map<String, String> all = new LinkedHashMap<>();
    for (DocxTemplate t : templates) {
      t.namespaces.forEach(all::putIfAbsent);
    }
    return all;
  }
}
