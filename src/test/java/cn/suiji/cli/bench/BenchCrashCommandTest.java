package cn.suiji.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand;
import cn.suiji.cli.SuijiCommand.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash campaign in small: one kill of each kind — a new file being made, the demo's long
 * transaction, a random moment, inside a commit, right after "done" — each followed by the full
 * check. (The README's figures come from {@code suiji bench crash --kills 200}.)
 *
 * <p>What this asserts is what holds today: nothing reported done is lost, nothing half-written
 * is ever accepted, every draw verifies, and a file the check refuses names what is wrong. The
 * issue's goal of no refused file at all is not met yet: a kill inside a 2,000-row import's
 * commit sometimes leaves its targets visible without their memberships after H2's recovery,
 * which the check at open finds and refuses (docs/decisions/0013, "Where it stands").
 */
class BenchCrashCommandTest {
  @TempDir
  Path dir;

  @Test
  void oneKillOfEachKindLosesNothingAndAcceptsNothingHalfWritten() {
    Result r = SuijiCommand.run("bench", "crash", "--kills", "5", "--each", "--dir", dir.toString(), "--seed", "3");
    assertThat(r.exitCode()).as(r.out() + r.err()).isIn(0, 1);
    assertThat(r.out()).containsPattern("共强杀 5 次：丢失 0，半写 0，打不开 \\d+，核验不通过 0")
        .contains("新建文件（建库、升级、演示县开头）|1|").contains("演示县的长事务中|1|")
        .contains("工作中的随机时刻|1|").contains("提交过程中（线程采样命中）|1|").contains("刚报告完成之后|1|")
        .containsPattern("数据文件 [0-9.]+ MB，压缩后 [0-9.]+ MB。");
    // a refused file is refused with its problem named, never with a bare failure
    r.out().lines().filter(l -> l.contains("UNOPENABLE")).forEach(l -> assertThat(l).contains("检查发现问题"));
    assertThat(r.exitCode() == 0).isEqualTo(!r.out().contains("UNOPENABLE"));
  }
}
