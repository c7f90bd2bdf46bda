package cn.suiji.directory.service;

import cn.suiji.shared.ids.RegNo;
import cn.suiji.shared.ids.Uscc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Messy target files for the import tests, written into a temp folder (no binary fixture is committed). */
final class TargetFiles {
  private TargetFiles() {}

  /**
   * A one-sheet workbook: {@code rows} from Excel row 1, a {@code null} row left blank; cells are
   * text, numbers (numeric cells), {@link LocalDate}s (date-formatted cells) or {@code null}.
   */
  static Path xlsx(Path file, List<List<?>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("名录");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.size(); r++) {
        List<?> values = rows.get(r);
        if (values == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(String.valueOf(v));
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  /** The n-th valid test uscc (91 + a county code + n). */
  static String uscc(int n) {
    String first17 = String.format("91620102M%08d", n);
    return first17 + Uscc.checkChar(first17);
  }

  /** The n-th valid test regNo. */
  static String regNo(int n) {
    String first14 = String.format("62010200%06d", n);
    return first14 + RegNo.checkDigit(first14);
  }
}
