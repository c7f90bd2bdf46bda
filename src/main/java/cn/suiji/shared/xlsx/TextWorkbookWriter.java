package cn.suiji.shared.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * An .xlsx of text cells written as its XML straight away, for exports of hundreds of thousands
 * of rows where SXSSF's cell objects and temp files cost several times the bytes themselves
 * (docs/decisions/0037, addendum). Several sheets fill side by side, each its own part: the
 * rows are encoded as {@code inlineStr} cells (no shared-strings table) into a deflated temp
 * file as they come, with the part's CRC and size counted on the way; {@link #writeTo} then
 * writes the ZIP by hand around the already deflated parts, so every byte is compressed once.
 *
 * <p>Like {@link XlsxWriter}: a bold, frozen header row; every value is text, one that starts
 * with {@code = + - @}, TAB or CR gets a quote-prefixed style (never a formula); {@code null} or
 * empty leaves the cell out. XML 1.0's forbidden characters (controls other than TAB, LF and
 * CR, U+FFFE/U+FFFF, unpaired surrogates) are written as {@code ?}, as POI writes them; TAB, LF
 * and CR as character references, so they survive a reader's line-end normalisation. A text
 * longer than Excel's 32,767 characters is cut there. {@link #close} removes the temp files.
 */
public final class TextWorkbookWriter implements AutoCloseable {
  /** Excel's rows per sheet. */
  public static final int MAX_ROWS = 1_048_576;
  /** Excel's characters per cell. */
  public static final int MAX_TEXT = 32_767;
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final int STYLE_BOLD = 1;
  private static final int STYLE_QUOTED = 2;

  /** A sheet to write: its name, header texts and column widths in characters. */
  public record SheetSpec(String name, List<String> headers, List<Integer> widths) {
    public SheetSpec {
      headers = List.copyOf(headers);
      widths = List.copyOf(widths);
      if (widths.size() != headers.size()) {
        throw new IllegalArgumentException("one width per header");
      }
    }

    /** Widths from the headers: at least 12 characters, a Chinese character counting two. */
    public static SheetSpec of(String name, List<String> headers) {
      List<Integer> widths = new ArrayList<>();
      for (String h : headers) {
        widths.add(Math.min(255, Math.max(12, displayWidth(h) + 2)));
      }
      return new SheetSpec(name, headers, widths);
    }
  }

  private final List<SheetSpec> specs;
  private final List<Part> parts = new ArrayList<>();
  private boolean closed;

