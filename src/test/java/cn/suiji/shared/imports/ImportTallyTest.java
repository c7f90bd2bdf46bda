package cn.suiji.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.SuijiException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counts and the report every import shares. */
class ImportTallyTest {
  @TempDir
  Path dir;

  @Test
  void countsEachOutcomeAndTheReportListsEveryRowWithItsExcelNumber() throws Exception {
    Path report = dir.resolve("report.xlsx");
    ImportTally tally = new ImportTally(ImportKind.INSPECTORS, report, "执法证号", "姓名");
    tally.created(3, "62082301", "王五");
    tally.updated(4, "62082302", "赵六");
    tally.duplicate(5, "62082301", "王五", 3);
    tally.rejected(7, "", "钱七", "执法证号", new SuijiException("import.error.unsupported", "x"));
    ImportSummary s = tally.finish("人员.xlsx", true);

    assertThat(s.read()).isEqualTo(4);
    assertThat(s.read()).isEqualTo(s.created() + s.updated() + s.duplicates() + s.rejected());
    assertThat(s.dryRun()).isTrue();
    assertThat(s.rejectedRows()).containsExactly(new RowProblem(7, "执法证号", "尚不能导入“x”。"));
    try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("执法证号");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(5.0);
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("重复");
      assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).contains("第3行");
      assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("拒绝");
    }
  }

  @Test
  void aDiscardedPassLeavesNoReport() {
    Path report = dir.resolve("cancelled.xlsx");
    ImportTally tally = new ImportTally(ImportKind.ITEMS, report, "事项编码", "事项名称");
    tally.created(2, "A1", "检查");
    tally.discard();
    assertThat(report).doesNotExist();
    assertThat(dir.resolve("cancelled.xlsx.part")).doesNotExist();
  }
}
