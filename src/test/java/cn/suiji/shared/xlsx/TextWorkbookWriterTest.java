package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The hand-written .xlsx: sheets filled side by side keep their own rows, cells beyond column Z
 * land where their letters say, empty values leave no cell, the same rows give the same bytes,
 * and a writer closed without writing (a cancelled package) leaves no temp file behind.
 */
class TextWorkbookWriterTest {
  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

  @Test
  void sheetsFilledSideBySideReadBackEachWithItsRowsAndColumnsPastZ() throws Exception {
    List<String> wide = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      wide.add("列" + i);
    }
    byte[] first = write(wide);
    assertThat(write(wide)).isEqualTo(first);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(first))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      Sheet a = book.getSheet("甲 & <乙>");
      Sheet b = book.getSheet("宽表");
      assertThat(a.getLastRowNum()).isEqualTo(3);
      assertThat(b.getLastRowNum()).isEqualTo(2);
      assertThat(a.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
      assertThat(a.getRow(1).getCell(0).getStringCellValue()).isEqualTo("a1");
      assertThat(a.getRow(1).getCell(1)).isNull();
      assertThat(a.getRow(3).getCell(1).getStringCellValue()).isEqualTo("a3 ");
      assertThat(b.getRow(0).getLastCellNum()).isEqualTo((short) 30);
      assertThat(b.getRow(1).getCell(new CellReference("AB2").getCol()).getStringCellValue()).isEqualTo("b1-27");
      assertThat(b.getRow(2).getCell(new CellReference("AD3").getCol()).getStringCellValue()).isEqualTo("b2-29");
      assertThat(b.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void aWriterClosedWithoutWritingLeavesNoTempFile() throws Exception {
    List<Path> before = temps();
    try (TextWorkbookWriter w = new TextWorkbookWriter(List.of(TextWorkbookWriter.SheetSpec.of("一", List.of("x")),
        TextWorkbookWriter.SheetSpec.of("二", List.of("y"))))) {
      for (int i = 0; i < 5_000; i++) {
        w.row(i % 2, List.of("行 " + i));
      }
      assertThat(temps()).hasSize(before.size() + 2);
    }
    assertThat(temps()).containsExactlyInAnyOrderElementsOf(before);
  }

  private static byte[] write(List<String> wide) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TextWorkbookWriter w = new TextWorkbookWriter(List.of(
        TextWorkbookWriter.SheetSpec.of("甲 & <乙>", List.of("编号", "说明")),
        TextWorkbookWriter.SheetSpec.of("宽表", wide)))) {
      w.row(0, Arrays.asList("a1", null));
      w.row(1, cells("b1", wide.size()));
      w.row(0, List.of("a2", ""));
      List<String> b2 = new ArrayList<>(cells("b2", wide.size()));
      b2.set(0, "=SUM(A1:A2)");
      w.row(1, b2);
      w.row(0, List.of("a3", "a3 "));
      assertThat(w.rows(0)).isEqualTo(3);
      assertThat(w.rows(1)).isEqualTo(2);
      w.writeTo(out);
    }
    return out.toByteArray();
  }

  private static List<String> cells(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(prefix + "-" + i);
    }
    return out;
  }

  private static List<Path> temps() throws Exception {
    try (Stream<Path> files = Files.list(TMP)) {
      return files.filter(f -> f.getFileName().toString().startsWith("suiji-sheet")).toList();
    }
  }
}
