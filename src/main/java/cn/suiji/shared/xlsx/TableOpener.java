package cn.suiji.shared.xlsx;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what a file is from its first bytes, because names lie: a zip is an .xlsx, an OLE2
 * compound file is an encrypted .xlsx or an old .xls (both refused), other text is CSV.
 */
final class TableOpener {
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  /** Names that promise a workbook: such a file that is neither zip nor OLE2 is not tried as CSV. */
  private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "xlsb", "et", "ods");
  private static final int SNIFF_BYTES = 64 * 1024;

  private TableOpener() {}

  static TableReader open(Path file, ReadLimits limits) {
    String name = String.valueOf(file.getFileName());
    byte[] head = head(file, name);
    if (startsWith(head, ZIP)) {
      return XlsxTableReader.open(file, name, limits);
    }
    if (startsWith(head, OLE2)) {
      throw refuseOle2(file, name);
    }
    if (WORKBOOK_EXTENSIONS.contains(extension(name))) {
      throw new SuijiException("xlsx.error.notSpreadsheet", name);
    }
    if (CsvTableReader.utf16(head) != null) {
      return new CsvTableReader(file, name, limits);
    }
    if (looksLikeUtf16(head)) {
      throw new SuijiException("xlsx.error.utf16", name);
    }
    if (!looksLikeText(head)) {
      throw new SuijiException("xlsx.error.notSpreadsheet", name);
    }
    return new CsvTableReader(file, name, limits);
  }

  private static byte[] head(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", name, XlsxErrors.reason(e));
    }
  }

  /** An OLE2 file holding an {@code EncryptionInfo} stream is a password-protected .xlsx. */
  private static SuijiException refuseOle2(Path file, String name) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return new SuijiException("xlsx.error.encrypted", name);
      }
      if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
        return new SuijiException("xlsx.error.oldXls", name);
      }
      return new SuijiException("xlsx.error.notSpreadsheet", name);
    } catch (IOException | RuntimeException e) {
      return new SuijiException(e, "xlsx.error.corrupt", name, XlsxErrors.reason(e));
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Text has no NUL bytes and few control characters (a UTF-16 file is refused too). */
  private static boolean looksLikeText(byte[] head) {
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 100 <= head.length;
  }

  /**
   * UTF-16 text without a byte-order mark: about every other byte is zero (ASCII characters, the
   * header's digits and commas). Such a file is refused with its real cause, not as "not a
   * spreadsheet"; with a mark it is read ({@link CsvTableReader#utf16}).
   */
  private static boolean looksLikeUtf16(byte[] head) {
    int pairs = head.length / 2;
    if (pairs < 2) {
      return false;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      evenZero += head[i] == 0 ? 1 : 0;
      oddZero += head[i + 1] == 0 ? 1 : 0;
    }
    return Math.max(evenZero, oddZero) * 10 >= pairs * 3 && Math.min(evenZero, oddZero) * 10 <= pairs;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
