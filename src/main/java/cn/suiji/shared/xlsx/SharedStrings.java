package cn.suiji.shared.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared-strings table held compactly: all texts in 1 Mi-char blocks, each
 * preceded by its length, plus one {@code int} position per string. A million distinct texts
 * of ten Chinese characters cost about 26 MB instead of the ~64 MB of POI's
 * {@code ReadOnlySharedStringsTable} (a {@code List<String>}). Phonetic runs ({@code <rPh>},
 * furigana) are left out, as Excel does not show them in the cell. The part's size is bounded
 * by the {@link CountingInputStream} the caller parses it through.
 */
final class SharedStrings {
  private static final int BLOCK_BITS = 20;
  private static final int BLOCK = 1 << BLOCK_BITS;

  private char[][] blocks = new char[0][];
  private int[] positions = new int[1024];
  private int size;
  private int block = -1;
  private int used = BLOCK;

  int size() {
    return size;
  }

  String get(int index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("shared string " + index + " of " + size);
    }
    int pos = positions[index];
    char[] b = blocks[pos >>> BLOCK_BITS];
    int off = pos & (BLOCK - 1);
    return new String(b, off + 1, b[off]);
  }

  void add(CharSequence text) {
    int len = Math.min(text.length(), Character.MAX_VALUE);
    if (used + len + 1 > BLOCK) {
      block++;
      blocks = Arrays.copyOf(blocks, block + 1);
      blocks[block] = new char[BLOCK];
      used = 0;
    }
    if (size == positions.length) {
      positions = Arrays.copyOf(positions, size * 2);
    }
    char[] b = blocks[block];
    b[used] = (char) len;
    for (int i = 0; i < len; i++) {
      b[used + 1 + i] = text.charAt(i);
    }
    positions[size++] = (block << BLOCK_BITS) | used;
    used += len + 1;
  }

  static SharedStrings parse(InputStream sstXml, int maxCellChars) throws IOException, SAXException {
    SharedStrings table = new SharedStrings();
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new Handler(table, Math.min(maxCellChars, Character.MAX_VALUE - 1)));
      xml.parse(new InputSource(sstXml));
    } catch (ParserConfigurationException e) {
      throw new IOException(e);
    }
    return table;
  }

  /** {@code _x000D_} and the like: how OOXML escapes characters XML cannot carry. */
  static String unescape(String s) {
    int i = s.indexOf("_x");
    if (i < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    for (; i >= 0 && i + 7 <= s.length(); i = s.indexOf("_x", i + 1)) {
      if (s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
        out.append(s, from, i).append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        from = i + 7;
        i += 6;
      }
    }
    return out.append(s, from, s.length()).toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static final class Handler extends DefaultHandler {
    private final SharedStrings table;
    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phoneticDepth;

    Handler(SharedStrings table, int maxChars) {
      this.table = table;
      this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "si" -> text.setLength(0);
        case "rPh" -> phoneticDepth++;
        case "t" -> inT = phoneticDepth == 0;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "si" -> {
          // one character over the limit is kept, so that the sheet refuses the cell by name
          String s = unescape(text.toString());
          table.add(s.length() > maxChars ? s.substring(0, maxChars + 1) : s);
        }
        case "rPh" -> phoneticDepth--;
        case "t" -> inT = false;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      int room = SheetParser.rawLimit(maxChars) - text.length();
      if (inT && room > 0) {
        text.append(ch, start, Math.min(length, room));
      }
    }
  }
}
