package cn.suiji.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.audit.AuditVerification.Problem;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain holds for what the application wrote, and breaks where SQL changed it behind its back. */
class AuditChainTest {
  private Database db;
  private Auditor auditor;

  @BeforeEach
  void fiveEntries() {
    db = Database.inMemory("audit-" + System.nanoTime());
    auditor = new Auditor(new AuditRepository(), Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC), () -> "张三");
    for (int i = 1; i <= 5; i++) {
      int n = i;
      db.dsl().transaction(trx -> auditor.record(trx.dsl(),
          new AuditEvent("target.update", "target", "T" + n, "before " + n, "after " + n, "第" + n + "次修改")));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void untouchedChainVerifies() {
    AuditVerification v = auditor.verify(db.dsl());
    assertThat(v.isIntact()).isTrue();
    assertThat(v.checked()).isEqualTo(5);
  }

  @Test
  void entriesChainToThePreviousHash() {
    var entries = auditor.latest(db.dsl(), 10);
    assertThat(entries.get(4).prevHash()).isEqualTo(AuditChain.GENESIS);
    for (int i = 0; i < 4; i++) {
      assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i + 1).hash());
    }
    assertThat(entries.get(0).beforeDigest()).isEqualTo(AuditChain.digest("before 5")).hasSize(64);
  }

  @Test
  void editedDetailIsFoundAtItsEntry() {
    db.dsl().execute("UPDATE AUDIT_LOG SET DETAIL = '无修改' WHERE SEQ = 3");
    assertBroken(3, Problem.EDITED);
  }

  @Test
  void editedUserIsFound() {
    db.dsl().execute("UPDATE AUDIT_LOG SET USER_NAME = '李四' WHERE SEQ = 2");
    assertBroken(2, Problem.EDITED);
  }

  @Test
  void forgerWhoRecomputesTheHashBreaksTheNextLink() {
    AuditEntry second = auditor.latest(db.dsl(), 10).get(3);
    AuditEntry forged = new AuditEntry(second.seq(), second.at(), second.user(), second.action(), second.entity(),
        second.entityId(), second.beforeDigest(), second.afterDigest(), "伪造", second.prevHash(), "");
    String hash = AuditChain.hashOf(forged);
    db.dsl().execute("UPDATE AUDIT_LOG SET DETAIL = '伪造', HASH = ? WHERE SEQ = 2", hash);
    assertBroken(3, Problem.BROKEN_LINK);
  }

  @Test
  void deletedMiddleEntryIsFound() {
    db.dsl().execute("DELETE FROM AUDIT_LOG WHERE SEQ = 4");
    assertBroken(4, Problem.MISSING);
  }

  @Test
  void deletedFirstEntryIsFound() {
    db.dsl().execute("DELETE FROM AUDIT_LOG WHERE SEQ = 1");
    assertBroken(1, Problem.MISSING);
  }

  @Test
  void deletedLastEntryIsFound() {
    db.dsl().execute("DELETE FROM AUDIT_LOG WHERE SEQ = 5");
    assertBroken(5, Problem.TRUNCATED);
  }

  @Test
  void renumberedEntriesAreFound() {
    db.dsl().execute("DELETE FROM AUDIT_LOG WHERE SEQ = 3");
    db.dsl().execute("UPDATE AUDIT_LOG SET SEQ = SEQ - 1 WHERE SEQ > 3");
    assertBroken(3, Problem.BROKEN_LINK);
  }

  @Test
  void rolledBackChangeLeavesNoEntry() {
    try {
      db.dsl().transaction(trx -> {
        auditor.record(trx.dsl(), AuditEvent.of("target.update", "target", "T9", null));
        throw new IllegalStateException("the change failed after its entry was written");
      });
    } catch (IllegalStateException expected) {
      // the transaction rolled back
    }
    assertThat(auditor.verify(db.dsl()).checked()).isEqualTo(5);
    assertThat(auditor.verify(db.dsl()).isIntact()).isTrue();
  }

  private void assertBroken(long seq, Problem problem) {
    AuditVerification v = auditor.verify(db.dsl());
    assertThat(v.isIntact()).isFalse();
    assertThat(v.brokenSeq()).isEqualTo(seq);
    assertThat(v.problem()).isEqualTo(problem);
  }
}
