package cn.suiji.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand;
import cn.suiji.cli.SuijiCommand.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji bench notices} on 20 targets: says the data is generated, writes both files in
 * 256 MB children and prints their figures; compares with LibreOffice when it is installed
 * (the goal line and ratio), and says so when it is not.
 */
class BenchNoticesCommandTest {
  private static final Pattern OURS = Pattern.compile("(?m)^本软件写 PDF（-Xmx256m）\\|([\\d.]+)\\|(\\d+) \\(live (\\d+)\\)\\|(\\d+)\\|(\\d+)\\|完成$");
  private static final Pattern DOCX = Pattern.compile("(?m)^本软件写 \\.docx（-Xmx256m）\\|([\\d.]+)\\|(\\d+) \\(live (\\d+)\\)\\|(\\d+)\\|—\\|完成$");

  @TempDir
  Path dir;

  @Test
  void twentyTargetsWriteBothFilesWithinTheHeapAndCompareWithLibreOfficeWhenThere() {
    Result r = SuijiCommand.run("bench", "notices", "--targets", "20", "--dir", dir.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("由程序生成").contains("20 户检查对象").contains("20 份检查通知书")
        .contains("0 份已作废").contains("20 份检查记录表");
    Matcher pdf = OURS.matcher(r.out());
    assertThat(pdf.find()).as(r.out()).isTrue();
    assertThat(Double.parseDouble(pdf.group(1))).isPositive();
    assertThat(Long.parseLong(pdf.group(2))).isBetween(1L, 256L);
    assertThat(Long.parseLong(pdf.group(4))).isPositive();
    assertThat(Integer.parseInt(pdf.group(5))).isGreaterThanOrEqualTo(40);
    Matcher docx = DOCX.matcher(r.out());
    assertThat(docx.find()).as(r.out()).isTrue();
    assertThat(Files.isRegularFile(dir.resolve("notices-20.pdf"))).isTrue();
    assertThat(Files.isRegularFile(dir.resolve("notices-20.docx"))).isTrue();
    assertThat(r.out()).contains("两个子进程都在 256 MB 的堆内写完：达到");
    if (Files.isExecutable(Path.of("/usr/bin/soffice")) || r.out().contains("LibreOffice 把该 .docx 转为 PDF")) {
      assertThat(r.out()).containsPattern("(?m)^LibreOffice 把该 \\.docx 转为 PDF（先转换一个小文件预热，不计时）\\|[\\d.]+\\|—\\|\\d+\\|\\d+\\|完成$")
          .containsPattern("LibreOffice 转换用时是本软件写 PDF 的 [\\d.]+ 倍（目标：不少于 5 倍）：(达到|未达到)。");
    } else {
      assertThat(r.out()).contains("跳过与 LibreOffice 转换的对照");
    }
  }

  @Test
  void withoutLibreOfficeTheComparisonIsSkippedAndSaidSo() {
    Result r = SuijiCommand.run("bench", "notices", "--targets", "2", "--dir", dir.toString(), "--soffice",
        dir.resolve("no-such-soffice").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("本机找不到 LibreOffice").contains("跳过与 LibreOffice 转换的对照")
        .doesNotContain("倍（目标");
  }
}
