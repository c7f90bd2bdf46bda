package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.shared.outbox.OutboxKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outbox entries are written with the changes they carry, and only with them. */
class OutboxTest {
  @TempDir
  java.nio.file.Path dir;
  private ExchangeFixture f;

  @BeforeEach
  void county() {
    f = ExchangeFixture.drawn(dir);
  }

  @AfterEach
  void close() {
    f.close();
  }

  private List<OutboxEntry> entries() {
    return f.services.outbox().entries();
  }

  @Test
  void aConfirmedDrawPutsItsListInTheOutbox() {
    List<OutboxEntry> entries = entries();
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("draw:" + f.drawId);
      assertThat(e.kind()).isEqualTo(OutboxKind.DRAW);
      assertThat(e.state()).isEqualTo(EntryState.PENDING);
      assertThat(e.payload()).contains("\"task\":\"2026-WJJ-01\"").contains("\"targets\":[{");
      assertThat(e.sha256()).isEqualTo(cn.suiji.exchange.remote.Payloads.sha256(e.payload()));
    });
  }

  @Test
  void aResultAndAPublicationMarkEachAddOneEntry() {
    InspectionResult r = f.result(1, LocalDate.of(2026, 5, 20));
    f.services.publish().mark(List.of(r.inspectionId()), LocalDate.of(2026, 6, 1), null,
        new cn.suiji.publish.domain.Review("王局长", LocalDate.of(2026, 5, 30)));
    assertThat(entries()).extracting(OutboxEntry::kind)
        .containsExactly(OutboxKind.DRAW, OutboxKind.RESULT, OutboxKind.PUBLICATION);
    assertThat(entries().get(1).key()).isEqualTo("result:" + r.id());
    assertThat(entries().get(1).payload()).contains("\"formedOn\":\"2026-05-20\"").doesNotContain("corrects");
    assertThat(entries().get(2).payload()).contains("\"result\":\"result:" + r.id() + "\"")
        .contains("\"reviewedBy\":\"王局长\"").contains("\"reviewedOn\":\"2026-05-30\"");
    assertThat(f.services.outbox().counts()).extracting(StateCount::kind, StateCount::state, StateCount::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OutboxKind.DRAW, EntryState.PENDING, 1),
            org.assertj.core.groups.Tuple.tuple(OutboxKind.RESULT, EntryState.PENDING, 1),
            org.assertj.core.groups.Tuple.tuple(OutboxKind.PUBLICATION, EntryState.PENDING, 1));
  }

  @Test
  void aRefusedChangeLeavesNoEntry() {
    long id = f.notified(1);
    // a result dated before the draw is refused: neither the result nor its entry is kept
    assertThatThrownBy(() -> f.services.results().record(f.draft(id, LocalDate.of(2026, 1, 5), List.of("1"))))
        .isInstanceOf(cn.suiji.shared.SuijiException.class);
    assertThat(entries()).extracting(OutboxEntry::kind).containsExactly(OutboxKind.DRAW);
  }

  @Test
  void anEntryRollsBackWithTheTransactionThatAddedIt() {
    assertThatThrownBy(() -> f.dsl.transaction(trx -> {
      f.services.outbox().add(trx.dsl(), OutboxKind.PLAN, "plan:1", "plan:1", Map.of("code", "2026"));
      throw new IllegalStateException("the change fails after its entry was added");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(entries()).extracting(OutboxEntry::key).containsExactly("draw:" + f.drawId);
  }

  @Test
  void addingTheSameKeyTwiceKeepsOneEntryAndAChangedContentIsRefused() {
    f.dsl.transaction(trx -> f.services.outbox().add(trx.dsl(), OutboxKind.PLAN, "plan:1", "plan:1", Map.of("b", 2, "a", 1)));
    f.dsl.transaction(trx -> f.services.outbox().add(trx.dsl(), OutboxKind.PLAN, "plan:1", "plan:1", Map.of("a", 1, "b", 2)));
    assertThat(entries()).filteredOn(e -> e.key().equals("plan:1")).singleElement()
        .satisfies(e -> assertThat(e.payload()).isEqualTo("{\"a\":1,\"b\":2}"));
    assertThatThrownBy(() -> f.dsl.transaction(trx ->
        f.services.outbox().add(trx.dsl(), OutboxKind.PLAN, "plan:1", "plan:1", Map.of("a", 3))))
        .hasMessageContaining("plan:1");
  }

  @Test
  void aCorrectionOfAnAcceptedResultIsANewEntryAndOfARejectedOneMarksItResent() throws Exception {
    InspectionResult first = f.result(1, LocalDate.of(2026, 5, 20));
    InspectionResult other = f.result(2, LocalDate.of(2026, 5, 21));
    var pkg = f.services.exchange().makePackage(dir.resolve("out"), cn.suiji.shared.Progress.NONE);
    String batch = pkg.file().getFileName().toString().replace(".zip", "");
    f.services.exchange().apply(new Receipt(batch, "2026-11-20T10:00:00+08:00", List.of(
        new Receipt.Line("result:" + first.id(), true, null),
        new Receipt.Line("result:" + other.id(), false, "检查结果代码与检查事项不符"))));
    InspectionResult fixed = f.services.results().correct(f.draft(other.inspectionId(), LocalDate.of(2026, 5, 21),
        List.of("E")), "代码录错");
    InspectionResult again = f.services.results().correct(f.draft(first.inspectionId(), LocalDate.of(2026, 5, 22),
        List.of("1")), "日期录错");
    Map<String, OutboxEntry> byKey = new java.util.HashMap<>();
    entries().forEach(e -> byKey.put(e.key(), e));
    assertThat(byKey.get("result:" + other.id()).state()).isEqualTo(EntryState.RESENT);
    assertThat(byKey.get("result:" + other.id()).reason()).isEqualTo("检查结果代码与检查事项不符");
    assertThat(byKey.get("result:" + fixed.id()).state()).isEqualTo(EntryState.PENDING);
    assertThat(byKey.get("result:" + fixed.id()).payload()).contains("\"corrects\":\"result:" + other.id() + "\"");
    assertThat(byKey.get("result:" + first.id()).state()).isEqualTo(EntryState.ACCEPTED);
    assertThat(byKey.get("result:" + again.id()).state()).isEqualTo(EntryState.PENDING);
    assertThat(byKey.get("result:" + again.id()).payload()).contains("\"formedOn\":\"2026-05-22\"");
  }
}
