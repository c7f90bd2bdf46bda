package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.cli.SuijiCommand;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditChain;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.audit.AuditVerification.Problem;
import cn.suiji.shared.db.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence journal beside the data file: every committed entry with its payload, nothing of
 * a rolled-back one; SQL edits that keep the chain sound inside the database (re-hashed, tail
 * cut and head moved, entries forged) are caught by comparing with it; after an unclean close a
 * torn line is dropped and entries the journal missed are added; a database that lost what the
 * journal holds is refused, naming the change.
 */
class EvidenceJournalTest {
  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve("county.mv.db");
  }

  private Path journal() {
    return dir.resolve("county.journal");
  }

  /** A file with a few setting changes, closed cleanly. */
  private void fewChanges(int n) {
    try (Services s = Services.open(file())) {
      for (int i = 1; i <= n; i++) {
        s.settings().set("county.name", "青岚县" + i);
      }
    }
  }

  private AuditVerification verify() {
    try (Services s = Services.open(file())) {
      return s.auditor().verify(s.database().dsl());
    }
  }

  @Test
  void everyCommittedEntryIsInTheJournalWithItsPayloadAndARolledBackOneIsNot() throws Exception {
    fewChanges(3);
    try (Services s = Services.open(file())) {
      DSLContext dsl = s.database().dsl();
      assertThatThrownBy(() -> dsl.transaction(trx -> {
        s.settings().set(trx.dsl(), "county.name", "回滚县");
        throw new IllegalStateException("cancelled");
      })).hasMessageContaining("cancelled");
      assertThat(s.auditor().verify(dsl).isIntact()).isTrue();
    }
    String text = Files.readString(journal(), StandardCharsets.UTF_8);
    assertThat(text).contains("\"after\":\"青岚县3\"").doesNotContain("回滚县");
    assertThat(text.lines().filter(l -> l.contains("\"seq\"")).count())
        .as("one line per entry: the journal's start, the calendar's and three settings").isEqualTo(5);
    assertThat(verify().isIntact()).isTrue();
  }

  @Test
  void anEntryOfANestedTransactionRolledBackToItsSavepointIsNotJournaled() throws Exception {
    fewChanges(1);
    try (Services s = Services.open(file())) {
      s.database().dsl().transaction(outer -> {
        s.settings().set(outer.dsl(), "county.name", "外层县");
        try {
          outer.dsl().transaction(inner -> {
            s.settings().set(inner.dsl(), "county.name", "内层县");
            throw new IllegalStateException("inner cancelled");
          });
        } catch (IllegalStateException expected) {
          // the savepoint is rolled back; the outer transaction goes on
        }
        s.settings().set(outer.dsl(), "county.name", "外层县二");
      });
      assertThat(s.auditor().verify(s.database().dsl()).isIntact()).isTrue();
    }
    String text = Files.readString(journal(), StandardCharsets.UTF_8);
    assertThat(text).contains("外层县二").doesNotContain("内层县");
    assertThat(verify().isIntact()).isTrue();
  }

  @Test
  void anEntryRewrittenAndTheChainReHashedDiffersFromTheJournal() {
    fewChanges(3);
    try (Database raw = Database.openFile(file())) {
      reHashFrom(raw.dsl(), 2, "mallory");
    }
    AuditVerification v = verify();
    assertThat(v.problem()).isEqualTo(Problem.DIFFERS_FROM_JOURNAL);
    assertThat(v.brokenSeq()).isEqualTo(2);
  }

  @Test
  void aDeletedTailWithTheHeadMovedIsMissingFromTheDatabase() {
    fewChanges(3);
    try (Database raw = Database.openFile(file())) {
      DSLContext dsl = raw.dsl();
      dsl.execute("DELETE FROM AUDIT_LOG WHERE SEQ = 5");
      String hash = dsl.fetchValue("SELECT HASH FROM AUDIT_LOG WHERE SEQ = 4").toString();
      dsl.execute("UPDATE AUDIT_HEAD SET LAST_SEQ = 4, LAST_HASH = ?", hash);
    }
    AuditVerification v = verify();
    assertThat(v.problem()).isEqualTo(Problem.MISSING_FROM_DATABASE);
    assertThat(v.brokenSeq()).isEqualTo(5);
  }

  @Test
  void aForgedEntryChainedOnTheEndIsNotInTheJournal() {
    fewChanges(2);
    try (Database raw = Database.openFile(file())) {
      DSLContext dsl = raw.dsl();
      String prev = dsl.fetchValue("SELECT LAST_HASH FROM AUDIT_HEAD").toString();
      AuditEntry forged = new AuditEntry(5, java.time.Instant.parse("2026-12-01T00:00:00Z"), "mallory", "setting.set",
          "setting", "county.name", null, null, null, prev, "");
      String hash = AuditChain.hashOf(forged);
      dsl.execute("INSERT INTO AUDIT_LOG (SEQ, LOGGED_AT, USER_NAME, ACTION, ENTITY, ENTITY_ID, PREV_HASH, HASH) "
          + "VALUES (5, TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00', 'mallory', 'setting.set', 'setting', "
          + "'county.name', ?, ?)", prev, hash);
      dsl.execute("UPDATE AUDIT_HEAD SET LAST_SEQ = 5, LAST_HASH = ?", hash);
    }
    AuditVerification v = verify();
    assertThat(v.problem()).isEqualTo(Problem.NOT_IN_JOURNAL);
    assertThat(v.brokenSeq()).isEqualTo(5);
  }

  @Test
  void anEditedJournalLineAndAMissingJournalAreCaught() throws Exception {
    fewChanges(2);
    String text = Files.readString(journal(), StandardCharsets.UTF_8);
    Files.writeString(journal(), text.replace("青岚县2", "青岚县X"), StandardCharsets.UTF_8);
    assertThat(verify().problem()).isEqualTo(Problem.JOURNAL_DAMAGED);
    Files.delete(journal());
    assertThat(verify().problem()).as("a journal once kept is not begun afresh").isEqualTo(Problem.JOURNAL_MISSING);
    assertThat(journal()).doesNotExist();
  }

  @Test
  void theAnchorPrintedOnPaperIsChecked() {
    fewChanges(2);
    String hash;
    try (Services s = Services.open(file())) {
      hash = s.auditor().latest(s.database().dsl(), 3).get(2).hash(); // newest first: entries 4, 3, 2
    }
    SuijiCommand.Result ok = SuijiCommand.run("audit", "verify", "--db", file().toString(), "--anchor", "2:" + hash);
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("锚点");
    SuijiCommand.Result wrong = SuijiCommand.run("audit", "verify", "--db", file().toString(), "--anchor",
        "2:" + "0".repeat(64));
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.out()).contains("第 2 条").contains("锚点");
    SuijiCommand.Result beyond = SuijiCommand.run("audit", "verify", "--db", file().toString(), "--anchor",
        "99:" + hash);
    assertThat(beyond.exitCode()).isEqualTo(1);
    SuijiCommand.Result malformed = SuijiCommand.run("audit", "verify", "--db", file().toString(), "--anchor", "2-abc");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("序号:哈希");
  }

  @Test
  void afterAnUncleanCloseATornLineIsDroppedAndEntriesTheJournalMissedAreAdded() throws Exception {
    fewChanges(3);
    // what a kill between the database's commit and the journal's append leaves: the last
    // entry's line cut short
    String text = Files.readString(journal(), StandardCharsets.UTF_8);
    String cut = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1) + "{\"seq\":4,\"at\"";
    Files.writeString(journal(), cut, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("county.unclosed"), "killed");
    try (Services s = Services.open(file())) {
      assertThat(s.database().closedUncleanly()).isTrue();
      assertThat(s.auditor().verify(s.database().dsl()).isIntact()).isTrue();
    }
    assertThat(Files.readString(journal(), StandardCharsets.UTF_8)).contains("\"adopted\":true");
    assertThat(dir.resolve("county.unclosed")).doesNotExist();
  }

  @Test
  void aDatabaseThatLostAChangeTheJournalHoldsIsRefusedNamingIt() throws Exception {
    fewChanges(2);
    Path older = dir.resolve("older.mv.db");
    Files.copy(file(), older);
    fewChanges(1);
    // the database goes back to before the last change; the journal keeps it
    Files.copy(older, file(), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("county.unclosed"), "power cut");
    assertThatThrownBy(() -> Services.open(file()))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("recovery.refused");
          assertThat(cn.suiji.shared.l10n.Messages.current().describe(e)).contains("第 5 条").contains("county.name");
        });
    assertThat(dir.resolve("county.unclosed")).as("checked again next time").exists();
  }

  /** Rewrites entry {@code from}'s user and re-hashes it and every later entry, moving the head. */
  private static void reHashFrom(DSLContext dsl, long from, String user) {
    List<AuditEntry> entries = dsl.fetch("SELECT * FROM AUDIT_LOG ORDER BY SEQ").map(r -> new AuditEntry(
        r.get("SEQ", Long.class), r.get("LOGGED_AT", java.time.OffsetDateTime.class).toInstant(),
        r.get("USER_NAME", String.class), r.get("ACTION", String.class), r.get("ENTITY", String.class),
        r.get("ENTITY_ID", String.class), r.get("BEFORE_DIGEST", String.class), r.get("AFTER_DIGEST", String.class),
        r.get("DETAIL", String.class), r.get("PREV_HASH", String.class), r.get("HASH", String.class)));
    String prev = AuditChain.GENESIS;
    for (AuditEntry e : entries) {
      if (e.seq() >= from) {
        AuditEntry changed = new AuditEntry(e.seq(), e.at(), e.seq() == from ? user : e.user(), e.action(), e.entity(),
            e.entityId(), e.beforeDigest(), e.afterDigest(), e.detail(), prev, "");
        String hash = AuditChain.hashOf(changed);
        dsl.execute("UPDATE AUDIT_LOG SET USER_NAME = ?, PREV_HASH = ?, HASH = ? WHERE SEQ = ?", changed.user(), prev,
            hash, e.seq());
        prev = hash;
      } else {
        prev = e.hash();
      }
    }
    dsl.execute("UPDATE AUDIT_HEAD SET LAST_SEQ = ?, LAST_HASH = ?", entries.get(entries.size() - 1).seq(), prev);
  }
}
