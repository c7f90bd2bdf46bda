package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import org.junit.jupiter.api.Test;

class SuijiCommandTest {
  @Test
  void helpListsTheSubcommandsInChinese() {
    Result r = SuijiCommand.run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("用法").contains("demo").contains("audit").contains("calendar").contains("子命令");
  }

  @Test
  void versionNamesTheDrawSpec() {
    Result r = SuijiCommand.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("suiji").contains("suiji-draw-v1");
  }

  @Test
  void unknownSubcommandIsBadUsage() {
    Result r = SuijiCommand.run("frobnicate");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void noSubcommandIsBadUsageWithAHint() {
    Result r = SuijiCommand.run("audit");
    assertThat(r.exitCode()).isZero(); // 'audit' alone prints its usage
    assertThat(r.err()).contains("verify");
  }

  @Test
  void missingOptionIsBadUsage() {
    Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--workdays");
  }
}
