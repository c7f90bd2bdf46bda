package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.plan.PlanDemo;
import cn.suiji.plan.service.TaskFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji import tasks} and {@code suiji export plan} on the demo county. */
class PlanCommandTest {
  @TempDir
  static Path dir;
  private static String db;

  @BeforeAll
  static void demoCounty() {
    db = PlanDemo.copyInto(dir).toString();
  }

  @Test
  void importTasksAsJsonCountsTheRowsAndNamesTheRefusedOnes() throws Exception {
    Path file = TaskFiles.xlsx(dir.resolve("tasks.xlsx"),
        new Object[] {"任务编号", "任务名称", "抽查类型", "抽查事项编码", "抽查比例", "开始日期", "结束日期", "牵头部门"},
        new Object[] {"2026-JYJ-10", "校外培训机构不定向抽查", "不定向", "SX-JYJ-02", "5%", "2026-10-08", "2026-11-30", "JYJ"},
        new Object[] {"2026-JYJ-11", "比例过低", "不定向", "SX-JYJ-02", "1", "2026-10-08", "2026-11-30", "JYJ"});
    Result r = SuijiCommand.run("import", "tasks", file.toString(), "--json", "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip()).startsWith("{\"read\":2,\"created\":1,\"updated\":0,\"unchanged\":0,\"duplicates\":0,\"rejected\":1,")
        .contains("\"row\":3").contains("下限 3%");
    Result again = SuijiCommand.run("import", "tasks", file.toString(), "--json", "--db", db);
    assertThat(again.out()).contains("\"created\":0,\"updated\":0,\"unchanged\":1");
  }

  @Test
  void exportPlanWritesTheDepartmentsTableAsDocxAndTheCountysAsXlsx() throws Exception {
    Path docx = dir.resolve("卫健.docx");
    Result r = SuijiCommand.run("export", "plan", "--db", db, "--year", "2026", "--department", "WJJ", "--out",
        docx.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("已导出 2 个任务");
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().get(0).getText()).endsWith("卫生健康局2026年度双随机抽查工作计划");
      assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("公共场所卫生抽查");
    }
    Path xlsx = dir.resolve("全县.xlsx");
    Result all = SuijiCommand.run("export", "plan", "--db", db, "--year", "2026", "--out", xlsx.toString());
    assertThat(all.exitCode()).as(all.err()).isZero();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
      assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(16);
    }
  }

  @Test
  void badArgumentsAreRefusedInChineseWithExitCode2() {
    Path out = dir.resolve("none.xlsx");
    Result year = SuijiCommand.run("export", "plan", "--db", db, "--year", "2031", "--out", out.toString());
    assertThat(year.exitCode()).isEqualTo(2);
    assertThat(year.err()).contains("2031");
    Result dept = SuijiCommand.run("export", "plan", "--db", db, "--year", "2026", "--department", "NOPE", "--out",
        out.toString());
    assertThat(dept.exitCode()).isEqualTo(2);
    assertThat(dept.err()).contains("NOPE");
    assertThat(out).doesNotExist();
    Result help = SuijiCommand.run("export", "plan", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("年度抽查工作计划表").contains("--year");
  }
}
