package cn.suiji.shared.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@code xl/workbook.xml} says that the reader needs: the worksheets in order with their
 * visibility and relationship id, and whether dates count from 1904 (old Mac workbooks).
 */
record WorkbookInfo(List<SheetRef> sheets, boolean date1904) {
  /** One {@code <sheet>} entry; {@code visible} is false for hidden and very hidden sheets. */
  record SheetRef(String name, String relId, boolean visible) {}

  List<SheetRef> visibleSheets() {
    return sheets.stream().filter(SheetRef::visible).toList();
  }

  static WorkbookInfo parse(InputStream workbookXml) throws IOException, SAXException {
    Handler handler = new Handler();
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(workbookXml));
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e);
    }
    return new WorkbookInfo(List.copyOf(handler.sheets), handler.date1904);
  }

  private static final class Handler extends DefaultHandler {
    private final List<SheetRef> sheets = new ArrayList<>();
    private boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      if ("sheet".equals(localName)) {
        String state = atts.getValue("state");
        boolean visible = state == null || "visible".equals(state);
        sheets.add(new SheetRef(String.valueOf(atts.getValue("name")), relId(atts), visible));
      } else if ("workbookPr".equals(localName)) {
        String v = atts.getValue("date1904");
        date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
      }
    }

    /** The {@code r:id} attribute, whichever relationships namespace (transitional or strict). */
    private static String relId(Attributes atts) {
      for (int i = 0; i < atts.getLength(); i++) {
        if ("id".equals(atts.getLocalName(i)) && !atts.getURI(i).isEmpty()) {
          return atts.getValue(i);
        }
      }
      return "";
    }
  }
}
