package cn.suiji.cli.bench;

import cn.suiji.shared.xlsx.ReadLimits;
import cn.suiji.shared.xlsx.XlsxErrors;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The benchmark's floor: the least work that still streams every cell of every worksheet
 * (unzip + SAX, counting rows, cells and characters, no shared-string look-up, no text built).
 * An import of the same file should take at most twice as long as this. Failures are
 * {@code xlsx.error.*} refusals like the reader's.
 */
public final class ParseOnlyScan {
  /** What the scan counted. */
  public record Result(long rows, long cells, long chars) {}

  private ParseOnlyScan() {}

  public static Result scan(Path file) {
    ReadLimits.applyZipLimits();
    String name = String.valueOf(file.getFileName());
    Counter counter = new Counter();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      for (Iterator<InputStream> sheets = reader.getSheetsData(); sheets.hasNext(); ) {
        try (InputStream in = sheets.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(counter);
          xml.parse(new InputSource(in));
        }
      }
    } catch (Exception | OutOfMemoryError e) {
      throw XlsxErrors.translate(e, name);
    }
    return new Result(counter.rows, counter.cells, counter.chars);
  }

  private static final class Counter extends DefaultHandler {
    private long rows;
    private long cells;
    private long chars;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      if ("row".equals(localName)) {
        rows++;
      } else if ("c".equals(localName)) {
        cells++;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      chars += length;
    }
  }
}
