package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.testing.DataFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
  @TempDir
  Path dir;

  private String db;

  @BeforeEach
  void dataFile() {
    db = DataFiles.create(dir.resolve("cal"));
  }

  private String db() {
    return db;
  }

  @Test
  void deadlineCountsWorkingDaysAcrossSpringFestival() {
    Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10", "--workdays", "20", "--db", db());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).isEqualTo("2026-03-16");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void deadlineInAnUncoveredYearIsFlaggedProvisional() {
    Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-12-15", "--workdays", "20", "--db", db());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).isEqualTo("2027-01-12");
    assertThat(r.err()).contains("暂定");
  }

  @Test
  void badDateIsBadInput() {
    Result r = SuijiCommand.run("calendar", "deadline", "--from", "2026-02-30", "--workdays", "20", "--db", db());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("2026-02-30");
  }

  @Test
  void importedYearIsUsedAndExportedAgain() throws Exception {
    Path file = dir.resolve("2027.csv");
    Files.writeString(file, """
        日期,类型,名称
        2027,覆盖年度,测试通知
        2027-01-01,休,元旦
        2027-01-04,休,测试假日
        """, StandardCharsets.UTF_8);
    Result imported = SuijiCommand.run("calendar", "import", file.toString(), "--db", db());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    Result d = SuijiCommand.run("calendar", "deadline", "--from", "2026-12-31", "--workdays", "1", "--db", db());
    assertThat(d.out().strip()).isEqualTo("2027-01-05");
    assertThat(d.err()).isEmpty();
    Path out = dir.resolve("out.csv");
    assertThat(SuijiCommand.run("calendar", "export", out.toString(), "--db", db()).exitCode()).isZero();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(text).contains("2027-01-04,休,测试假日").contains("2026-02-14,班").contains("2025,覆盖年度");
  }

  @Test
  void brokenImportNamesTheLineAndChangesNothing() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "日期,类型,名称\n2027,覆盖年度,x\n2027-01-01,休,元旦\n2027-13-01,休,坏日期\n", StandardCharsets.UTF_8);
    Result r = SuijiCommand.run("calendar", "import", file.toString(), "--db", db());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("第4行").contains("2027-13-01");
    Result d = SuijiCommand.run("calendar", "deadline", "--from", "2026-12-31", "--workdays", "1", "--db", db());
    assertThat(d.err()).as("2027 still not covered").contains("暂定");
  }
}
