package cn.suiji.draw.service;

import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.DRAW_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.inspection.service.InspectionService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TransactionListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step whose commit fails leaves the attempt as it was, nonce included, so it can be drawn
 * again; and a draw stores each stratum pool once, as the text its hash is taken of, while its
 * exported record still lists every pool and older rows with inline pools still read.
 */
class DrawCommitAndStorageTest {
  private static final List<String> WITNESSES = List.of("王监督", "李监督");
  private static final String TASK = "2026-SCJGJ-03";

  private final DemoDraws demo = new DemoDraws();
  private final DSLContext dsl = demo.db.dsl();
  private final AtomicBoolean refuseNextCommit = new AtomicBoolean();
  /** The demo's database through a connection whose next commit can be made to fail. */
  private final DrawService service = new DrawService(
      DSL.using(dsl.configuration().derive(TransactionListener.onCommitStart(ctx -> {
        if (refuseNextCommit.getAndSet(false)) {
          throw new IllegalStateException("commit refused (test)");
        }
      }))),
      new DrawRepository(), new PoolRepository(), demo.auditor, DemoDraws.CLOCK,
      () -> ByteBuffer.allocate(32).putInt(77).array(), () -> "tester", new InspectionService(dsl, demo.auditor));

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    demo.close();
  }

  @Test
  void aPerformWhoseCommitFailsKeepsTheNonceAndTheAttemptCanBeDrawnAgain() {
    DrawSession session = service.open(TASK, "张操作");
    refuseNextCommit.set(true);
    assertThatThrownBy(() -> service.perform(session.drawId(), "38 17 05", WITNESSES))
        .hasMessageContaining("commit refused");
    assertThat(service.list()).singleElement().satisfies(d -> {
      assertThat(d.status()).isEqualTo(AttemptStatus.OPEN);
      assertThat(d.seed()).isNull();
    });

    DrawAttempt attempt = service.perform(session.drawId(), "38 17 05", WITNESSES);
    assertThat(attempt.record().selected()).isNotEmpty();
    assertThat(service.verify(session.drawId()).matches()).isTrue();
    service.confirm(session.drawId());
    assertThat(service.verify(session.drawId()).matches()).isTrue();
  }

  @Test
  void aVoidWhoseCommitFailsLeavesTheAttemptDrawable() {
    DrawSession session = service.open(TASK, "张操作");
    refuseNextCommit.set(true);
    assertThatThrownBy(() -> service.voidDraw(session.drawId(), "演练")).hasMessageContaining("commit refused");
    assertThat(service.perform(session.drawId(), "38 17 05", WITNESSES).record().selected()).isNotEmpty();
  }

  @Test
  void eachStratumPoolIsStoredOnceAsTheTextItsHashIsTakenOf() throws Exception {
    DrawAttempt attempt = service.run(TASK, "38 17 05", WITNESSES, "张操作");
    List<Stratum> strata = attempt.record().strata();
    List<Record> rows = dsl.select(DRAW_POOL.STRATUM, DRAW_POOL.POOL_HASH, DRAW_POOL.N, DRAW_POOL.POOL_KEYS)
        .from(DRAW_POOL).where(DRAW_POOL.DRAW_ID.eq(attempt.drawId())).orderBy(DRAW_POOL.STRATUM).fetch()
        .stream().map(r -> (Record) r).toList();
    assertThat(strata).hasSizeGreaterThan(1); // all and listed
    assertThat(rows).hasSize(strata.size());
    JsonNode stored = new ObjectMapper().readTree(
        dsl.select(DRAW.RECORD_JSON).from(DRAW).where(DRAW.ID.eq(attempt.drawId())).fetchSingle().value1());
    for (int i = 0; i < strata.size(); i++) {
      Record row = rows.get(i);
      String text = String.join("\n", strata.get(i).pool());
      byte[] keys = row.get(DRAW_POOL.POOL_KEYS);
      assertThat(new String(keys, StandardCharsets.US_ASCII)).isEqualTo(text);
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keys));
      assertThat(row.get(DRAW_POOL.POOL_HASH)).isEqualTo(hash);
      assertThat(row.get(DRAW_POOL.N)).isEqualTo(strata.get(i).pool().size());
      // the stored record names the pool by that hash and lists none of its keys
      JsonNode s = stored.path("strata").get(i);
      assertThat(s.has("pool")).isFalse();
      assertThat(s.path("poolHash").asText()).isEqualTo(hash);
      assertThat(s.path("n").asInt()).isEqualTo(strata.get(i).pool().size());
    }

    // exported, the record lists every pool, byte for byte what the record's JSON is
    Path file = dir.resolve("draw.json");
    service.export(attempt.drawId(), file);
    DrawRecordJson json = new DrawRecordJson();
    assertThat(Files.readString(file)).isEqualTo(json.toJson(attempt.record()));
    assertThat(json.read(file)).isEqualTo(attempt.record());
  }

  @Test
  void aRecordStoredWithItsPoolsInlineStillVerifiesExportsAndVoids() throws Exception {
    DrawSession session = service.open(TASK, "张操作");
    DrawRecord record = service.perform(session.drawId(), "38 17 05", WITNESSES).record();
    // as an attempt drawn before V023 was stored: the full record, no draw_pool rows
    DrawRecordJson json = new DrawRecordJson();
    dsl.update(DRAW).set(DRAW.RECORD_JSON, json.toJson(record)).where(DRAW.ID.eq(session.drawId())).execute();
    dsl.deleteFrom(DRAW_POOL).where(DRAW_POOL.DRAW_ID.eq(session.drawId())).execute();

    assertThat(service.verify(session.drawId()).matches()).isTrue();
    service.voidDraw(session.drawId(), "演练");
    assertThat(dsl.fetchCount(DRAW_POOL, DRAW_POOL.DRAW_ID.eq(session.drawId()))).isEqualTo(record.strata().size());
    assertThat(service.verify(session.drawId()).matches()).isTrue();
    Path file = dir.resolve("voided.json");
    service.export(session.drawId(), file);
    assertThat(Files.readString(file)).isEqualTo(json.toJson(record.voided("演练")));
  }

  @Test
  void aStoredPoolThatWasChangedIsCaughtByVerify() {
    DrawAttempt attempt = service.run(TASK, "38 17 05", WITNESSES, "张操作");
    byte[] keys = dsl.select(DRAW_POOL.POOL_KEYS).from(DRAW_POOL)
        .where(DRAW_POOL.DRAW_ID.eq(attempt.drawId())).and(DRAW_POOL.STRATUM.eq(0)).fetchSingle().value1();
    String text = new String(keys, StandardCharsets.US_ASCII);
    String changed = text.substring(0, text.lastIndexOf('\n')); // one target fewer… with n kept
    dsl.update(DRAW_POOL).set(DRAW_POOL.POOL_KEYS, changed.getBytes(StandardCharsets.US_ASCII))
        .where(DRAW_POOL.DRAW_ID.eq(attempt.drawId())).and(DRAW_POOL.STRATUM.eq(0)).execute();
    assertThatThrownBy(() -> service.verify(attempt.drawId())).hasMessageContaining("strata[0].n");

    // … and a key changed in place shows as a different seed
    String swapped = text.replaceFirst("^9", "8");
    dsl.update(DRAW_POOL).set(DRAW_POOL.POOL_KEYS, swapped.getBytes(StandardCharsets.US_ASCII))
        .where(DRAW_POOL.DRAW_ID.eq(attempt.drawId())).and(DRAW_POOL.STRATUM.eq(0)).execute();
    assertThat(service.verify(attempt.drawId()).matches()).isFalse();
  }
}
