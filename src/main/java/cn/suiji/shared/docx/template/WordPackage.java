package cn.suiji.shared.docx.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a .docx as they are stored — names, bytes, the main document's relationships and
 * the content types — read once, so that a template's parts can be copied into the documents
 * made from it without going through a document model.
 */
final class WordPackage {
  static final String MAIN = "word/document.xml";
  static final String MAIN_RELS = "word/_rels/document.xml.rels";
  static final String CONTENT_TYPES = "[Content_Types].xml";
  static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  /** A template bigger than this (unpacked) is refused: a letter's template is tens of kilobytes. */
  private static final long MAX_BYTES = 64L << 20;
  private static final int MAX_PARTS = 2_000;

  /** A relationship of a part: id, type (the last path segment is enough to tell), target, external or not. */
  record Rel(String id, String type, String target, boolean external) {
    String kind() {
      return type.substring(type.lastIndexOf('/') + 1);
    }
  }

  private final Map<String, byte[]> parts;
  private final Map<String, String> defaults;
  private final Map<String, String> overrides;

  private WordPackage(Map<String, byte[]> parts, Map<String, String> defaults, Map<String, String> overrides) {
    this.parts = parts;
    this.defaults = defaults;
    this.overrides = overrides;
  }

  /** Reads the package; {@link IOException} when it is not a zip or has no main document. */
  static WordPackage read(byte[] docx) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        byte[] bytes = readLimited(zip, MAX_BYTES - total);
        total += bytes.length;
        parts.put(stripSlash(entry.getName()), bytes);
        if (parts.size() > MAX_PARTS) {
          throw new IOException("too many parts");
        }
      }
    }
    if (!parts.containsKey(MAIN) || !parts.containsKey(CONTENT_TYPES)) {
      throw new IOException("no word/document.xml");
    }
    Map<String, String> defaults = new LinkedHashMap<>();
    Map<String, String> overrides = new LinkedHashMap<>();
    try {
      XMLStreamReader r = reader(parts.get(CONTENT_TYPES));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          if (r.getLocalName().equals("Default")) {
            defaults.put(r.getAttributeValue(null, "Extension").toLowerCase(java.util.Locale.ROOT),
                r.getAttributeValue(null, "ContentType"));
          } else if (r.getLocalName().equals("Override")) {
            overrides.put(stripSlash(r.getAttributeValue(null, "PartName")), r.getAttributeValue(null, "ContentType"));
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new WordPackage(parts, defaults, overrides);
  }

  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long read = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      read += n;
      if (read > limit) {
        throw new IOException("template too large");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static String stripSlash(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }

  static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  Map<String, byte[]> parts() {
    return parts;
  }

  @Nullable byte[] part(String name) {
    return parts.get(name);
  }

  String text(String name) {
    byte[] b = parts.get(name);
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }

  Map<String, String> defaults() {
    return defaults;
  }

  /** The content type of a part: its override, else its extension's default. */
  @Nullable String contentType(String part) {
    String o = overrides.get(part);
    if (o != null) {
      return o;
    }
    int dot = part.lastIndexOf('.');
    return dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** The relationships of {@code part} (from its _rels file), in file order; empty when it has none. */
  List<Rel> rels(String part) throws IOException {
    int slash = part.lastIndexOf('/');
    String relsName = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    byte[] xml = parts.get(relsName);
    List<Rel> out = new ArrayList<>();
    if (xml == null) {
      return out;
    }
    try {
      XMLStreamReader r = reader(xml);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
          out.add(new Rel(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Type"),
              r.getAttributeValue(null, "Target"), "External".equals(r.getAttributeValue(null, "TargetMode"))));
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    return out;
  }

  /** The part a relative target of a part in {@code word/} names ({@code media/a.png} → {@code word/media/a.png}). */
  static String resolve(String fromDir, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    List<String> segments = new ArrayList<>(List.of(fromDir.isEmpty() ? new String[0] : fromDir.split("/")));
    for (String s : target.split("/")) {
      if (s.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (!s.equals(".") && !s.isEmpty()) {
        segments.add(s);
      }
    }
    return String.join("/", segments);
  }
}
