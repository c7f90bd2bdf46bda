package cn.suiji.shared.xlsx;

import cn.suiji.cli.bench.ParseOnlyScan;
import cn.suiji.cli.bench.SampleTargets;
import cn.suiji.shared.Progress;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Measured by hand, not a unit test: {@code java -Xmx256m -cp … ImportBenchmark FILE MODE [ROWS]}
 * with MODE {@code generate} or {@code generate-sst}, {@code scan} (ParseOnlyScan, the floor), {@code read}
 * (TableReader + header + data rows) or {@code poi} (POI's XSSFSheetXMLHandler, for comparison).
 * Prints the time and the peak heap after the work.
 */
final class ImportBenchmark {
  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String mode = args[1];
    long start = System.nanoTime();
    long rows = switch (mode) {
      case "generate" -> {
        SampleTargets.write(file, Integer.parseInt(args[2]));
        yield Integer.parseInt(args[2]);
      }
      case "scan" -> ParseOnlyScan.scan(file).rows();
      case "read" -> read(file);
      case "poi" -> poi(file);
      case "generate-sst" -> {
        SampleTargets.write(file, Integer.parseInt(args[2]), true);
        yield Integer.parseInt(args[2]);
      }
      default -> throw new IllegalArgumentException(mode);
    };
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%s %s: %d rows, %.1f s, peak heap %d MB, file %d MB%n", mode, file.getFileName(), rows, seconds,
        peak >> 20, Files.size(file) >> 20);
  }

  private static long read(Path file) {
    long[] count = {0};
    long[] chars = {0};
    try (TableReader table = TableReader.open(file)) {
      HeaderMapping header = table.findHeader(Sheets.TARGET_SPECS);
      table.readData(header, row -> {
        count[0]++;
        chars[0] += header.get(row, "uscc").length();
        return true;
      }, Progress.NONE);
    }
    return count[0];
  }

  private static long poi(Path file) throws Exception {
    long[] count = {0};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
        @Override
        public void startRow(int rowNum) {}

        @Override
        public void endRow(int rowNum) {
          count[0]++;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {}
      };
      for (Iterator<InputStream> sheets = reader.getSheetsData(); sheets.hasNext(); ) {
        try (InputStream in = sheets.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, contents, new DataFormatter(), false));
          xml.parse(new InputSource(in));
        }
      }
    }
    return count[0];
  }
}
