package cn.suiji.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand;
import cn.suiji.cli.SuijiCommand.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji bench results} on 1,000 results: says the data is generated, prints each round and
 * the table, and the fast page and counts are exactly those computed one by one (the figures
 * themselves are the bench's business, not a test's).
 */
class BenchResultsCommandTest {
  @TempDir
  Path dir;

  @Test
  void aThousandResultsGiveTheSamePageAndCountsAsTheNaivePeer() {
    Result r = SuijiCommand.run("bench", "results", "--inspections", "1000", "--rounds", "2", "--dir", dir.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isIn(0, 1);
    assertThat(r.out()).contains("由程序生成").contains("1000 条已录入结果的检查").contains("待公示 800 条")
        .contains("另有 20 户超过检查期限").contains("第 2 轮").doesNotContain("不一致")
        .contains("第一页和计数与逐条计算的结果完全一致。")
        .containsPattern("(?m)^公示期限第一页（200 条）\\|[\\d.]+\\|[\\d.]+\\|[\\d.]+\\|[\\d.]+$")
        .containsPattern("数据文件 [\\d.]+ MB，压缩后 [\\d.]+ MB。");
  }

  @Test
  void tooFewInspectionsAreBadUsage() {
    Result r = SuijiCommand.run("bench", "results", "--inspections", "10", "--dir", dir.toString());
    assertThat(r.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
  }
}
