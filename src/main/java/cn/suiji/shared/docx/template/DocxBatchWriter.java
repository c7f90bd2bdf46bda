package cn.suiji.shared.docx.template;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes documents filled from one or more templates into one .docx, as a stream: the parts
 * first, then {@code word/document.xml} document by document, so a batch of thousands never
 * sits in memory as a document model. The first template is the file's own (its styles,
 * settings, numbering, fonts and every other part are copied as they are); a later template
 * brings its headers, footers and pictures (under {@code word/suiji-<tag>/}) and the styles the
 * first lacks. Each document ends its section, so each starts a new page with its template's
 * page set-up.
 */
public final class DocxBatchWriter implements Closeable {
  static final String BLANK_HEADER_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:hdr xmlns:w=\"" + Namespaces.W + "\"><w:p/></w:hdr>";
  static final String BLANK_FOOTER_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:ftr xmlns:w=\"" + Namespaces.W + "\"><w:p/></w:ftr>";
  private static final String BLANK_HEADER_PART = "word/suiji-blank-header.xml";
  private static final String BLANK_FOOTER_PART = "word/suiji-blank-footer.xml";
  private static final String MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
  private static final String FOOTER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
  /** Relationship types a later template brings along; the rest (styles, numbering, settings…) are the file's. */
  private static final Set<String> CARRIED = Set.of("header", "footer", "image", "hyperlink", "oleObject", "package",
      "chart", "diagramData", "diagramLayout", "diagramQuickStyle", "diagramColors");

  private final ZipOutputStream zip;
  private final Writer document;
  private final List<DocxTemplate> templates;
  private final int[] drawingIds = {0};
  private DocxTemplate last;

