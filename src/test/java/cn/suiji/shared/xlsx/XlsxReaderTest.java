package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.ids.Codes;
import cn.suiji.shared.ids.Uscc;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messy .xlsx files of the issue, one per test, read as a clerk would read them. */
class XlsxReaderTest {
  private static final String USCC = "91620102MA74L5WX0" + Uscc.checkChar("91620102MA74L5WX0");

  @TempDir
  Path dir;

  @Test
  void titleRowsAndMergedCellsAboveTheHeaderDoNotConfuseIt() throws Exception {
    Path file = Sheets.workbook(dir.resolve("titled.xlsx"), wb -> {
      Sheet s = wb.createSheet("名录");
      Sheets.fill(s, 0, List.of(List.of("某某县市场主体名录"), List.of("", "", "制表日期：2024年5月"),
          List.of("统一社会信用代码", "企业名称", "法定代表人"), List.of(USCC, "兴隆商贸有限公司", "王某")));
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      s.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
    });
    try (TableReader table = TableReader.open(file)) {
      HeaderMapping header = table.findHeader(Sheets.TARGET_SPECS);
      assertThat(header.headerRow()).isEqualTo(3);
      assertThat(header.columns()).containsEntry("uscc", 0).containsEntry("name", 1).containsEntry("legalRep", 2);
      assertThat(header.missingRequired()).isEmpty();
      List<Row> data = Sheets.data(table, header);
      assertThat(data).extracting(Row::excelRowNumber).containsExactly(4);
      assertThat(header.get(data.get(0), "name")).isEqualTo("兴隆商贸有限公司");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"统一社会信用代码", "统一社会信用代码/注册号", "信用代码", "*统一社会信用代码（必填）", "统一社会\n信用代码"})
  void headerSynonymsAllFindTheCreditCodeColumn(String headerText) throws Exception {
    Path file = Sheets.simple(dir.resolve("syn.xlsx"), List.of(List.of("序号", "企业名称", headerText), List.of(1, "甲公司", USCC)));
    try (TableReader table = TableReader.open(file)) {
      HeaderMapping header = table.findHeader(Sheets.TARGET_SPECS);
      assertThat(header.columns()).containsEntry("uscc", 2).doesNotContainKey("regNo");
      assertThat(header.unmapped()).containsExactly("序号");
      assertThat(header.get(Sheets.data(table, header).get(0), "uscc")).isEqualTo(USCC);
    }
  }

  @Test
  void codesInLowerCaseFullWidthOrWithSpacesAreReadAsWrittenAndNormaliseToTheCode() throws Exception {
    String fullWidth = USCC.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
    List<String> written = List.of(USCC.toLowerCase(), fullWidth, " " + USCC.substring(0, 6) + " " + USCC.substring(6) + "\u3000");
    Path file = Sheets.simple(dir.resolve("codes.xlsx"), written.stream().<List<?>>map(List::of).toList());
    List<Row> rows = Sheets.rows(file);
    assertThat(rows).extracting(r -> r.cell(0)).containsExactlyElementsOf(written);
    assertThat(rows).extracting(r -> Codes.normalise(r.cell(0))).containsOnly(USCC);
    assertThat(rows).allSatisfy(r -> assertThat(Uscc.validate(Codes.normalise(r.cell(0))).isValid()).isTrue());
  }

  @Test
  void aPhoneStoredAsANumberComesOutInFull() throws Exception {
    Path file = Sheets.simple(dir.resolve("phone.xlsx"), List.of(List.of(13993312345L, 0.5, -12.25, 0.1 + 0.2)));
    assertThat(Sheets.rows(file).get(0).cells()).containsExactly("13993312345", "0.5", "-12.25", "0.3");
  }

  @Test
  void aFifteenDigitRegistrationNumberStoredAsANumberComesOutInFull() throws Exception {
    Path file = Sheets.simple(dir.resolve("regno.xlsx"), List.of(List.of(110108000000016L, 620102600123456L)));
    assertThat(Sheets.rows(file).get(0).cells()).containsExactly("110108000000016", "620102600123456");
  }

  @Test
  void datesAsSerialsWithADateFormatOrAsTextAllParse() throws Exception {
    Path file = Sheets.workbook(dir.resolve("dates.xlsx"), wb -> {
      CellStyle ymd = wb.createCellStyle();
      ymd.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
      CellStyle stamp = wb.createCellStyle();
      stamp.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
      org.apache.poi.ss.usermodel.Row row = wb.createSheet("s").createRow(0);
      Cell serial = row.createCell(0);
      serial.setCellValue(LocalDate.of(2019, 3, 5));
      serial.setCellStyle(ymd);
      row.createCell(1).setCellValue("2019年3月5日");
      row.createCell(2).setCellValue("2019/03/05");
      row.createCell(3).setCellValue(43529); // a serial without a date format
      Cell withTime = row.createCell(4);
      withTime.setCellValue(LocalDate.of(2019, 3, 5).atTime(14, 30));
      withTime.setCellStyle(stamp);
    });
    List<String> cells = Sheets.rows(file).get(0).cells();
    assertThat(cells).containsExactly("2019-03-05", "2019年3月5日", "2019/03/05", "43529", "2019-03-05 14:30");
    assertThat(cells).extracting(c -> Cells.date(c).value()).containsOnly(LocalDate.of(2019, 3, 5));
  }

