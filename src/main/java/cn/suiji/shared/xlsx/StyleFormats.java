package cn.suiji.shared.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style, read with SAX from {@code xl/styles.xml} (POI's
 * StylesTable builds an XmlBeans tree we do not need). Tells {@link NumericText} whether a
 * numeric cell shows a date, or pads with leading zeros (format {@code 000000}).
 */
final class StyleFormats {
  /** No styles part: every number is General. */
  static final StyleFormats NONE = new StyleFormats(new int[0], Map.of());

  private final NumericText.Kind[] kindByXf;
  private final Map<Integer, String> customCodes;

  private StyleFormats(int[] numFmtIdByXf, Map<Integer, String> customCodes) {
    this.customCodes = customCodes;
    this.kindByXf = new NumericText.Kind[numFmtIdByXf.length];
    for (int i = 0; i < numFmtIdByXf.length; i++) {
      kindByXf[i] = kindOf(numFmtIdByXf[i]);
    }
  }

  /** How numbers in cells of style {@code xf} (the {@code s} attribute) are shown; decided once per style. */
  NumericText.Kind kind(int xf) {
    return xf >= 0 && xf < kindByXf.length ? kindByXf[xf] : NumericText.GENERAL;
  }

  private NumericText.Kind kindOf(int numFmtId) {
    String code = customCodes.get(numFmtId);
    if (code == null) {
      code = BuiltinFormats.getBuiltinFormat(numFmtId);
    }
    if (code == null) {
      return NumericText.GENERAL;
    }
    if (DateUtil.isADateFormat(numFmtId, code)) {
      return NumericText.DATE;
    }
    return NumericText.Kind.ofPlainFormat(code);
  }

  static StyleFormats parse(InputStream stylesXml) throws IOException, SAXException {
    Handler handler = new Handler();
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(stylesXml));
    } catch (ParserConfigurationException e) {
      throw new IOException(e);
    }
    return new StyleFormats(handler.xfs.stream().mapToInt(Integer::intValue).toArray(), handler.codes);
  }

  private static final class Handler extends DefaultHandler {
    private final Map<Integer, String> codes = new HashMap<>();
    private final java.util.List<Integer> xfs = new java.util.ArrayList<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      switch (localName) {
        case "numFmt" -> {
          Integer id = parseInt(atts.getValue("numFmtId"));
          String code = atts.getValue("formatCode");
          if (id != null && code != null) {
            codes.put(id, code);
          }
        }
        case "cellXfs" -> inCellXfs = true;
        case "xf" -> {
          if (inCellXfs) {
            Integer id = parseInt(atts.getValue("numFmtId"));
            xfs.add(id == null ? 0 : id);
          }
        }
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if ("cellXfs".equals(localName)) {
        inCellXfs = false;
      }
    }

    private static @Nullable Integer parseInt(@Nullable String s) {
      try {
        return s == null ? null : Integer.valueOf(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