  /** Opens one temp part per sheet and writes each sheet's header row. */
  public TextWorkbookWriter(List<SheetSpec> sheets) throws IOException {
    this.specs = List.copyOf(sheets);
    try {
      for (int i = 0; i < specs.size(); i++) {
        Part p = new Part(Files.createTempFile("suiji-sheet", ".xml.deflate"));
        parts.add(p);
        p.start(specs.get(i), i == 0);
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Appends a row to sheet {@code sheet} (its index in the list given); a null or empty value leaves the cell out. */
  public void row(int sheet, List<? extends @Nullable String> values) throws IOException {
    parts.get(sheet).row(values);
  }

  /** Data rows written to sheet {@code sheet} so far (the header not counted). */
  public int rows(int sheet) {
    return parts.get(sheet).rows - 1;
  }

  /** Writes the whole .xlsx to {@code out}, leaving it open; the writer is then finished. */
  public void writeTo(OutputStream out) throws IOException {
    for (Part p : parts) {
      p.finish();
    }
    Zip zip = new Zip(out);
    zip.small("[Content_Types].xml", contentTypes());
    zip.small("_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    zip.small("xl/workbook.xml", workbook());
    zip.small("xl/_rels/workbook.xml.rels", workbookRels());
    zip.small("xl/styles.xml", STYLES);
    for (int i = 0; i < parts.size(); i++) {
      zip.deflated("xl/worksheets/sheet" + (i + 1) + ".xml", parts.get(i));
    }
    zip.finish();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException failed = null;
    for (Part p : parts) {
      try {
        p.discard();
      } catch (IOException e) {
        failed = e;
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  private String contentTypes() {
    StringBuilder s = new StringBuilder(XML_HEAD)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.")
        .append("spreadsheetml.sheet.main+xml\"/>")
        .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.")
        .append("spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= specs.size(); i++) {
      s.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/")
          .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return s.append("</Types>").toString();
  }

  private String workbook() {
    StringBuilder s = new StringBuilder(XML_HEAD).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
        .append(REL).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < specs.size(); i++) {
      s.append("<sheet name=\"").append(escape(specs.get(i).name())).append("\" sheetId=\"").append(i + 1)
          .append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    return s.append("</sheets></workbook>").toString();
  }

  private String workbookRels() {
    StringBuilder s = new StringBuilder(XML_HEAD).append("<Relationships xmlns=\"").append(PKG_REL).append("\">");
    for (int i = 1; i <= specs.size(); i++) {
      s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
    }
    return s.append("<Relationship Id=\"rId").append(specs.size() + 1).append("\" Type=\"").append(REL)
        .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
  }

  /** Style 0 plain, 1 bold (the header), 2 quote-prefixed (a text Excel must not read as a formula). */
  private static final String STYLES = XML_HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
      + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
      + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
      + "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/></cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

  /** The text escaped for an attribute or element (the same rules as the cells). */
  static String escape(String text) {
    Utf8 out = new Utf8();
    out.escaped(text);
    return new String(out.buf, 0, out.len, StandardCharsets.UTF_8);
  }

  static int displayWidth(String s) {
    return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
  }

  private static boolean risky(String v) {
    char c = v.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** A growable UTF-8 buffer with the XML escaping of cells. */
  private static class Utf8 {
    byte[] buf = new byte[1 << 16];
    int len;

    final void ensure(int more) {
      if (len + more > buf.length) {
        grow(len + more);
      }
    }

    void grow(int need) {
      buf = java.util.Arrays.copyOf(buf, Math.max(need, buf.length * 2));
    }

    final void ascii(String s) {
      int n = s.length();
      ensure(n);
      for (int i = 0; i < n; i++) {
        buf[len++] = (byte) s.charAt(i);
      }
    }

    final void number(int v) {
      ascii(Integer.toString(v));
    }

    /** Column letters of 0-based {@code col} (A, B, … Z, AA …). */
    final void column(int col) {
      if (col >= 26) {
        column(col / 26 - 1);
      }
      ensure(1);
      buf[len++] = (byte) ('A' + col % 26);
    }

    final void escaped(String s) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        ensure(10);
        char c = s.charAt(i);
        if (c < 0x80) {
          switch (c) {
            case '<' -> ascii("&lt;");
            case '>' -> ascii("&gt;");
            case '&' -> ascii("&amp;");
            case '"' -> ascii("&quot;");
            case '\t' -> ascii("&#x9;");
            case '\n' -> ascii("&#xa;");
            case '\r' -> ascii("&#xd;");
            default -> buf[len++] = (byte) (c < 0x20 ? '?' : c);
          }
        } else if (c < 0x800) {
          buf[len++] = (byte) (0xC0 | c >> 6);
          buf[len++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buf[len++] = (byte) (0xF0 | cp >> 18);
          buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
          buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
          buf[len++] = (byte) (0x80 | cp & 0x3F);
        } else if (Character.isSurrogate(c) || c >= 0xFFFE) {
          buf[len++] = '?';
        } else {
          buf[len++] = (byte) (0xE0 | c >> 12);
          buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
          buf[len++] = (byte) (0x80 | c & 0x3F);
        }
      }
    }
  }

  /** One sheet's XML, deflated into its temp file as it grows, with its CRC and size. */
  private static final class Part extends Utf8 {
    private static final int FLUSH_AT = 1 << 15;
    final Path file;
    final CRC32 crc = new CRC32();
    final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    final OutputStream out;
    long size;
    long compressed;
    int rows;
    int columns;
    boolean finished;

    Part(Path file) throws IOException {
      this.file = file;
      this.out = new DeflaterOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), deflater,
          1 << 16);
    }

    void start(SheetSpec spec, boolean first) throws IOException {
      columns = spec.headers().size();
      ascii(XML_HEAD + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetViews><sheetView"
          + (first ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
          + " activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
          + "<sheetFormatPr defaultRowHeight=\"15\"/>");
      if (columns > 0) {
        ascii("<cols>");
        for (int i = 0; i < columns; i++) {
          ascii("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + spec.widths().get(i)
              + "\" customWidth=\"1\"/>");
        }
        ascii("</cols>");
      }
      ascii("<sheetData>");
      cells(spec.headers(), STYLE_BOLD);
    }

    void row(List<? extends @Nullable String> values) throws IOException {
      if (rows >= MAX_ROWS) {
        throw new IllegalStateException("more than " + MAX_ROWS + " rows in a sheet");
      }
      cells(values, 0);
    }

    private void cells(List<? extends @Nullable String> values, int style) throws IOException {
      int r = ++rows;
      ascii("<row r=\"");
      number(r);
      ascii("\">");
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i);
        if (v == null || v.isEmpty()) {
          continue;
        }
        if (v.length() > MAX_TEXT) {
          v = v.substring(0, Character.isHighSurrogate(v.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
        }
        int s = style != 0 ? style : risky(v) ? STYLE_QUOTED : 0;
        ascii("<c r=\"");
        column(i);
        number(r);
        ascii(s == 0 ? "\" t=\"inlineStr\"><is><t" : "\" s=\"" + s + "\" t=\"inlineStr\"><is><t");
        if (v.charAt(0) <= ' ' || v.charAt(v.length() - 1) <= ' ') {
          ascii(" xml:space=\"preserve\"");
        }
        ascii(">");
        escaped(v);
        ascii("</t></is></c>");
      }
      ascii("</row>");
      if (len >= FLUSH_AT) {
        flush();
      }
    }

    private void flush() throws IOException {
      crc.update(buf, 0, len);
      size += len;
      out.write(buf, 0, len);
      len = 0;
    }

    void finish() throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      ascii("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
          + " footer=\"0.3\"/></worksheet>");
      flush();
      out.close();
      compressed = deflater.getBytesWritten();
      deflater.end();
    }

    void discard() throws IOException {
      try {
        if (!finished) {
          finished = true;
          out.close();
          deflater.end();
        }
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** A ZIP written by hand: the parts are deflated already (raw DEFLATE, method 8), sizes and CRC known. */
  private static final class Zip {
    /** 1980-01-01 00:00 in MS-DOS form: the same bytes for the same rows. */
    private static final int DOS_DATE = (1 << 5) | 1;
    private final OutputStream out;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int count;

    Zip(OutputStream out) {
      this.out = out;
    }

    void small(String name, String xml) throws IOException {
      byte[] raw = xml.getBytes(StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(raw);
      Deflater d = new Deflater(Deflater.BEST_SPEED, true);
      ByteArrayOutputStream packed = new ByteArrayOutputStream();
      try (DeflaterOutputStream z = new DeflaterOutputStream(packed, d)) {
        z.write(raw);
      } finally {
        d.end();
      }
      byte[] data = packed.toByteArray();
      header(name, crc.getValue(), data.length, raw.length);
      out.write(data);
      offset += data.length;
    }

    void deflated(String name, Part part) throws IOException {
      header(name, part.crc.getValue(), part.compressed, part.size);
      try (InputStream in = Files.newInputStream(part.file)) {
        long copied = in.transferTo(out);
        if (copied != part.compressed) {
          throw new IOException("sheet part " + name + ": " + copied + " bytes, expected " + part.compressed);
        }
      }
      offset += part.compressed;
    }

    private void header(String name, long crc, long csize, long usize) throws IOException {
      if (csize > 0xFFFF_FFFFL || usize > 0xFFFF_FFFFL || offset > 0xFFFF_FFFFL) {
        throw new IOException("sheet part " + name + " over 4 GiB");
      }
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      Le local = new Le();
      local.i32(0x04034b50).i16(20).i16(0x0800).i16(8).i16(0).i16(DOS_DATE).i32(crc).i32(csize).i32(usize)
          .i16(n.length).i16(0).bytes(n);
      Le dir = new Le();
      dir.i32(0x02014b50).i16(20).i16(20).i16(0x0800).i16(8).i16(0).i16(DOS_DATE).i32(crc).i32(csize).i32(usize)
          .i16(n.length).i16(0).i16(0).i16(0).i16(0).i32(0).i32(offset).bytes(n);
      dir.writeTo(central);
      local.writeTo(out);
      offset += local.size();
      count++;
    }

    void finish() throws IOException {
      byte[] dir = central.toByteArray();
      out.write(dir);
      Le end = new Le();
      end.i32(0x06054b50).i16(0).i16(0).i16(count).i16(count).i32(dir.length).i32(offset).i16(0);
      end.writeTo(out);
      out.flush();
    }
  }

  /** Little-endian fields of a ZIP header. */
  private static final class Le extends ByteArrayOutputStream {
    Le i16(int v) {
      write(v & 0xFF);
      write(v >>> 8 & 0xFF);
      return this;
    }

    Le i32(long v) {
      i16((int) (v & 0xFFFF));
      return i16((int) (v >>> 16 & 0xFFFF));
    }

    Le bytes(byte[] b) {
      write(b, 0, b.length);
      return this;
    }
  }
}
