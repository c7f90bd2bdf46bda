package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports come back as written, and text that looks like a formula never becomes one. */
class WritersTest {
  private static final List<String> RISKY = List.of("=1+1", "+86 139", "-2", "@SUM(A1)", "\tTAB", "\rCR",
      "=HYPERLINK(\"http://evil\",\"点我\")");

  @TempDir
  Path dir;

  @Test
  void anXlsxRoundTripGivesBackTheSameTexts() throws Exception {
    Path file = dir.resolve("out.xlsx");
    try (XlsxWriter writer = new XlsxWriter(file, "检查对象", List.of("统一社会信用代码", "企业名称", "联系电话", "成立日期", "人数"))) {
      writer.writeRow(Arrays.asList("91620102MA74L5WX0X", "𠀀记商行", 13993312345L, LocalDate.of(2019, 3, 5), null));
      writer.writeRow(List.of("  前导空格", "\u3000全角空格", "0931-1234567", LocalDate.of(2020, 1, 1), new BigDecimal("12.50")));
    }
    try (TableReader table = TableReader.open(file)) {
      assertThat(table.sheetNames()).containsExactly("检查对象");
      List<Row> rows = Sheets.rows(table, "检查对象");
      assertThat(rows.get(1).cells()).containsExactly("91620102MA74L5WX0X", "𠀀记商行", "13993312345", "2019-03-05");
      assertThat(rows.get(2).cells()).containsExactly("  前导空格", "\u3000全角空格", "0931-1234567", "2020-01-01", "12.5");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 3, 5));
    }
  }

  @Test
  void formulaLookingTextIsQuotePrefixedTextAndNeverAFormula() throws Exception {
    Path file = dir.resolve("inject.xlsx");
    try (XlsxWriter writer = new XlsxWriter(file, "s", List.of("名称"))) {
      for (String text : RISKY) {
        writer.writeRow(List.of(text));
      }
      writer.writeRow(List.of("正常名称"));
    }
    assertThat(Sheets.rows(file).subList(1, RISKY.size() + 1)).extracting(r -> r.cell(0)).containsExactlyElementsOf(RISKY);
    try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("<f>").doesNotContain("<f ");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      for (int r = 1; r <= RISKY.size(); r++) {
        XSSFCell cell = wb.getSheetAt(0).getRow(r).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("row %d", r).isTrue();
      }
      assertThat(wb.getSheetAt(0).getRow(RISKY.size() + 1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void integersTooLongForExcelAreWrittenAsTextSoNoDigitIsLost() throws Exception {
    Path file = dir.resolve("long.xlsx");
    try (XlsxWriter writer = new XlsxWriter(file, "s", List.of("身份证号"))) {
      writer.writeRow(List.of(new BigDecimal("620102199003051234")));
      writer.writeRow(List.of(6201021990030512L));
    }
    assertThat(Sheets.rows(file)).extracting(r -> r.cell(0)).containsExactly("身份证号", "620102199003051234", "6201021990030512");
  }

  @Test
  void nothingIsLeftBehindButTheFile() throws Exception {
    Path file = dir.resolve("clean.xlsx");
    try (XlsxWriter writer = new XlsxWriter(file, "s", List.of("a"))) {
      writer.writeRow(List.of("b"));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void csvExportHasABomQuotesWhenNeededAndDisarmsFormulaText() throws Exception {
    Path file = dir.resolve("out.csv");
    try (CsvWriter writer = new CsvWriter(file, List.of("名称", "说明", "数量"))) {
      writer.writeRow(List.of("=1+1", "含,逗号", -5));
      writer.writeRow(Arrays.asList("@cmd", "他说\"好\"\n换行", null));
      writer.writeRow(List.of("兴隆", LocalDate.of(2019, 3, 5), new BigDecimal("1E+3")));
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(
        "名称,说明,数量\r\n'=1+1,\"含,逗号\",-5\r\n'@cmd,\"他说\"\"好\"\"\n换行\",\r\n兴隆,2019-03-05,1000\r\n");
    assertThat(Sheets.rows(file).get(1).cells()).containsExactly("'=1+1", "含,逗号", "-5");
  }
}
