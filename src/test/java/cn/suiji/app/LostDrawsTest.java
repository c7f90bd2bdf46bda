package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.draw.service.DrawCheck;
import cn.suiji.shared.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confirmed draw the database lost — here the data file is put back to a copy from before the
 * draw, the journal kept — comes back from the evidence journal at the next open: the same id,
 * attempt, verification code and inspections, the chain and the journal agreeing again.
 */
class LostDrawsTest {
  @TempDir
  Path dir;

  @Test
  void aConfirmedDrawTheDatabaseLostIsPutBackFromTheJournal() throws Exception {
    Path file = dir.resolve("county.mv.db");
    String task;
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      task = s.draw().undrawnTasks().get(0).code();
    }
    Path older = dir.resolve("older.mv.db");
    Files.copy(file, older);
    DrawAttempt drawn;
    int inspections;
    try (Services s = Services.open(file)) {
      drawn = s.draw().run(task, "2026-12-06 上证指数 3456.78", List.of("见证人甲", "见证人乙"), "经办人",
          "演示数据的期限已过");
      inspections = s.database().dsl().fetchCount(DSL.table(DSL.name("INSPECTION")));
    }
    Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("county.unclosed"), "power cut");

    try (Services s = Services.open(file)) {
      DrawSummary back = s.draw().list().stream().filter(d -> d.id() == drawn.drawId()).findFirst().orElseThrow();
      assertThat(back.status()).isEqualTo(AttemptStatus.CONFIRMED);
      assertThat(back.taskCode()).isEqualTo(task);
      assertThat(back.attempt()).isEqualTo(drawn.attempt());
      assertThat(back.verificationCode()).isEqualTo(drawn.verificationCode());
      assertThat(s.database().dsl().fetchCount(DSL.table(DSL.name("INSPECTION")))).isEqualTo(inspections).isPositive();
      assertThat(s.auditor().verify(s.database().dsl()).isIntact()).isTrue();
      List<DrawCheck> checks = s.draw().verifyAll();
      assertThat(checks).isNotEmpty();
      assertThat(checks.stream().map(DrawCheck::findings).flatMap(List::stream).toList()).isEmpty();
      assertThat(s.draw().undrawnTasks()).noneMatch(t -> t.code().equals(task));
      assertThat(s.outbox().entries()).as("the draw still goes to the province (issue 14)")
          .anyMatch(e -> e.key().equals("draw:" + drawn.drawId()));
    }
  }
}
