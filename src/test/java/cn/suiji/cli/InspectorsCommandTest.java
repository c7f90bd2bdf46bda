package cn.suiji.cli;

import static cn.suiji.directory.InspectorFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.directory.InspectorFixtures;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji import inspectors FILE --json} and {@code suiji export inspectors}. */
class InspectorsCommandTest {
  @TempDir
  Path dir;

  private String db() {
    return dir.resolve("db").toString();
  }

  @BeforeEach
  void county() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      InspectorFixtures.seed(services);
    }
  }

  /** A title row, the header in row 2, then: two good rows (3, 4), a bad ID (5), a repeat of row 3 (6). */
  private Path sample() throws Exception {
    Path file = dir.resolve("inspectors.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("人员");
      s.createRow(0).createCell(0).setCellValue("执法检查人员名录");
      String[][] rows = {
        {"执法人员姓名", "身份证号码", "执法部门", "证号", "有效期至", "状态"},
        {"李明", idNumber(1, true), "SCJGJ", "62082301001", "2028-01-01", "在岗"},
        {"赵丽", idNumber(2, false), "县卫生健康局", "62082302001", "2028/01/01", "停用"},
        {"孙强", "620823198001010011", "SCJGJ", "62082301002", "2028-01-01", "在岗"},
        {"李明", idNumber(1, true), "SCJGJ", "62082301001", "2028-01-01", "在岗"},
      };
      for (int r = 0; r < rows.length; r++) {
        org.apache.poi.ss.usermodel.Row row = s.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static List<List<String>> read(Path xlsx) {
    List<List<String>> lines = new ArrayList<>();
    try (TableReader t = TableReader.open(xlsx)) {
      t.read(t.sheetNames().get(0), (Row r) -> lines.add(r.cells()), Progress.NONE);
    }
    return lines;
  }

  @Test
  void importPrintsTheCountsAndTheRejectedRowsAsJson() throws Exception {
    Result r = SuijiCommand.run("import", "inspectors", sample().toString(), "--json", "--db", db());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("read").asInt()).isEqualTo(4);
    assertThat(json.get("created").asInt()).isEqualTo(2);
    assertThat(json.get("duplicates").asInt()).isEqualTo(1);
    assertThat(json.get("rejected").asInt()).isEqualTo(1);
    assertThat(json.get("rejectedRows").get(0).get("row").asInt()).isEqualTo(5);
    assertThat(json.get("rejectedRows").get(0).get("reason").asText()).contains("身份证号码").doesNotContain("620823198001010011");
  }

  @Test
  void exportWritesTheDirectoryWithMaskedIdNumbersAndFilters() throws Exception {
    assertThat(SuijiCommand.run("import", "inspectors", sample().toString(), "--db", db()).exitCode()).isZero();
    Path out = dir.resolve("all.xlsx");
    Result r = SuijiCommand.run("export", "inspectors", "--out", out.toString(), "--db", db());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("已导出 2 名执法人员");
    List<List<String>> lines = read(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("人员编号", "姓名", "性别", "身份证号", "所属部门");
    assertThat(lines.get(1)).startsWith("SCJGJ-001", "李明", "男", Inspector.mask(idNumber(1, true)), "SCJGJ");
    assertThat(lines.toString()).doesNotContain(idNumber(1, true)).doesNotContain(idNumber(2, false));

    Path onDuty = dir.resolve("on-duty.xlsx");
    assertThat(SuijiCommand.run("export", "inspectors", "--out", onDuty.toString(), "--status", "在岗", "--db", db())
        .exitCode()).isZero();
    assertThat(read(onDuty)).hasSize(2);
    Path wjj = dir.resolve("wjj.xlsx");
    assertThat(SuijiCommand.run("export", "inspectors", "--out", wjj.toString(), "--department", "wjj", "--db", db())
        .exitCode()).isZero();
    assertThat(read(wjj)).hasSize(2).last().satisfies(l -> assertThat(l.get(1)).isEqualTo("赵丽"));
  }

  @Test
  void anUnknownStatusOrDepartmentExitsWithTwoAndSaysWhy() {
    Result bad = SuijiCommand.run("export", "inspectors", "--out", dir.resolve("x.xlsx").toString(), "--status", "出差",
        "--db", db());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("出差", "在岗");
    Result dept = SuijiCommand.run("export", "inspectors", "--out", dir.resolve("y.xlsx").toString(), "--department",
        "JYJ", "--db", db());
    assertThat(dept.exitCode()).isEqualTo(2);
    assertThat(dept.err()).contains("JYJ");
    assertThat(Files.exists(dir.resolve("y.xlsx"))).isFalse();
  }
}
