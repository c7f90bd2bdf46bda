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
  void noSubcommandIsBadUsageNamingTheSubcommands() {
    Result r = SuijiCommand.run("audit");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("请指定 suiji audit 的子命令").contains("verify");
  }

  @Test
  void importWithoutAKindIsBadUsageNotSuccess() {
    for (String parent : new String[] {"import", "calendar", "export", "draw", "bench"}) {
      Result r = SuijiCommand.run(parent);
      assertThat(r.exitCode()).as(parent).isEqualTo(2);
      assertThat(r.err()).as(parent).contains("请指定 suiji " + parent + " 的子命令");
    }
    assertThat(SuijiCommand.run("import").err()).contains("targets").contains("inspectors");
  }

  @Test
  void missingOptionIsBadUsageInChinese() {
    Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("缺少选项 --workdays").contains("suiji calendar deadline --help").doesNotContain("Missing");
  }

  @Test
  void missingParameterIsBadUsageInChinese() {
    Result r = SuijiCommand.run("import", "targets");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("缺少参数 FILE").doesNotContain("Missing");
  }

  @Test
  void unknownOptionIsNamedInChinese() {
    Result r = SuijiCommand.run("draw", "list", "--frobnicate");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("无法识别的选项或参数：--frobnicate").doesNotContain("Unknown");
    Result sub = SuijiCommand.run("frobnicate");
    assertThat(sub.err()).contains("无法识别").contains("frobnicate").doesNotContain("Unmatched");
  }

  @Test
  void aValueThatIsNotANumberIsNamedInChinese() {
    Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10", "--workdays", "abc");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("选项 --workdays 的值“abc”无效：应为整数").doesNotContain("Invalid");
  }

  @Test
  void anOptionGivenTwiceIsNamedInChinese() {
    Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10", "--from", "2026-02-11", "--workdays", "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("选项 --from 只能给出一次");
  }

  @Test
  void workdaysAreBoundedBeforeAnythingIsCounted() {
    long start = System.nanoTime();
    for (String n : new String[] {"2000000000", "1001", "0", "-5"}) {
      Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10", "--workdays", n, "--db", "/nonexistent/x");
      assertThat(r.exitCode()).as(n).isEqualTo(2);
      assertThat(r.err()).as(n).contains("--workdays").contains(n).contains("1 到 1000");
    }
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
  }

  @Test
  void benchSizesMustBePositive() {
    Result r = SuijiCommand.run("bench", "search", "--targets", "0", "--db", "/nonexistent/x");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--targets").contains("正整数");
    Result ratio = SuijiCommand.run("bench", "draw", "--ratio", "150", "--db", "/nonexistent/x");
    assertThat(ratio.exitCode()).isEqualTo(2);
    assertThat(ratio.err()).contains("--ratio").contains("1 到 100");
  }

  @Test
  void exportTargetsHelpDescribesAnExcelFileNotJson() {
    Result r = SuijiCommand.run("export", "targets", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Excel").doesNotContain("JSON");
    assertThat(SuijiCommand.run("export", "items", "--help").out()).doesNotContain("JSON");
    assertThat(SuijiCommand.run("draw", "export", "--help").out()).contains("JSON");
  }
}
