package cn.suiji.draw.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.Exclusion;
import cn.suiji.draw.domain.PoolExclusions;
import cn.suiji.draw.render.DrawRecordSheet;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The nonce stays in the opening service's memory until the draw (the database holds only its
 * commitment), an attempt whose opener has gone is voided as interrupted, and the exclusion
 * counts of the frozen plan are stored with the attempt for its printed record.
 */
class DrawNonceAndExclusionsTest {
  private static final List<String> WITNESSES = List.of("王监督", "李监督");
  private final DemoDraws demo = new DemoDraws();
  private final DSLContext dsl = demo.db.dsl();
  private final DrawService service = demo.service;

  @AfterEach
  void close() {
    demo.close();
  }

  /** Everything the draw table and the audit log hold, as text. */
  private String databaseText() {
    return (dsl.fetch("SELECT * FROM draw").formatCSV() + "\n" + dsl.fetch("SELECT * FROM audit_log").formatCSV())
        .toLowerCase(Locale.ROOT);
  }

  /** A second service on the same database: the process that opened an attempt has gone. */
  private DrawService restarted() {
    return new DrawService(dsl, new DrawRepository(), new PoolRepository(), demo.auditor, DemoDraws.CLOCK,
        () -> new byte[32], () -> "tester", new InspectionService(dsl, demo.auditor));
  }

  @Test
  void theDatabaseHoldsTheCommitmentButNotTheNonceUntilTheDraw() {
    DrawSession session = service.open("2026-SCJGJ-03", "张操作");
    String beforeDraw = databaseText();
    DrawAttempt attempt = service.perform(session.drawId(), "38 17 05", WITNESSES);
    String nonce = attempt.record().nonce().toLowerCase(Locale.ROOT);

    assertThat(beforeDraw).contains(session.commitment()).doesNotContain(nonce).doesNotContain("\"nonce\"");
    assertThat(dsl.fetchValue("SELECT record_json FROM draw WHERE id = ?", session.drawId()).toString())
        .contains("\"nonce\":\"" + nonce + "\""); // the stored record is compact
    assertThat(service.verify(session.drawId()).matches()).isTrue();
    service.confirm(session.drawId());
    assertThat(service.verify(session.drawId()).matches()).isTrue();
  }

  @Test
  void anAttemptWhoseOpenerHasGoneCannotBeDrawnAndIsVoidedAsInterruptedAtTheNextOpen() {
    DrawSession lost = service.open("2026-WLJ-02", null);
    DrawService after = restarted();
    assertThatThrownBy(() -> after.perform(lost.drawId(), "12345", WITNESSES)).satisfies(
        e -> assertThat(((SuijiException) e).key()).isEqualTo("draw.nonceLost"));

    DrawSession next = after.open("2026-WLJ-02", null);
    assertThat(next.attempt()).isEqualTo(2);
    DrawSummary voided = after.list().stream().filter(d -> d.id() == lost.drawId()).findFirst().orElseThrow();
    assertThat(voided.status()).isEqualTo(AttemptStatus.VOIDED);
    assertThat(voided.voidReason()).isEqualTo(Messages.msg("draw.interrupted"));
    assertThat(dsl.fetchValue("SELECT record_json FROM draw WHERE id = ?", lost.drawId()).toString())
        .contains("\"status\":\"voided\"").doesNotContain("\"nonce\"");
    after.perform(next.drawId(), "12345", WITNESSES);
    after.confirm(next.drawId());
    assertThat(after.verify(next.drawId()).matches()).isTrue();
  }

  @Test
  void theClerkCanVoidAnInterruptedAttempt() {
    DrawSession lost = service.open("2026-WLJ-02", null);
    DrawSummary voided = restarted().voidDraw(lost.drawId(), "断电");
    assertThat(voided.status()).isEqualTo(AttemptStatus.VOIDED);
    assertThat(voided.voidReason()).isEqualTo("断电");
  }

  @Test
  void anAttemptStillHeldIsNotVoidedByTheNextOpenButRefusesIt() {
    DrawSession one = service.open("2026-SCJGJ-04", null);
    assertThatThrownBy(() -> service.open("2026-SCJGJ-04", null))
        .satisfies(e -> assertThat(((SuijiException) e).key()).isEqualTo("draw.service.attemptOpen"));
    service.perform(one.drawId(), "1 2 3", WITNESSES);
    assertThat(service.list()).extracting(DrawSummary::status).containsExactly(AttemptStatus.OPEN);
  }

  @Test
  void aConfirmedDrawsSheetListsTheExclusionCountsOfThePlanTheClerkSaw() {
    String task = "2026-SCJGJ-02";
    DrawPlan preview = service.plan(task);
    DrawSession session = service.open(task, "张操作");
    service.perform(session.drawId(), "07 21 33 45", WITNESSES);
    service.confirm(session.drawId());
    DrawRecordSheet sheet = service.sheet(session.drawId());

    PoolExclusions stored = sheet.poolExclusions();
    assertThat(stored).isEqualTo(PoolExclusions.of(session.plan())).isEqualTo(PoolExclusions.of(preview));
    assertThat(stored.exclusions()).isEqualTo(preview.exclusions());
    assertThat(stored.exclusions().stream().mapToInt(Exclusion::count).sum()).isPositive()
        .isEqualTo(preview.directorySize() - preview.poolSize());
  }
}