  /**
   * Starts the file on {@code out} (closed with the writer) with every part of {@code templates}
   * (the first is the file's own), ready for {@link #add}.
   */
  public DocxBatchWriter(OutputStream out, List<DocxTemplate> templates) throws IOException {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no template");
    }
    this.templates = List.copyOf(templates);
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.last = templates.get(0);
    writeParts();
    zip.putNextEntry(new ZipEntry(WordPackage.MAIN));
    document = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
    document.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    document.write(Namespaces.rootStart(DocxTemplate.union(templates)));
  }

  /**
   * Adds a document filled from {@code template}. The previous document's section is closed
   * first; the last one added keeps the file's final section properties.
   */
  public void add(DocxTemplate template, TemplateValues values, String leading, boolean moreToCome)
      throws IOException {
    document.write(template.fill(values, moreToCome, leading, drawingIds));
    last = template;
  }

  @Override
  public void close() throws IOException {
    document.write(last.sectPr());
    document.write(Namespaces.ROOT_END);
    document.flush();
    zip.closeEntry();
    zip.close();
  }

  private void writeParts() throws IOException {
    DocxTemplate main = templates.get(0);
    WordPackage own = main.pkg();
    Map<String, byte[]> carried = new LinkedHashMap<>();
    Map<String, String> carriedTypes = new LinkedHashMap<>();
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"" + WordPackage.PKG_REL_NS + "\">");
    Set<String> tags = new HashSet<>();
    for (DocxTemplate t : templates) {
      if (!tags.add(t.tag())) {
        throw new IllegalArgumentException("two templates tagged " + t.tag());
      }
      boolean isMain = t == main;
      for (WordPackage.Rel rel : t.pkg().rels(WordPackage.MAIN)) {
        String target = rel.target();
        if (!isMain) {
          if (!CARRIED.contains(rel.kind())) {
            continue;
          }
          if (!rel.external()) {
            String part = WordPackage.resolve("word", target);
            target = "suiji-" + t.tag() + "/" + relativeToWord(part);
            carry(t.pkg(), part, "word/" + target, carried, carriedTypes, t.tag());
          }
        }
        rels.append(relationship(t.tag() + rel.id(), rel.type(), target, rel.external()));
      }
      rels.append(relationship(t.tag() + DocxTemplate.BLANK_HEADER,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "suiji-blank-header.xml", false));
      rels.append(relationship(t.tag() + DocxTemplate.BLANK_FOOTER,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "suiji-blank-footer.xml", false));
    }
    rels.append("</Relationships>");

    put(WordPackage.CONTENT_TYPES, contentTypes(own, carriedTypes));
    for (Map.Entry<String, byte[]> part : own.parts().entrySet()) {
      String name = part.getKey();
      if (name.equals(WordPackage.MAIN) || name.equals(WordPackage.MAIN_RELS) || name.equals(WordPackage.CONTENT_TYPES)) {
        continue;
      }
      if (name.equals("word/styles.xml") && templates.size() > 1) {
        put(name, mergedStyles(templates).getBytes(StandardCharsets.UTF_8));
      } else {
        put(name, part.getValue());
      }
    }
    put(WordPackage.MAIN_RELS, rels.toString().getBytes(StandardCharsets.UTF_8));
    put(BLANK_HEADER_PART, BLANK_HEADER_XML.getBytes(StandardCharsets.UTF_8));
    put(BLANK_FOOTER_PART, BLANK_FOOTER_XML.getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> part : carried.entrySet()) {
      put(part.getKey(), part.getValue());
    }
  }

  /** Copies {@code part} (with its own relationships and what they name) of a later template to {@code to}. */
  private static void carry(WordPackage pkg, String part, String to, Map<String, byte[]> carried,
      Map<String, String> types, String tag) throws IOException {
    Deque<String[]> todo = new ArrayDeque<>();
    todo.push(new String[] {part, to});
    while (!todo.isEmpty()) {
      String[] next = todo.pop();
      byte[] bytes = pkg.part(next[0]);
      if (bytes == null || carried.containsKey(next[1])) {
        continue;
      }
      carried.put(next[1], bytes);
      String type = pkg.contentType(next[0]);
      if (type != null) {
        types.put(next[1], type);
      }
      int slash = next[0].lastIndexOf('/');
      String relsName = next[0].substring(0, slash + 1) + "_rels/" + next[0].substring(slash + 1) + ".rels";
      byte[] partRels = pkg.part(relsName);
      if (partRels != null) {
        int toSlash = next[1].lastIndexOf('/');
        carried.put(next[1].substring(0, toSlash + 1) + "_rels/" + next[1].substring(toSlash + 1) + ".rels", partRels);
        for (WordPackage.Rel rel : pkg.rels(next[0])) {
          if (!rel.external()) {
            String inner = WordPackage.resolve(next[0].substring(0, slash), rel.target());
            if (inner.startsWith("word/")) {
              todo.push(new String[] {inner, "word/suiji-" + tag + "/" + relativeToWord(inner)});
            }
          }
        }
      }
    }
  }

  private static String relativeToWord(String part) {
    return part.startsWith("word/") ? part.substring(5) : part;
  }

  private static String relationship(String id, String type, String target, boolean external) {
    StringBuilder s = new StringBuilder("<Relationship Id=\"");
    DocxTemplate.escape(id, false, s);
    s.append("\" Type=\"");
    DocxTemplate.escape(type, false, s);
    s.append("\" Target=\"");
    DocxTemplate.escape(target, false, s);
    s.append('"');
    if (external) {
      s.append(" TargetMode=\"External\"");
    }
    return s.append("/>").toString();
  }

  private static byte[] contentTypes(WordPackage own, Map<String, String> carried) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
    Map<String, String> defaults = new LinkedHashMap<>(own.defaults());
    defaults.putIfAbsent("rels", "application/vnd.openxmlformats-package.relationships+xml");
    defaults.putIfAbsent("xml", "application/xml");
    for (Map.Entry<String, String> c : carried.entrySet()) {
      String name = c.getKey();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
      if (!defaults.containsKey(ext) && !ext.equals("xml")) {
        defaults.put(ext, c.getValue());
      }
    }
    defaults.forEach((ext, type) -> s.append("<Default Extension=\"").append(ext).append("\" ContentType=\"")
        .append(type).append("\"/>"));
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String part : own.parts().keySet()) {
      if (part.equals(WordPackage.CONTENT_TYPES) || part.endsWith(".rels")) {
        continue;
      }
      String type = own.contentType(part);
      if (type != null && !type.equals(defaults.get(part.substring(part.lastIndexOf('.') + 1)))) {
        overrides.put(part, type);
      }
    }
    overrides.put(WordPackage.MAIN, MAIN_TYPE); // a template saved as .dotx opens as a document
    overrides.put(BLANK_HEADER_PART, HEADER_TYPE);
    overrides.put(BLANK_FOOTER_PART, FOOTER_TYPE);
    carried.forEach((part, type) -> {
      if (part.endsWith(".xml")) {
        overrides.put(part, type);
      }
    });
    overrides.forEach((part, type) -> s.append("<Override PartName=\"/").append(part).append("\" ContentType=\"")
        .append(type).append("\"/>"));
    return s.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The styles part of a file written from {@code templates}: the first template's, with the
   * styles of the later ones it lacks (by id). The PDF of the same documents reads these too.
   */
  public static byte[] styles(List<DocxTemplate> templates) {
    return templates.size() == 1 ? templates.get(0).styles()
        : mergedStyles(templates).getBytes(StandardCharsets.UTF_8);
  }

  private static String mergedStyles(List<DocxTemplate> templates) {
    String own = new String(templates.get(0).styles(), StandardCharsets.UTF_8);
    Matcher root = Pattern.compile("</([A-Za-z_][\\w.-]*:)?styles>\\s*$").matcher(own);
    if (!root.find()) {
      return own;
    }
    String prefix = root.group(1) == null ? "" : root.group(1);
    Set<String> ids = styleIds(own, prefix);
    StringBuilder extra = new StringBuilder();
    for (DocxTemplate t : templates.subList(1, templates.size())) {
      String other = new String(t.styles(), StandardCharsets.UTF_8);
      Matcher style = Pattern.compile("<" + Pattern.quote(prefix) + "style\\b[^>]*?" + Pattern.quote(prefix)
          + "styleId=\"([^\"]*)\".*?</" + Pattern.quote(prefix) + "style>", Pattern.DOTALL).matcher(other);
      while (style.find()) {
        if (ids.add(style.group(1))) {
          extra.append(style.group());
        }
      }
    }
    return own.substring(0, root.start()) + extra + own.substring(root.start());
  }

  private static Set<String> styleIds(String styles, String prefix) {
    Set<String> ids = new HashSet<>();
    Matcher m = Pattern.compile("<" + Pattern.quote(prefix) + "style\\b[^>]*?" + Pattern.quote(prefix)
        + "styleId=\"([^\"]*)\"").matcher(styles);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private void put(String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  /** Lets the document writer be flushed without closing the zip under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
