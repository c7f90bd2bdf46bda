package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.suiji.app.Services;
import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.domain.ReceiptOutcome;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.exchange.remote.PackageCheck;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.exchange.remote.Payloads;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.outbox.OutboxKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch holds its entries as a range of ids (V046, ADR 0032 addendum): the entries a package or
 * a post takes are not rewritten until the platform answers them. The old form (entries moved to
 * PACKAGED or SENT) is converted by the migration with nothing lost; a package overtaken by
 * another batch while its file was written is refused and its file deleted.
 */
class BatchRangeTest {
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  @TempDir
  Path dir;

  @Test
  void entriesPackagedOrSentInTheOldFormKeepTheirBatchAndStateAfterTheMigration() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("old");
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("39").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("INSERT INTO outbox_batch (batch_key, way, entries, created_at, file_name, manifest_sha256)"
          + " VALUES ('SJ-OLD-1', 'PACKAGE', 3, TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+08:00', 'SJ-OLD-1.zip', 'ab')");
      s.execute("INSERT INTO outbox_batch (batch_key, way, entries, created_at, attempts)"
          + " VALUES ('SJ-OLD-2', 'HTTP', 2, TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+08:00', 1)");
      old(c, 1, "PACKAGED", 1L);
      old(c, 2, "PACKAGED", 1L);
      old(c, 3, "ACCEPTED", 1L);
      old(c, 4, "SENT", 2L);
      old(c, 5, "SENT", 2L);
      old(c, 6, "PENDING", null);
    }
    try (Services s = new Services(Database.openFile(dir.resolve("old.mv.db")), Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")))) {
      Map<String, OutboxEntry> byKey = byKey(s);
      assertThat(byKey.get("result:1").state()).isEqualTo(EntryState.PACKAGED);
      assertThat(byKey.get("result:1").batchId()).isEqualTo(1L);
      assertThat(byKey.get("result:2").state()).isEqualTo(EntryState.PACKAGED);
      assertThat(byKey.get("result:3").state()).isEqualTo(EntryState.ACCEPTED);
      assertThat(byKey.get("result:4").state()).isEqualTo(EntryState.SENT);
      assertThat(byKey.get("result:5").batchId()).isEqualTo(2L);
      assertThat(byKey.get("result:6").state()).isEqualTo(EntryState.PENDING);
      assertThat(byKey.get("result:6").batchId()).isNull();
      assertThat(s.outbox().counts()).extracting(StateCount::state, StateCount::count).containsExactly(
          tuple(EntryState.PENDING, 1), tuple(EntryState.PACKAGED, 2),
          tuple(EntryState.SENT, 2), tuple(EntryState.ACCEPTED, 1));

      // the old package's receipt still answers its two waiting entries, and only them
      ReceiptOutcome o = s.exchange().apply(new Receipt("SJ-OLD-1", "2026-11-20T10:00:00+08:00", List.of(
          new Receipt.Line("result:1", true, null), new Receipt.Line("result:2", false, "统一社会信用代码有误"),
          new Receipt.Line("result:3", true, null), new Receipt.Line("result:4", true, null))));
      assertThat(o.accepted()).isEqualTo(1);
      assertThat(o.rejected()).isEqualTo(1);
      assertThat(o.unchanged()).isEqualTo(1);
      assertThat(o.unknownKeys()).containsExactly("result:4");
      byKey = byKey(s);
      assertThat(byKey.get("result:2").reason()).isEqualTo("统一社会信用代码有误");
      assertThat(byKey.get("result:2").batchId()).isEqualTo(1L);
      assertThat(byKey.get("result:4").state()).isEqualTo(EntryState.SENT);

      // a new package takes the one entry that waited, not those of the old batches
      PackageWriter.Written pkg = s.exchange().makePackage(dir.resolve("out"), Progress.NONE);
      assertThat(pkg.entries()).isEqualTo(1);
      assertThat(PackageCheck.check(pkg.file()).problem()).isNull();
      byKey = byKey(s);
      assertThat(byKey.get("result:6").state()).isEqualTo(EntryState.PACKAGED);
      assertThat(byKey.get("result:4").state()).isEqualTo(EntryState.SENT);
      assertThatThrownBy(() -> s.exchange().makePackage(dir.resolve("out"), Progress.NONE))
          .isInstanceOf(SuijiException.class).extracting(e -> ((SuijiException) e).key())
          .isEqualTo("exchange.package.nothing");
    }
  }

  @Test
  void aPackageOvertakenByAnotherBatchWhileItsFileWasWrittenIsRefusedAndItsFileDeleted() {
    try (ExchangeFixture f = ExchangeFixture.drawn(dir)) {
      f.result(1, LocalDate.of(2026, 5, 20));
      f.result(2, LocalDate.of(2026, 5, 21));
      int waiting = f.services.outbox().entries().size();
      Path late = dir.resolve("late");
      Path early = dir.resolve("early");
      PackageWriter.Written[] first = new PackageWriter.Written[1];
      // the progress is told the file is written before the batch is recorded: another package is made then
      Progress overtaking = new Progress() {
        @Override
        public void update(long done, long total) {
          if (first[0] == null && done == total - 1) {
            first[0] = f.services.exchange().makePackage(early, Progress.NONE);
          }
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      };
      assertThatThrownBy(() -> f.services.exchange().makePackage(late, overtaking))
          .isInstanceOf(SuijiException.class).extracting(e -> ((SuijiException) e).key())
          .isEqualTo("exchange.package.changed");
      assertThat(late).isEmptyDirectory();
      assertThat(first[0].entries()).isEqualTo(waiting);
      assertThat(f.services.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.PACKAGED);
      Batch last = f.services.outbox().lastBatch().orElseThrow();
      assertThat(last.fileName()).isEqualTo(first[0].file().getFileName().toString());
      assertThat(f.services.outbox().entries()).extracting(OutboxEntry::batchId).containsOnly(last.id());
      assertThat(Files.exists(first[0].file())).isTrue();
    }
  }

  private static Map<String, OutboxEntry> byKey(Services s) {
    return s.outbox().entries().stream().collect(Collectors.toMap(OutboxEntry::key, Function.identity()));
  }

  /**
   * An entry as the old form wrote it, at V039 (its payload beside it, moved apart by V043: the
   * Java migration V040 needs the county's key, so the file is left before it and the
   * application's open runs V040 to V046).
   */
  private static void old(Connection c, long id, String state, Long batch) throws Exception {
    String payload = "{\"department\":\"市场监管局\",\"result\":" + id + "}";
    try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox_entry (entry_key, kind, subject, sha256, state,"
        + " batch_id, payload, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, "result:" + id);
      p.setString(2, OutboxKind.RESULT.name());
      p.setString(3, "inspection:" + id);
      p.setString(4, Payloads.sha256(payload));
      p.setString(5, state);
      p.setObject(6, batch);
      p.setString(7, payload);
      p.executeUpdate();
      try (var keys = p.getGeneratedKeys()) {
        keys.next();
        assertThat(keys.getLong(1)).as("a fresh file numbers the entries from 1").isEqualTo(id);
      }
    }
  }
}
