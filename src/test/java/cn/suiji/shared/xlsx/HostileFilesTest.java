package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import cn.suiji.cli.bench.SampleTargets;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile file ends in a clear refusal with the right key, fast and without running out of memory. */
class HostileFilesTest {
  private static final Duration FAST = Duration.ofSeconds(20);

  @TempDir
  Path dir;

  @Test
  void aZipBombIsRefusedAsTooLarge() throws Exception {
    Path file = replacePart(plain(), "xl/worksheets/sheet1.xml", out -> {
      out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
          .getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'A');
      for (int i = 0; i < 200; i++) {
        out.write(block);
      }
      out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    });
    assertThat(Files.size(file)).isLessThan(2L << 20);
    assertRefused(file, "xlsx.error.tooLarge");
  }

  private static final String WORKSHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

  @Test
  void aCellOf40000CharactersIsNamedByRowAndColumnNotCalledAZipBomb() throws Exception {
    Path file = replacePart(plain(), "xl/worksheets/sheet1.xml", out -> out.write((WORKSHEET
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>企业名称</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>甲</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>"
        + "甲".repeat(40_000) + "</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8)));
    SuijiException refusal = refusal(file);
    assertThat(refusal.key()).isEqualTo("xlsx.error.cellTooLong");
    assertThat(refusal.args()).containsExactly("hostile.xlsx", 2, "B", 32_767);
    assertThat(cn.suiji.shared.l10n.Messages.current().describe(refusal)).contains("第2行 B 列").doesNotContain("bomb");
  }

  @Test
  void aSharedStringOf40000CharactersIsNamedByTheCellThatUsesIt() throws Exception {
    Path file = replacePart(plain(), "xl/sharedStrings.xml", out -> out.write(
        ("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
        + "<si><t>企业名称</t></si><si><t>" + "甲".repeat(40_000) + "</t></si></sst>").getBytes(StandardCharsets.UTF_8)));
    SuijiException refusal = refusal(file);
    assertThat(refusal.key()).isEqualTo("xlsx.error.cellTooLong");
    assertThat(refusal.args()).containsExactly("hostile.xlsx", 2, "A", 32_767);
  }

  @Test
  void aZipBombOfManySmallRowsIsStillRefusedWithAChineseReason() throws Exception {
    Path file = replacePart(plain(), "xl/worksheets/sheet1.xml", out -> {
      out.write(WORKSHEET.getBytes(StandardCharsets.UTF_8));
      byte[] row = "<row><c t=\"inlineStr\"><is><t>甲</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 1_000_000; i++) {
        out.write(row);
      }
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    });
    SuijiException refusal = refusal(file);
    assertThat(refusal.key()).isEqualTo("xlsx.error.tooLarge");
    assertThat(refusal.args()[1]).isEqualTo(cn.suiji.shared.l10n.Messages.msg("xlsx.reason.zipBomb"));
  }

  @Test
  void aDoctypeIsRefusedInChineseNotInTheParsersEnglish() throws Exception {
    Path file = replacePart(plain(), "xl/worksheets/sheet1.xml", out -> out.write(("<?xml version=\"1.0\"?>"
        + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + WORKSHEET
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>")
        .getBytes(StandardCharsets.UTF_8)));
    SuijiException refusal = refusal(file);
    assertThat(refusal.key()).isEqualTo("xlsx.error.doctype");
    assertThat(cn.suiji.shared.l10n.Messages.current().describe(refusal)).contains("hostile.xlsx").contains("DOCTYPE")
        .doesNotContain("disallowed");
  }

  @Test
  void aFolderAndAMissingFileAreRefusedWithTheOperatingSystemsReasonInChinese() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.csv"));
    SuijiException isFolder = refusal(folder);
    assertThat(isFolder.key()).isEqualTo("xlsx.error.io");
    assertThat(isFolder.args()[1]).isEqualTo("这是一个文件夹，不是文件");
    SuijiException missing = refusal(dir.resolve("gone.xlsx"));
    assertThat(missing.args()[1]).isEqualTo("文件不存在");
  }

  @Test
  void aSharedStringsTableBeyondTheLimitIsRefusedAsTooLarge() throws Exception {
    Random random = new Random(1);
    Path file = Sheets.workbook(dir.resolve("sst.xlsx"), wb -> {
      var sheet = wb.createSheet("s");
      for (int r = 0; r < 10_000; r++) {
        sheet.createRow(r).createCell(0).setCellValue(Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
      }
    });
    ReadLimits small = new ReadLimits(128 << 10, 32_767);
    try (TableReader big = TableOpener.open(file, ReadLimits.DEFAULT)) {
      assertThat(Sheets.rows(big, "s")).hasSize(10_000);
    }
    assertTimeoutPreemptively(FAST, () -> {
      try (TableReader table = TableOpener.open(file, small)) {
        assertThatThrownBy(() -> Sheets.rows(table, "s")).isInstanceOf(SuijiException.class)
            .extracting(e -> ((SuijiException) e).key()).isEqualTo("xlsx.error.tooLarge");
      }
    });
  }

  @Test
  void aTextFileNamedXlsxIsNotASpreadsheet() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.xlsx"), "统一社会信用代码,企业名称\n", StandardCharsets.UTF_8);
    assertRefused(file, "xlsx.error.notSpreadsheet");
  }

  @Test
  void binaryGarbageIsNotASpreadsheet() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertRefused(Files.write(dir.resolve("noise.dat"), noise), "xlsx.error.notSpreadsheet");
  }

  @Test
  void aZipThatIsNotAWorkbookIsNotASpreadsheet() throws Exception {
    Path file = dir.resolve("photos.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    assertRefused(file, "xlsx.error.notSpreadsheet");
  }

  @Test
  void aTruncatedXlsxIsCorrupt() throws Exception {
    byte[] whole = Files.readAllBytes(plain());
    Path file = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
    assertRefused(file, "xlsx.error.corrupt");
  }

  @Test
  void malformedSheetXmlIsCorrupt() throws Exception {
    Path file = replacePart(plain(), "xl/worksheets/sheet1.xml",
        out -> out.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></sheetData>".getBytes(StandardCharsets.UTF_8)));
    assertRefused(file, "xlsx.error.corrupt");
  }

  @Test
  void anOldXlsIsRefusedWithAdviceToSaveAsXlsx() throws Exception {
    Path file = dir.resolve("old.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("s").createRow(0).createCell(0).setCellValue("企业名称");
      wb.write(out);
    }
    assertRefused(file, "xlsx.error.oldXls");
  }

  @Test
  void aPasswordProtectedXlsxIsRefusedAsEncrypted() throws Exception {
    Path file = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("123456");
      try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("企业名称");
        wb.write(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertRefused(file, "xlsx.error.encrypted");
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertRefused(dir.resolve("gone.xlsx"), "xlsx.error.io");
  }

  @Test
  void cancelStopsTheReading() throws Exception {
    Path file = dir.resolve("many.xlsx");
    SampleTargets.write(file, 5_000);
    Progress cancelled = new Progress() {
      @Override
      public void update(long done, long total) {}

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
    try (TableReader table = TableReader.open(file)) {
      assertThatThrownBy(() -> table.read(table.sheetNames().get(0), row -> true, cancelled))
          .isInstanceOf(Progress.CancelledException.class);
    }
  }

  private SuijiException refusal(Path file) {
    ThrowingSupplier<Throwable> attempt = () -> {
      try (TableReader table = TableReader.open(file)) {
        for (String sheet : table.sheetNames()) {
          Sheets.rows(table, sheet);
        }
        return null;
      } catch (SuijiException e) {
        return e;
      }
    };
    Throwable thrown = assertTimeoutPreemptively(FAST, attempt);
    assertThat(thrown).as("refusal of %s", file.getFileName()).isInstanceOf(SuijiException.class);
    return (SuijiException) thrown;
  }

  private void assertRefused(Path file, String key) {
    ThrowingSupplier<Throwable> attempt = () -> {
      try (TableReader table = TableReader.open(file)) {
        for (String sheet : table.sheetNames()) {
          Sheets.rows(table, sheet);
        }
        return null;
      } catch (SuijiException e) {
        return e;
      }
    };
    Throwable thrown = assertTimeoutPreemptively(FAST, attempt);
    assertThat(thrown).as("refusal of %s", file.getFileName()).isInstanceOf(SuijiException.class);
    SuijiException refusal = (SuijiException) thrown;
    assertThat(refusal.key()).isEqualTo(key);
    assertThat(refusal.args()).isNotEmpty();
    assertThat(refusal.args()[0]).isEqualTo(String.valueOf(file.getFileName()));
  }

  private Path plain() throws IOException {
    return Sheets.simple(dir.resolve("plain.xlsx"), List.of(List.of("企业名称"), List.of("甲")));
  }

  private interface PartWriter {
    void write(OutputStream out) throws IOException;
  }

  /** A copy of {@code source} with {@code partName} replaced, compressed as hard as zip can. */
  private Path replacePart(Path source, String partName, PartWriter content) throws IOException {
    Path file = dir.resolve("hostile.xlsx");
    try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(partName)) {
          content.write(out);
        } else {
          try (InputStream part = in.getInputStream(entry)) {
            part.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    return file;
  }
}
