package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import cn.suiji.cli.bench.ParseOnlyScan;
import cn.suiji.cli.bench.SampleTargets;
import cn.suiji.shared.Progress;
import cn.suiji.shared.ids.Uscc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's sample file reads like a real directory export, and the floor scan counts it. */
class SampleTargetsTest {
  @TempDir
  Path dir;

  @Test
  void theSampleDirectoryHasATitleAHeaderAndValidCodes() {
    Path file = dir.resolve("targets.xlsx");
    SampleTargets.write(file, 300);
    try (TableReader table = TableReader.open(file)) {
      HeaderMapping header = table.findHeader(Sheets.TARGET_SPECS);
      assertThat(header.headerRow()).isEqualTo(2);
      assertThat(header.missingRequired()).isEmpty();
      List<Row> rows = new ArrayList<>();
      List<long[]> progress = new ArrayList<>();
      table.readData(header, rows::add, new Progress() {
        @Override
        public void update(long done, long total) {
          progress.add(new long[] {done, total});
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      });
      assertThat(rows).hasSize(300);
      assertThat(rows).allSatisfy(r -> assertThat(Uscc.validate(header.get(r, "uscc")).isValid()).isTrue());
      assertThat(header.get(rows.get(0), "phone")).matches("139\\d{8}");
      assertThat(header.get(rows.get(0), "founded")).matches("\\d{4}-\\d{2}-\\d{2}");
      long[] last = progress.get(progress.size() - 1);
      assertThat(last[0]).isEqualTo(last[1]);
    }
  }

  @Test
  void theParseOnlyScanCountsEveryRowAndCell() {
    Path file = dir.resolve("scan.xlsx");
    SampleTargets.write(file, 50);
    ParseOnlyScan.Result result = ParseOnlyScan.scan(file);
    assertThat(result.rows()).isEqualTo(52);
    assertThat(result.cells()).isEqualTo(1 + SampleTargets.HEADER.size() * 51L);
  }
}