  @Test
  void formulaCellsGiveTheirCachedValues() throws Exception {
    Path file = Sheets.workbook(dir.resolve("formula.xlsx"), wb -> {
      org.apache.poi.ss.usermodel.Row row = wb.createSheet("s").createRow(0);
      row.createCell(0).setCellValue(21);
      row.createCell(1).setCellFormula("A1*2");
      row.createCell(2).setCellFormula("CONCATENATE(\"兴隆\",\"商贸\")");
      row.createCell(3).setCellFormula("A1>1");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    });
    assertThat(Sheets.rows(file).get(0).cells()).containsExactly("21", "42", "兴隆商贸", "TRUE");
  }

  @Test
  void blankRowsAreSkippedButRowNumbersStayExcels() throws Exception {
    Path file = Sheets.simple(dir.resolve("blank.xlsx"), Arrays.asList(List.of("名称"), null, List.of("  ", "\u3000"),
        List.of("甲"), null, null, List.of("乙")));
    assertThat(Sheets.rows(file)).extracting(Row::excelRowNumber).containsExactly(1, 4, 7);
  }

  @Test
  void missingCellsInsideARowAreEmptyAndKeepTheirColumn() throws Exception {
    Path file = Sheets.simple(dir.resolve("gaps.xlsx"), List.of(Arrays.asList("a", null, null, "d")));
    Row row = Sheets.rows(file).get(0);
    assertThat(row.cells()).containsExactly("a", "", "", "d");
    assertThat(row.cell(9)).isEmpty();
  }

  @Test
  void theDataSheetIsFoundBehindANotesSheetAndHiddenSheetsAreIgnored() throws Exception {
    Path file = Sheets.workbook(dir.resolve("sheets.xlsx"), wb -> {
      Sheets.fill(wb.createSheet("填表说明"), 0, List.of(List.of("请按模板填写"), List.of("企业名称必填")));
      Sheets.fill(wb.createSheet("隐藏"), 0, List.of(List.of("统一社会信用代码", "企业名称", "联系电话", "法定代表人")));
      Sheets.fill(wb.createSheet("数据"), 0, List.of(List.of("统一社会信用代码", "企业名称"), List.of(USCC, "甲")));
      wb.setSheetHidden(1, true);
    });
    try (TableReader table = TableReader.open(file)) {
      assertThat(table.sheetNames()).containsExactly("填表说明", "数据");
      HeaderMapping header = table.findHeader(Sheets.TARGET_SPECS);
      assertThat(header.sheet()).isEqualTo("数据");
      assertThat(Sheets.data(table, header)).hasSize(1);
    }
  }

  @Test
  void namesKeepLeadingSpacesIdeographicSpacesAndCharactersOutsideTheBmp() throws Exception {
    List<String> names = List.of("  兴隆商贸", "\u3000𠀀记商行\u3000", "𠀀𠀁有限公司");
    Path file = Sheets.simple(dir.resolve("names.xlsx"), names.stream().<List<?>>map(List::of).toList());
    List<Row> rows = Sheets.rows(file);
    assertThat(rows).extracting(r -> r.cell(0)).containsExactlyElementsOf(names);
    assertThat(rows).extracting(r -> Cells.text(r.cell(0))).containsExactly("兴隆商贸", "𠀀记商行", "𠀀𠀁有限公司");
  }

  @Test
  void aNameBeginningWithEqualsIsReadAsText() throws Exception {
    Path file = Sheets.simple(dir.resolve("eq.xlsx"), List.of(List.of("=HYPERLINK(\"http://x\",\"点我\")", "+86 139", "-")));
    assertThat(Sheets.rows(file).get(0).cells()).containsExactly("=HYPERLINK(\"http://x\",\"点我\")", "+86 139", "-");
  }

  @Test
  void duplicateRowsAreBothDelivered() throws Exception {
    Path file = Sheets.simple(dir.resolve("dup.xlsx"), List.of(List.of(USCC, "甲"), List.of(USCC, "甲")));
    assertThat(Sheets.rows(file)).extracting(Row::excelRowNumber).containsExactly(1, 2);
  }

  @Test
  void aHandlerReturningFalseStopsTheReading() throws Exception {
    Path file = Sheets.simple(dir.resolve("stop.xlsx"), List.of(List.of("a"), List.of("b"), List.of("c")));
    try (TableReader table = TableReader.open(file)) {
      List<Row> seen = new java.util.ArrayList<>();
      table.read("Sheet1", row -> seen.add(row) && seen.size() < 2, cn.suiji.shared.Progress.NONE);
      assertThat(seen).hasSize(2);
    }
  }
}
