package cn.suiji.shared.xlsx;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the worksheets of an .xlsx with SAX, part by part, straight from the zip: only the
 * shared strings (bounded by {@link ReadLimits#maxSharedStringsBytes}) and the small style
 * table are held in memory. POI's zip-bomb guard stays on; every failure becomes an
 * {@code xlsx.error.*} refusal through {@link XlsxErrors}.
 */
final class XlsxTableReader implements TableReader {
  /** A styles part beyond this is hostile: real ones are kilobytes. */
  private static final long MAX_STYLES_BYTES = 32L << 20;

  private final String fileName;
  private final ReadLimits limits;
  private final OPCPackage pkg;
  private final PackagePart workbook;
  private final WorkbookInfo info;
  private @Nullable SharedStrings strings;
  private @Nullable StyleFormats styles;
  private boolean stringsLoaded;

  private XlsxTableReader(String fileName, ReadLimits limits, OPCPackage pkg, PackagePart workbook, WorkbookInfo info) {
    this.fileName = fileName;
    this.limits = limits;
    this.pkg = pkg;
    this.workbook = workbook;
    this.info = info;
  }

  static XlsxTableReader open(Path file, String fileName, ReadLimits limits) {
    ReadLimits.applyZipLimits();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      zip.size(); // the central directory is readable: the file is not truncated
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.corrupt", fileName, XlsxErrors.reason(e));
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw new SuijiException(e, "xlsx.error.notSpreadsheet", fileName);
    }
    try {
      PackagePart workbook = workbookPart(pkg, fileName);
      WorkbookInfo info;
      try (InputStream in = workbook.getInputStream()) {
        info = WorkbookInfo.parse(new CountingInputStream(in, MAX_STYLES_BYTES, -1, Progress.NONE, fileName, "workbook.xml"));
      }
      return new XlsxTableReader(fileName, limits, pkg, workbook, info);
    } catch (Exception | OutOfMemoryError e) {
      pkg.revert();
      throw XlsxErrors.translate(e, fileName);
    }
  }

  /** The main part must be a worksheet workbook: a .docx or .xlsb is not one we read. */
  private static PackagePart workbookPart(OPCPackage pkg, String fileName) throws Exception {
    for (String type : List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
      PackageRelationship rel = pkg.getRelationshipsByType(type).getRelationship(0);
      if (rel != null) {
        PackagePart part = pkg.getPart(rel);
        String contentType = part == null ? "" : part.getContentType();
        if (part != null && contentType.contains("sheet") && contentType.endsWith("main+xml")) {
          return part;
        }
      }
    }
    throw new SuijiException("xlsx.error.notSpreadsheet", fileName);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public List<String> sheetNames() {
    return info.visibleSheets().stream().map(WorkbookInfo.SheetRef::name).toList();
  }

  @Override
  public void read(String sheet, RowHandler handler, Progress progress) {
    WorkbookInfo.SheetRef ref = info.sheets().stream().filter(s -> s.name().equals(sheet)).findFirst()
        .orElseThrow(() -> new SuijiException("xlsx.error.noSheet", fileName, sheet));
    try {
      loadStringsAndStyles(progress);
      PackagePart part = workbook.getRelatedPart(workbook.getRelationship(ref.relId()));
      long total = part.getSize();
      SheetParser parser = new SheetParser(strings, styles == null ? StyleFormats.NONE : styles, info.date1904(),
          limits.maxCellChars(), handler);
      try (InputStream in = part.getInputStream()) {
        parse(new CountingInputStream(in, ReadLimits.MAX_ENTRY_BYTES, total, progress, fileName, sheet), parser);
      }
      progress.update(Math.max(total, 1), Math.max(total, 1));
    } catch (SheetParser.Stop stop) {
      // the handler has what it wanted
    } catch (Exception | OutOfMemoryError e) {
      if (stoppedByHandler(e)) {
        return;
      }
      throw XlsxErrors.translate(e, fileName);
    }
  }

  private void loadStringsAndStyles(Progress progress) throws Exception {
    if (stringsLoaded) {
      return;
    }
    Progress cancelOnly = new Progress() {
      @Override
      public void update(long done, long total) {}

      @Override
      public boolean isCancelled() {
        return progress.isCancelled();
      }
    };
    PackagePart sst = related("/sharedStrings");
    if (sst != null) {
      try (InputStream in = sst.getInputStream()) {
        strings = SharedStrings.parse(new CountingInputStream(in, limits.maxSharedStringsBytes(), -1, cancelOnly,
            fileName, "sharedStrings.xml"), limits.maxCellChars());
      }
    }
    PackagePart stylePart = related("/styles");
    if (stylePart != null) {
      try (InputStream in = stylePart.getInputStream()) {
        styles = StyleFormats.parse(new CountingInputStream(in, MAX_STYLES_BYTES, -1, cancelOnly, fileName, "styles.xml"));
      }
    }
    stringsLoaded = true;
  }

  private @Nullable PackagePart related(String typeSuffix) throws Exception {
    for (PackageRelationship rel : workbook.getRelationships()) {
      if (rel.getRelationshipType().endsWith(typeSuffix)) {
        return workbook.getRelatedPart(rel);
      }
    }
    return null;
  }

  private static void parse(InputStream in, SheetParser parser) throws Exception {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IOException(e);
    }
    xml.setContentHandler(parser);
    xml.parse(new InputSource(in));
  }

  private static boolean stoppedByHandler(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SheetParser.Stop) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    strings = null;
    pkg.revert();
  }
}
