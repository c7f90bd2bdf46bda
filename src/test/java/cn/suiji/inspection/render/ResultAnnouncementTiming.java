package cn.suiji.inspection.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.domain.ResultAnnouncement;
import cn.suiji.inspection.domain.TaskResults;
import cn.suiji.shared.Progress;
import cn.suiji.shared.xlsx.CsvWriter;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a check: a 检查结果公告 of 1,000 results as .docx and PDF, and the same rows
 * through the export writers. Run by hand:
 * {@code ./mvnw -q -o test -Dtest=ResultAnnouncementTiming -Dsuiji.perf=true}.
 */
@EnabledIfSystemProperty(named = "suiji.perf", matches = "true")
class ResultAnnouncementTiming {
  @TempDir
  Path dir;

  @Test
  void aThousandResults(TestReporter reporter) throws Exception {
    List<TaskResults.Row> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      rows.add(new TaskResults.Row("青岚县第" + (i + 1) + "号测试商贸有限公司", "91620000MA7" + String.format("%07d", i),
          LocalDate.of(2026, 4, 15), List.of(i % 7 == 0 ? "发现问题经责令已改正" : "未发现问题"), i % 7 == 0 ? "已当场改正" : ""));
    }
    TaskResults r = new TaskResults("青岚县市场监督管理局", "JH-2026-01", "青岚县市场监督管理局2026年度抽查工作计划", "2026-SCJGJ-01",
        "食品经营者监督抽查", false, List.of("青岚县市场监督管理局"), rows, 0);
    ResultAnnouncement a = new ResultAnnouncement("青市监抽结〔2026〕1号", 2026, 1, r, LocalDate.of(2026, 5, 6));
    NoticeFiles files = new NoticeFiles();
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      files.resultAnnouncement(a, dir.resolve("r.docx"), Progress.NONE);
      long t1 = System.nanoTime();
      files.resultAnnouncement(a, dir.resolve("r.pdf"), Progress.NONE);
      long t2 = System.nanoTime();
      try (XlsxWriter w = new XlsxWriter(dir.resolve("r.xlsx"), "检查结果", List.of("a", "b", "c", "d", "e"))) {
        rows.forEach(x -> w.writeRow(List.of(x.name(), x.code(), x.formedOn(), x.resultText(), x.remark())));
      }
      long t3 = System.nanoTime();
      try (CsvWriter w = new CsvWriter(dir.resolve("r.csv"), List.of("a", "b", "c", "d", "e"))) {
        rows.forEach(x -> w.writeRow(List.of(x.name(), x.code(), x.formedOn(), x.resultText(), x.remark())));
      }
      long t4 = System.nanoTime();
      try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("r.pdf").toFile())) {
        org.slf4j.LoggerFactory.getLogger(ResultAnnouncementTiming.class).warn("measured, run {}: {}", run, String.format("docx %d ms (%d KB), pdf %d ms (%d pages), xlsx %d ms, csv %d ms",
            (t1 - t0) / 1_000_000, Files.size(dir.resolve("r.docx")) / 1024, (t2 - t1) / 1_000_000,
            pdf.getNumberOfPages(), (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000));
        assertThat(pdf.getNumberOfPages()).isGreaterThan(20);
      }
    }
  }
}
