package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.shared.Progress;
import cn.suiji.shared.xlsx.TableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir
  static Path dir;
  private static String db;

  @BeforeAll
  static void demoCounty() {
    db = dir.resolve("demo").toString();
    Result demo = SuijiCommand.run("demo", "--db", db);
    assertThat(demo.exitCode()).as(demo.err()).isZero();
  }

  @Test
  void exportsTheTargetsOfATownship() {
    Path out = dir.resolve("城关镇.xlsx");
    Result r = SuijiCommand.run("export", "targets", "--db", db, "--out", out.toString(), "--township", "城关镇", "--status", "在业");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<List<String>> rows = read(out);
    assertThat(rows.get(0)).startsWith("名称", "统一社会信用代码");
    int township = rows.get(0).indexOf("乡镇");
    int status = rows.get(0).indexOf("登记状态");
    List<List<String>> data = rows.subList(1, rows.size());
    assertThat(data).hasSizeGreaterThan(100);
    assertThat(data).allSatisfy(row -> {
      assertThat(row.get(township)).isEqualTo("城关镇");
      assertThat(row.get(status)).isEqualTo("在业");
    });
    assertThat(r.out()).contains("已导出 " + data.size() + " 户");
  }

  @Test
  void aBadFilterValueIsRefusedInChinese() {
    Path out = dir.resolve("bad.xlsx");
    Result status = SuijiCommand.run("export", "targets", "--db", db, "--out", out.toString(), "--status", "营业中");
    assertThat(status.exitCode()).isEqualTo(2);
    assertThat(status.err()).contains("--status").contains("营业中").contains("在业");
    Result township = SuijiCommand.run("export", "targets", "--db", db, "--out", out.toString(), "--township", "火星镇");
    assertThat(township.exitCode()).isEqualTo(2);
    assertThat(township.err()).contains("火星镇").contains("城关镇");
    assertThat(out).doesNotExist();
  }

  @Test
  void helpIsInChinese() {
    Result r = SuijiCommand.run("export", "targets", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--township").contains("乡镇");
  }

  @Test
  void theBenchRefusesADatabaseWithRealTargets() {
    Result r = SuijiCommand.run("bench", "search", "--db", db, "--targets", "10");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("性能测试");
  }

  @Test
  void theBenchFillsAnEmptyDatabaseAndPrintsEachQuery() {
    Result r = SuijiCommand.run("bench", "search", "--db", dir.resolve("bench").toString(), "--targets", "2000", "--runs", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("(a)").contains("(b)").contains("(c)").contains("name LIKE");
  }

  private static List<List<String>> read(Path file) {
    List<List<String>> rows = new ArrayList<>();
    try (TableReader table = TableReader.open(file)) {
      table.read(table.sheetNames().get(0), row -> rows.add(row.cells()), Progress.NONE);
    }
    return rows;
  }
}
