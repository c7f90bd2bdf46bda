package cn.suiji.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.cli.SuijiCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji bench draw} on a small directory: every step runs, rounds are printed, the record verifies. */
class BenchDrawCommandTest {
  @TempDir
  Path dir;

  @Test
  void roundsOfFloorAndDrawThenMediansAndAVerifiedRecord() {
    String db = dir.resolve("bench").toString();
    Result r = SuijiCommand.run("bench", "draw", "--targets", "2000", "--db", db, "--rounds", "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // three warm-up rounds, shown and marked, then the timed ones
    assertThat(r.out()).contains("预热第 1 轮（不计入）：(a)").contains("预热第 3 轮（不计入）：(a)")
        .doesNotContain("预热第 4 轮");
    assertThat(r.out()).containsPattern("(?m)^第 1 轮：\\(a\\)").containsPattern("(?m)^第 3 轮：\\(a\\)")
        .doesNotContainPattern("(?m)^第 4 轮").contains("(a) 完整抽取").contains("(b) 下限").contains("(d) 核验记录")
        .contains("核验：一致。");
    // a second run reuses the directory, with a task of its own
    Result again = SuijiCommand.run("bench", "draw", "--targets", "2000", "--db", db, "--rounds", "1");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("复用").contains("BENCH-DRAW-2").containsPattern("(?m)^第 1 轮")
        .doesNotContainPattern("(?m)^第 2 轮");
  }

  @Test
  void theMedianOfAnOddAndAnEvenCount() {
    assertThat(BenchDrawCommand.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(BenchDrawCommand.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
  }
}
