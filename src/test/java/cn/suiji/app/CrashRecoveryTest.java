package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.testing.ChildJvm;
import cn.suiji.testing.CrashWriter;
import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of writing leaves a file that opens, whose audit chain verifies. */
class CrashRecoveryTest {
  @TempDir
  Path dir;

  @Test
  void killedDuringSmallWritesLeavesAnIntactChain() throws Exception {
    Path file = dir.resolve("small");
    try (ChildJvm child = ChildJvm.start(CrashWriter.class, file.toString(), "small")) {
      child.awaitLine("WRITING", 60_000);
      Thread.sleep(700);
      child.killHard();
    }
    try (Services services = Services.open(file)) {
      AuditVerification v = services.auditor().verify(services.database().dsl());
      assertThat(v.isIntact()).isTrue();
      assertThat(v.checked()).isGreaterThan(20);
      // the last setting written is the one the last audit entry speaks of
      String counter = services.settings().get("crash.counter").orElseThrow();
      assertThat(services.auditor().latest(services.database().dsl(), 1).get(0).entityId()).isEqualTo("crash.counter");
      assertThat(Integer.parseInt(counter)).isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void killedDuringTheDemoTransactionLeavesAllOrNothing() throws Exception {
    Path file = dir.resolve("demo");
    try (ChildJvm child = ChildJvm.start(CrashWriter.class, file.toString(), "demo")) {
      child.awaitLine("WRITING", 60_000);
      Thread.sleep(300);
      child.killHard();
    }
    try (Services services = Services.open(file)) {
      int targets = services.database().dsl().fetchCount(DSL.table(DSL.name("TARGET")));
      assertThat(targets).isIn(0, 20_000);
      assertThat(services.auditor().verify(services.database().dsl()).isIntact()).isTrue();
      if (targets == 0) {
        assertThat(services.departments().all()).isEmpty();
      }
    }
  }

  @Test
  void aFileKilledWithALargeTransactionOpenOpensWithoutIt() throws Exception {
    // H2 has stored the open transaction's pages: the file cannot be opened read-only until H2
    // rolled them back, which the newer-version check at open needs
    Path file = dir.resolve("open");
    try (ChildJvm child = ChildJvm.start(CrashWriter.class, file.toString(), "open")) {
      child.awaitLine("WRITING", 120_000);
      child.killHard();
    }
    try (Services services = Services.open(file)) {
      assertThat(services.database().closedUncleanly()).isTrue();
      assertThat(services.database().dsl().fetchCount(DSL.table(DSL.name("APP_SETTING")),
          DSL.field(DSL.name("NAME"), String.class).like("crash.row.%"))).isZero();
      assertThat(services.auditor().verify(services.database().dsl()).isIntact()).isTrue();
    }
  }

  /**
   * kill -9 while the file is compacted — in place after the commit, or rewritten whole at the
   * close (docs/decisions/0030) — leaves a file that opens with the committed rows, all of them
   * (or none, when the kill came before the commit was on the disk), and no H2 temporary file.
   */
  @Test
  void killedWhileCompactingLosesNothingCommitted() throws Exception {
    for (String step : java.util.List.of("COMMITTING", "CLOSING")) {
      for (long delay : new long[] {800}) {
        Path file = dir.resolve("compact-" + step + "-" + delay);
        try (ChildJvm child = ChildJvm.start(CrashWriter.class, file.toString(), "compact")) {
          child.awaitLine(step, 180_000);
          Thread.sleep(delay);
          child.killHard();
        }
        try (Services services = Services.open(file)) {
          int rows = services.database().dsl().fetchCount(DSL.table(DSL.name("APP_SETTING")),
              DSL.field(DSL.name("NAME"), String.class).like("crash.row.%"));
          if (step.equals("CLOSING")) {
            assertThat(rows).as("killed %d ms into the close", delay).isEqualTo(CrashWriter.COMPACT_ROWS);
          } else {
            assertThat(rows).as("killed %d ms into the commit", delay).isIn(0, CrashWriter.COMPACT_ROWS);
          }
          assertThat(services.auditor().verify(services.database().dsl()).isIntact()).isTrue();
        }
        assertThat(java.nio.file.Files.exists(file.resolveSibling(file.getFileName() + ".mv.db.tempFile"))).isFalse();
      }
    }
  }
}
