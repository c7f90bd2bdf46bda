package cn.suiji.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.testing.BulkWriteUntilKilled;
import cn.suiji.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreimageTest {
  @TempDir
  Path dir;

  private static int bulkRows(Database db) {
    return db.dsl().fetchCount(DSL.table(DSL.name("APP_SETTING")), DSL.field(DSL.name("NAME")).like("bulk.%"));
  }

  @Test
  void aBulkWriteThatCommitsKeepsItsRowsAndLeavesNoCopyBehind() {
    Path file = dir.resolve("ok.mv.db");
    try (Database db = Database.openFile(file)) {
      int n = Preimage.transactionResult(db.dsl(), "测试", trx -> {
        for (int i = 0; i < 100; i++) {
          trx.dsl().execute("INSERT INTO app_setting (name, setting) VALUES (?, 'x')", "bulk." + i);
        }
        assertThat(Preimage.files(file).get(0)).exists(); // the copy is there while it runs
        assertThat(Preimage.files(file).get(1)).exists(); // and so is the mark
        return 100;
      });
      assertThat(n).isEqualTo(100);
      assertThat(bulkRows(db)).isEqualTo(100);
      assertThat(Preimage.files(file)).allSatisfy(p -> assertThat(p).doesNotExist());
    }
    try (Database db = Database.openFile(file)) {
      assertThat(db.undoneOnOpen()).isEmpty();
      assertThat(bulkRows(db)).isEqualTo(100);
    }
  }

  @Test
  void aBulkWriteThatFailsLeavesNeitherRowsNorCopy() {
    Path file = dir.resolve("fails.mv.db");
    try (Database db = Database.openFile(file)) {
      assertThatThrownBy(() -> Preimage.transactionResult(db.dsl(), "测试", trx -> {
        trx.dsl().execute("INSERT INTO app_setting (name, setting) VALUES ('bulk.1', 'x')");
        throw new IllegalStateException("bad row");
      })).hasMessage("bad row");
      assertThat(bulkRows(db)).isZero();
      assertThat(Preimage.files(file)).allSatisfy(p -> assertThat(p).doesNotExist());
      // the writer lock was given back: an ordinary transaction still runs
      db.dsl().transaction(trx -> trx.dsl().execute("INSERT INTO app_setting (name, setting) VALUES ('after', 'y')"));
    }
  }

  @Test
  void aBulkWriteInsideATransactionIsPartOfIt() {
    Path file = dir.resolve("nested.mv.db");
    try (Database db = Database.openFile(file)) {
      db.dsl().transaction(outer -> {
        Preimage.transactionResult(outer.dsl(), "测试", trx -> trx.dsl()
            .execute("INSERT INTO app_setting (name, setting) VALUES ('bulk.n', 'x')"));
        assertThat(Preimage.files(file)).allSatisfy(p -> assertThat(p).doesNotExist());
      });
      assertThat(bulkRows(db)).isEqualTo(1);
    }
  }

  @Test
  void aProcessKilledInsideABulkWriteLeavesNoTraceOfIt() throws Exception {
    Path file = dir.resolve("killed.mv.db");
    Path journal = dir.resolve("killed.journal");
    try (Database db = Database.openFile(file)) {
      db.dsl().execute("INSERT INTO app_setting (name, setting) VALUES ('before', 'kept')");
    }
    Files.writeString(journal, "line before\n", StandardCharsets.UTF_8);
    try (ChildJvm child = ChildJvm.start(BulkWriteUntilKilled.class, file.toString(), journal.getFileName().toString())) {
      child.awaitLine("INSIDE", 120_000);
      assertThat(Files.readString(journal)).contains("inside the bulk write");
      child.killHard();
    }
    try (Database db = Database.openFile(file)) {
      assertThat(db.undoneOnOpen()).contains("批量写入测试");
      assertThat(db.closedUncleanly()).isTrue();
      assertThat(bulkRows(db)).isZero();
      assertThat(db.dsl().fetchValue("SELECT setting FROM app_setting WHERE name = 'before'")).isEqualTo("kept");
    }
    assertThat(Files.readString(journal)).isEqualTo("line before\n");
    assertThat(Preimage.files(file)).allSatisfy(p -> assertThat(p).doesNotExist());
    try (Database db = Database.openFile(file)) {
      assertThat(db.undoneOnOpen()).isEmpty(); // undone once, not again
    }
  }
}
