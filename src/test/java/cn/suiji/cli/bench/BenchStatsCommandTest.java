package cn.suiji.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand;
import cn.suiji.cli.SuijiCommand.Result;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji bench stats} on a small generated year: every grouping measured beside the
 * group-by-group peer, the two agreeing, and the file's sizes; a second run reuses the file. The
 * times themselves are not checked (speed is the bench's to report, not a test's).
 */
class BenchStatsCommandTest {
  @TempDir
  Path dir;

  @Test
  void measuresEveryGroupingBesideItsPeerAndTheyAgree() {
    String db = dir.resolve("bench").toString();
    Result r = SuijiCommand.run("bench", "stats", "--inspections", "400", "--targets", "2000", "--rounds", "1",
        "--db", db);
    assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
    List<String> lines = Arrays.asList(r.out().split("\\R"));
    assertThat(lines).anyMatch(l -> l.contains("2000 个检查对象和 400 条检查"));
    assertThat(lines).contains("全年 2026：", "期间 2026-03-15 至 2026-10-20（起止均在月中）：");
    for (String grouping : List.of("department", "item", "township", "industry", "task", "month")) {
      assertThat(lines).as(grouping + ": the year and the mid-month period, each agreeing with its peer")
          .filteredOn(l -> l.startsWith(grouping + "|")).hasSize(2).allMatch(l -> l.endsWith("|一致"));
    }
    assertThat(lines).anyMatch(l -> l.startsWith("department|8|"));
    assertThat(lines).anyMatch(l -> l.startsWith("task|80|"));
    assertThat(lines).anyMatch(l -> l.startsWith("数据文件 ") && l.contains("压缩后"));

    Result again = SuijiCommand.run("bench", "stats", "--inspections", "400", "--targets", "2000", "--rounds", "1",
        "--db", db, "--period-only");
    assertThat(again.out()).contains("复用").contains("期间 2026-03-15").doesNotContain("全年 2026：");
    assertThat(Arrays.asList(again.out().split("\\R"))).filteredOn(l -> l.startsWith("month|")).hasSize(1);
  }

  @Test
  void refusesMoreInspectionsThanTargets() {
    Result r = SuijiCommand.run("bench", "stats", "--inspections", "10", "--targets", "5", "--db",
        dir.resolve("x").toString());
    assertThat(r.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
  }
}
