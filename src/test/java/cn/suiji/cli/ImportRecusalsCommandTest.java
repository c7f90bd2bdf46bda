package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.directory.domain.RecusalFilter;
import cn.suiji.directory.service.RecusalFixtures;
import cn.suiji.shared.db.DataLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji import recusals FILE --json}: one line of counts and the Excel rows refused, with why. */
class ImportRecusalsCommandTest {
  @TempDir
  Path dir;

  private String db() {
    return dir.resolve("db").toString();
  }

  @BeforeEach
  void directory() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      RecusalFixtures.seed(services);
    }
  }

  /** Title in row 1, header in row 2, then: good (3), unknown certificate (4), blank (5), repeat of 3 (6), ambiguous name (7). */
  private Path sample() throws Exception {
    return RecusalFixtures.xlsx(dir.resolve("回避.xlsx"), java.util.Arrays.asList(
        List.of("执法人员回避登记表"),
        List.of("执法证号", "执法人员姓名", "统一社会信用代码", "回避原因", "来源"),
        List.of("62001", "张三", RecusalFixtures.uscc(1), "亲属", "本人申报"),
        List.of("70000", "", RecusalFixtures.uscc(1), "亲属", ""),
        null,
        List.of("62001", "", RecusalFixtures.uscc(1), "其他", ""),
        List.of("", "王五", RecusalFixtures.uscc(1), "亲属", "")));
  }

  private int stored() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      return services.recusals().list(RecusalFilter.all()).size();
    }
  }

  @Test
  void jsonCountsTheRowsAndNamesTheRefusedOnes() throws Exception {
    Result r = SuijiCommand.run("import", "recusals", sample().toString(), "--json", "--db", db());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String expected = "{\"read\":4,\"created\":1,\"updated\":0,\"unchanged\":0,\"duplicates\":1,\"rejected\":2,\"rejectedRows\":["
        + "{\"row\":4,\"reason\":\"“执法证号”列的 70000 不在执法检查人员名录库中\"},"
        + "{\"row\":7,\"reason\":\"“执法人员姓名”列的“王五”对应 2 名执法人员，无法确定是谁，请填写“执法证号”或“人员编号”\"}],\"updatedRows\":[]}";
    assertThat(r.out()).isEqualTo(expected + System.lineSeparator());
    assertThat(stored()).isEqualTo(1);

    Result again = SuijiCommand.run("import", "recusals", sample().toString(), "--json", "--db", db());
    assertThat(again.out()).startsWith("{\"read\":4,\"created\":0,\"updated\":0,\"unchanged\":1,\"duplicates\":1,\"rejected\":2,");
    assertThat(stored()).isEqualTo(1);
  }

  @Test
  void aDryRunWritesNothing() throws Exception {
    Result r = SuijiCommand.run("import", "recusals", sample().toString(), "--dry-run", "--json", "--db", db());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"created\":1");
    assertThat(stored()).isZero();
  }
}
