package cn.suiji.shared.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the messy fixture files the reader tests need, in a temp folder: no binary fixture
 * is committed. Uses XSSFWorkbook, which is fine for files this small (and only in tests).
 */
final class Sheets {
  private Sheets() {}

  /** Writes a workbook built by {@code build} to {@code file}. */
  static Path workbook(Path file, Consumer<XSSFWorkbook> build) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      build.accept(wb);
      wb.write(out);
    }
    return file;
  }

  /** A one-sheet workbook whose rows hold {@code rows} (String, Number or null), from row 1. */
  static Path simple(Path file, List<List<?>> rows) throws IOException {
    return workbook(file, wb -> fill(wb.createSheet("Sheet1"), 0, rows));
  }

  /** Writes {@code rows} into {@code sheet} from 0-based row {@code first}; a null row stays blank. */
  static void fill(Sheet sheet, int first, List<List<?>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      List<?> values = rows.get(r);
      if (values == null) {
        continue;
      }
      Row row = sheet.createRow(first + r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else {
          cell.setCellValue(String.valueOf(v));
        }
      }
    }
  }

  /** Every row {@code table} delivers from its first sheet (header and data alike). */
  static List<cn.suiji.shared.xlsx.Row> rows(Path file) {
    try (TableReader table = TableReader.open(file)) {
      return rows(table, table.sheetNames().get(0));
    }
  }

  static List<cn.suiji.shared.xlsx.Row> rows(TableReader table, String sheet) {
    List<cn.suiji.shared.xlsx.Row> rows = new ArrayList<>();
    table.read(sheet, rows::add, cn.suiji.shared.Progress.NONE);
    return rows;
  }

  /** The rows below the header found for {@code specs}. */
  static List<cn.suiji.shared.xlsx.Row> data(TableReader table, HeaderMapping mapping) {
    List<cn.suiji.shared.xlsx.Row> rows = new ArrayList<>();
    table.readData(mapping, rows::add, cn.suiji.shared.Progress.NONE);
    return rows;
  }

  static final List<ColumnSpec> TARGET_SPECS = List.of(
      ColumnSpec.required("uscc", "统一社会信用代码", "信用代码", "社会信用代码"),
      ColumnSpec.required("name", "企业名称", "名称", "单位名称"),
      ColumnSpec.optional("legalRep", "法定代表人", "负责人"),
      ColumnSpec.optional("phone", "联系电话", "电话"),
      ColumnSpec.optional("founded", "成立日期"),
      ColumnSpec.optional("regNo", "注册号"));
}
