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
 * <p>The goals: nothing reported done is lost, nothing half-written is accepted, every
 * draw verifies, and every file opens — a kill inside a bulk write (the demo's long transaction,
 * an import) is undone at the next open from the copy taken before it (shared.db.Preimage).
 */
class BenchCrashCommandTest {
  @TempDir
  Path dir;

  @Test
  void oneKillOfEachKindLosesNothingAndAcceptsNothingHalfWritten() {
    Result r = SuijiCommand.run("bench", "crash", "--kills", "5", "--each", "--dir", dir.toString(), "--seed", "3");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("共强杀 5 次：丢失 0，半写 0，打不开 0，核验不通过 0")
        .containsPattern("其中 \\d+ 次强杀落在批量写入")
        .contains("新建文件（建库、升级、演示县开头）|1|").contains("演示县的长事务中|1|")
        .contains("工作中的随机时刻|1|").contains("提交过程中（线程采样命中）|1|").contains("刚报告完成之后|1|")
        .containsPattern("数据文件 [0-9.]+ MB，压缩后 [0-9.]+ MB。");
    assertThat(r.out()).doesNotContain("UNOPENABLE");
  }
}
