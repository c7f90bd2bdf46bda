package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.xlsx.TableReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji import items FILE --json} and {@code suiji export items}. */
class ItemsCommandTest {
  @TempDir
  Path dir;

  private String db() {
    return dir.resolve("db").toString();
  }

  @BeforeEach
  void departments() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      long scj = services.departments().save(new Department(null, "SCJGJ", "县市场监督管理局", "崇市监", 1)).id();
      long wjj = services.departments().save(new Department(null, "WJJ", "县卫生健康局", "崇卫健", 2)).id();
      services.items().save(item(scj, "OLD-1", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
      services.items().save(item(scj, "NOW-1", LocalDate.of(2021, 1, 1), null));
      services.items().save(item(wjj, "WJ-1", LocalDate.of(2021, 1, 1), null));
    }
  }

  private static InspectionItem item(long department, String code, LocalDate from, LocalDate to) {
    return new InspectionItem(null, department, code, code + "检查", null, "某法第一条", null, TargetKind.ENTERPRISE, null,
        "实地检查", new BigDecimal("3"), 1, null, ItemClass.GENERAL, null, null, from, to);
  }

  @Test
  void importItemsPrintsTheCountsAndRejectedRowsAsJson() throws Exception {
    Path file = dir.resolve("items.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("清单");
      s.createRow(0).createCell(0).setCellValue("抽查事项清单");
      String[][] rows = {
        {"编码", "事项名称", "法律依据", "抽查对象类型", "抽查方式", "抽查比例", "事项类别", "施行日期"},
        {"J-1", "甲检查", "某法第一条", "企业", "实地检查", "3%", "一般", "2026-01-01"},
        {"J-2", "乙检查", "某法第二条", "企业", "实地检查", "3%", "一般", "2026-13-01"},
        {"j-1", "甲检查", "某法第一条", "企业", "实地检查", "3%", "一般", "2026-01-01"},
      };
      for (int r = 0; r < rows.length; r++) {
        var row = s.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    Result r = SuijiCommand.run("import", "items", file.toString(), "--db", db(), "--department", "SCJGJ", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("read").asInt()).isEqualTo(3);
    assertThat(json.get("created").asInt()).isEqualTo(1);
    assertThat(json.get("duplicates").asInt()).isEqualTo(1);
    assertThat(json.get("rejected").asInt()).isEqualTo(1);
    assertThat(json.get("rejectedRows").get(0).get("row").asInt()).isEqualTo(4);
    assertThat(json.get("rejectedRows").get(0).get("reason").asText()).contains("生效日期").contains("2026-13-01");

    Result noDepartment = SuijiCommand.run("import", "items", file.toString(), "--db", db());
    assertThat(noDepartment.exitCode()).isEqualTo(2);
    assertThat(noDepartment.err()).contains("SCJGJ").contains("WJJ");
  }

  @Test
  void exportItemsWritesTodaysVersionsOrAllAndImportsBack() {
    Path out = dir.resolve("清单.xlsx");
    Result r = SuijiCommand.run("export", "items", "--db", db(), "--out", out.toString(), "--department", "scjgj");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("已导出 1 条");
    List<List<String>> rows = read(out);
    assertThat(rows.get(0)).startsWith("部门代码", "事项编码", "抽查事项名称");
    assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1)).containsExactly("NOW-1");

    Path all = dir.resolve("all.xlsx");
    Result everything = SuijiCommand.run("export", "items", "--db", db(), "--out", all.toString(), "--all-versions");
    assertThat(everything.exitCode()).as(everything.err()).isZero();
    assertThat(read(all).subList(1, 4)).extracting(row -> row.get(1)).containsExactly("NOW-1", "OLD-1", "WJ-1");

    Result back = SuijiCommand.run("import", "items", out.toString(), "--db", db(), "--department", "SCJGJ", "--json");
    assertThat(back.exitCode()).as(back.err()).isZero();
    // the items' own export read back: every row is what is stored, nothing is written again
    assertThat(back.out()).contains("\"updated\":0").contains("\"unchanged\":1").contains("\"rejected\":0");

    Result bad = SuijiCommand.run("export", "items", "--db", db(), "--out", out.toString(), "--department", "NOPE");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("NOPE");
    Result help = SuijiCommand.run("export", "items", "--help");
    assertThat(help.out()).contains("--all-versions").contains("全部版本");
  }

  private static List<List<String>> read(Path file) {
    List<List<String>> rows = new ArrayList<>();
    try (TableReader table = TableReader.open(file)) {
      table.read(table.sheetNames().get(0), r -> rows.add(r.cells()), Progress.NONE);
    }
    return rows;
  }
}
