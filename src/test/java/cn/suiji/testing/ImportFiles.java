package cn.suiji.testing;

import cn.suiji.shared.ids.Uscc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for the screen tests, generated into a temp folder, and a reader for what the screen writes. */
public final class ImportFiles {
  private ImportFiles() {}

  public static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** A one-sheet workbook, {@code rows} from Excel row 1; texts and numbers. */
  public static Path xlsx(Path file, List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("名录");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(String.valueOf(v));
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  /** A CSV file in {@code charset}, CRLF line ends, no quoting (the cells hold no commas). */
  public static Path csv(Path file, Charset charset, List<List<Object>> rows) throws IOException {
    StringBuilder text = new StringBuilder();
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      row.forEach(v -> cells.add(v == null ? "" : String.valueOf(v)));
      text.append(String.join(",", cells)).append("\r\n");
    }
    Files.write(file, text.toString().getBytes(charset));
    return file;
  }

  /** Every row of the first sheet as texts (numbers as POI formats them), blank rows left out. */
  public static List<List<String>> read(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      for (Row row : wb.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        out.add(cells);
      }
    }
    return out;
  }

  /** The n-th valid test uscc (a block apart from the demo county's random ones). */
  public static String uscc(int n) {
    String first17 = String.format("91620102M%08d", n);
    return first17 + Uscc.checkChar(first17);
  }
}
