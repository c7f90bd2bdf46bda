package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.shared.Progress;
import cn.suiji.shared.xlsx.TableReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji export all}: the county in files anyone can open, each listed with its SHA-256; a draw record that verifies. */
class ExportAllCommandTest {
  @TempDir
  Path dir;

  @Test
  void theWholeCountyGoesIntoAnEmptyFolderWithChecksumsAndRecomputableDraws() throws Exception {
    String db = dir.resolve("demo").toString();
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    Result draw = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--late-reason", "补抽", "--db", db);
    assertThat(draw.exitCode()).as(draw.err()).isZero();
    Path out = dir.resolve("移交");

    Result r = SuijiCommand.run("export", "all", "--db", db, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();

    List<String> sums = Files.readAllLines(out.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
    assertThat(sums).extracting(l -> l.substring(66)).contains("检查对象.xlsx", "抽查事项.xlsx", "执法人员.xlsx",
        "2026年度抽查工作计划.xlsx").anyMatch(n -> n.startsWith("抽取记录/2026-SCJGJ-04-1-"));
    for (String line : sums) {
      Path f = out.resolve(line.substring(66));
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))))
          .as(line).isEqualTo(line.substring(0, 64));
    }
    assertThat(r.out()).contains("已导出 " + sums.size() + " 个文件");
    AtomicInteger targets = new AtomicInteger();
    try (TableReader t = TableReader.open(out.resolve("检查对象.xlsx"))) {
      t.read(t.sheetNames().get(0), row -> targets.incrementAndGet() > 0, Progress.NONE);
    }
    assertThat(targets.get()).as("the header and every target of the demo county").isEqualTo(20_001);
    Path record = out.resolve(sums.stream().map(l -> l.substring(66)).filter(n -> n.startsWith("抽取记录/")).findFirst()
        .orElseThrow());
    Result verify = SuijiCommand.run("draw", "verify", record.toString());
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();

    Result again = SuijiCommand.run("export", "all", "--db", db, "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("已有文件");
  }
}
