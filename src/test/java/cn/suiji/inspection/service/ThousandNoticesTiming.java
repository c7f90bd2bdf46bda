package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.domain.Issued;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a check: the notices and record sheets of a 1,000-target draw of the demo
 * county (2026-SCJGJ-01 made a fixed 1,000 over the whole directory), issued the first time
 * (1,000 numbers taken and recorded) and again (numbers reused). Run by hand:
 * {@code ./mvnw -q test -Dtest=ThousandNoticesTiming -Dsuiji.perf=true}.
 */
@EnabledIfSystemProperty(named = "suiji.perf", matches = "true")
class ThousandNoticesTiming {
  @TempDir
  Path dir;

  @Test
  void issueAThousandNoticesWithTheirSheets(TestReporter reporter) {
    try (NoticeFixture f = NoticeFixture.inMemory(dir.resolve("receipts"))) {
      f.dsl.update(TASK).setNull(TASK.RATIO_A).setNull(TASK.RATIO_B).setNull(TASK.RATIO_C).setNull(TASK.RATIO_D)
          .set(TASK.FIXED_COUNT, 1000).set(TASK.SCOPE_JSON, "{}").where(TASK.CODE.eq("2026-SCJGJ-01")).execute();
      // without the listed targets' full coverage, which would add every abnormal/serious one on top
      f.dsl.update(WORKING_RULES).set(WORKING_RULES.LISTED_FULL_COVERAGE, false).execute();
      long drawId = f.draw("2026-SCJGJ-01");
      // one warm-up over the same reads (a reprint of nothing yet issued would number): list the draw
      f.notices.list(drawId);
      long t0 = System.nanoTime();
      Issued first = f.notices.issue(drawId, NoticeFixture.TODAY, true, Progress.NONE);
      long firstMs = (System.nanoTime() - t0) / 1_000_000;
      long t1 = System.nanoTime();
      Issued again = f.notices.issue(drawId, NoticeFixture.TODAY, true, Progress.NONE);
      long againMs = (System.nanoTime() - t1) / 1_000_000;
      assertThat(first.notices().size()).isEqualTo(1000);
      assertThat(first.sheets().size()).isEqualTo(1000);
      assertThat(first.numbered()).isEqualTo(1000);
      assertThat(again.numbered()).isZero();
      reporter.publishEntry("first issue ms (1000 numbered, notices + sheets)", Long.toString(firstMs));
      reporter.publishEntry("reprint ms (numbers reused, notices + sheets)", Long.toString(againMs));
      System.out.printf("1000 notices + sheets: first issue %d ms, reprint %d ms%n", firstMs, againMs);
    }
  }
}
