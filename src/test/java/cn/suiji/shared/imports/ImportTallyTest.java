package cn.suiji.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.SuijiException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    tally.matched(4, "62082302", "赵六", List.of(new FieldChange("联系电话", "", "139"), new FieldChange("岗位", "科员", "科长")));
    tally.duplicate(5, "62082301", "王五", 3);
    tally.rejected(7, "", "钱七", "执法证号", new SuijiException("import.error.unsupported", "x"));
    tally.matched(8, "62082303", "孙八", List.of());
    ImportSummary s = tally.finish("人员.xlsx", true);

    assertThat(s.read()).isEqualTo(5);
    assertThat(s.read()).isEqualTo(s.created() + s.updated() + s.unchanged() + s.duplicates() + s.rejected());
    assertThat(List.of(s.updated(), s.unchanged())).containsExactly(1, 1);
    assertThat(s.changedRows()).containsExactly(new RowChange(4, "62082302", "赵六", "联系电话：（空） → 139；岗位：科员 → 科长"));
    assertThat(s.auditDetail()).isEqualTo("人员.xlsx read=5 created=1 updated=1 duplicates=1 rejected=1 unchanged=1");
    assertThat(s.dryRun()).isTrue();
    assertThat(s.rejectedRows()).containsExactly(new RowProblem(7, "执法证号", "尚不能导入“x”。"));
    try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("执法证号");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("变更");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("更新");
      assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("联系电话：（空） → 139；岗位：科员 → 科长");
      assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("未变");
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
