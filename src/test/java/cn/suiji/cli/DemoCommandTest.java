package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir
  Path dir;

  @Test
  void createsTheDemoCountyAndRefusesASecondTime() {
    String db = dir.resolve("demo").toString();
    Result first = SuijiCommand.run("demo", "--db", db);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("6 个部门").contains("20000 户检查对象");

    Result again = SuijiCommand.run("demo", "--db", db);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("--force");

    // --force replacing the county is DemoServiceTest's; the option itself is in the help below
    Result audit = SuijiCommand.run("audit", "verify", "--db", db);
    assertThat(audit.exitCode()).isZero();
  }

  @Test
  void helpNamesItsOptionsInChinese() {
    Result r = SuijiCommand.run("demo", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--db").contains("--force").contains("演示县");
  }
}
