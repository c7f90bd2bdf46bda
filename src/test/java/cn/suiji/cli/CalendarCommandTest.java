package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.time.WorkingCalendar;
import cn.suiji.testing.DataFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
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

  @Test
  void formulaLikeNamesAreExportedInertAndImportedBackUnchanged() throws Exception {
    Path file = dir.resolve("formulas.csv");
    Files.writeString(file, """
        日期,类型,名称
        2027,覆盖年度,=1+1
        2027-01-01,休,+元旦
        2027-01-04,休,@元旦
        2027-01-05,休,"=HYPERLINK(""http://evil.example"",""点此"")"
        2027-01-06,休,-调休
        2027-01-07,休,'=表格程序的撇号前缀
        """, StandardCharsets.UTF_8);
    assertThat(SuijiCommand.run("calendar", "import", file.toString(), "--db", db()).exitCode()).isZero();
    Path out = dir.resolve("out.csv");
    assertThat(SuijiCommand.run("calendar", "export", out.toString(), "--db", db()).exitCode()).isZero();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(text).contains("2027,覆盖年度,'=1+1").contains("2027-01-01,休,'+元旦").contains("2027-01-04,休,'@元旦")
        .contains("2027-01-05,休,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\"")
        .contains("2027-01-06,休,'-调休").contains("2027-01-07,休,'=表格程序的撇号前缀");
    for (String line : text.lines().toList()) {
      for (String field : line.split(",")) {
        assertThat(field).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("\"=");
      }
    }
    String other = DataFiles.create(dir.resolve("other"));
    assertThat(SuijiCommand.run("calendar", "import", out.toString(), "--db", other).exitCode()).isZero();
    try (Services services = Services.open(DataLocation.resolve(other))) {
      WorkingCalendar back = services.calendar().calendar();
      assertThat(back.years().get(Year.of(2027))).isEqualTo("=1+1");
      assertThat(back.days().get(LocalDate.of(2027, 1, 1)).name()).isEqualTo("+元旦");
      assertThat(back.days().get(LocalDate.of(2027, 1, 4)).name()).isEqualTo("@元旦");
      assertThat(back.days().get(LocalDate.of(2027, 1, 5)).name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"点此\")");
      assertThat(back.days().get(LocalDate.of(2027, 1, 6)).name()).isEqualTo("-调休");
      // an apostrophe in front of a formula sign is a spreadsheet's text marker, as in Excel: not part of the name
      assertThat(back.days().get(LocalDate.of(2027, 1, 7)).name()).isEqualTo("=表格程序的撇号前缀");
    }
    Path again = dir.resolve("again.csv");
    assertThat(SuijiCommand.run("calendar", "export", again.toString(), "--db", other).exitCode()).isZero();
    assertThat(Files.readString(again, StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
