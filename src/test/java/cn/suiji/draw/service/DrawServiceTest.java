package cn.suiji.draw.service;

import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.DrawVerifier;
import cn.suiji.draw.domain.PlannedGroup;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

class DrawServiceTest {
  private static final List<String> WITNESSES = List.of("王监督", "李监督");
  private final DemoDraws demo = new DemoDraws();
  private final DSLContext dsl = demo.db.dsl();
  private final DrawService service = demo.service;

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    demo.close();
  }

  private static String key(Throwable e) {
    return ((SuijiException) e).key();
  }

  private static String text(Throwable e) {
    return cn.suiji.shared.l10n.Messages.current().describe((SuijiException) e);
  }

  @Test
  void confirmedDrawCreatesInspectionsWithTheirInspectorsAndMarksTargetsAndTask(TestReporter reporter) {
    long started = System.nanoTime();
    DrawPlan plan = service.plan("2026-SCJGJ-03");
    DrawSession session = service.open("2026-SCJGJ-03", "张操作");
    DrawAttempt attempt = service.perform(session.drawId(), "  38 17 05  ", WITNESSES);
    DrawSummary confirmed = service.confirm(session.drawId());
    reporter.publishEntry("plan+open+perform+confirm 2026-SCJGJ-03 ms",
        Long.toString((System.nanoTime() - started) / 1_000_000));

    assertThat(confirmed.status()).isEqualTo(AttemptStatus.CONFIRMED);
    assertThat(attempt.verificationCode()).matches("[0-9a-f]{4}(-[0-9a-f]{4}){3}");
    assertThat(attempt.record().entropy()).isEqualTo("38 17 05");
    assertThat(attempt.record().operator()).isEqualTo("张操作");
    assertThat(attempt.record().witnesses()).isEqualTo(WITNESSES);
    assertThat(session.commitment()).isEqualTo(attempt.record().commitment());
    int k = plan.totalK();
    assertThat(attempt.record().selected()).hasSize(k);

    long taskId = dsl.select(TASK.ID).from(TASK).where(TASK.CODE.eq("2026-SCJGJ-03")).fetchSingle().value1();
    assertThat(dsl.fetchCount(INSPECTION, INSPECTION.DRAW_ID.eq(session.drawId())
        .and(INSPECTION.STATUS.eq("AWAITING_NOTICE")))).isEqualTo(k);
    int sumM = plan.groups().stream().mapToInt(PlannedGroup::m).sum();
    assertThat(sumM).isEqualTo(4);
    assertThat(dsl.fetchCount(INSPECTION_INSPECTOR)).isEqualTo(k * sumM);
    // the first drawn target is inspection 1 with exactly the recorded inspectors, in pick order
    List<String> first = dsl.select(INSPECTOR.INSPECTOR_KEY).from(INSPECTION_INSPECTOR)
        .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_INSPECTOR.INSPECTION_ID))
        .join(INSPECTOR).on(INSPECTOR.ID.eq(INSPECTION_INSPECTOR.INSPECTOR_ID))
        .join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(INSPECTION.DRAW_ORDER.eq(1)).and(INSPECTION.DRAW_ID.eq(session.drawId()))
        .and(TARGET.OBJECT_KEY.eq(attempt.record().selected().get(0)))
        .orderBy(INSPECTION_INSPECTOR.PICK_ORDER).fetch(INSPECTOR.INSPECTOR_KEY);
    assertThat(first).isEqualTo(attempt.record().assignments().get(0).inspectors());
    assertThat(dsl.fetchCount(TARGET, TARGET.OBJECT_KEY.in(attempt.record().selected())
        .and(TARGET.LAST_DRAWN_DATE.eq(LocalDate.of(2026, 3, 2))))).isEqualTo(k);
    assertThat(dsl.select(TASK.STATUS).from(TASK).where(TASK.ID.eq(taskId)).fetchSingle().value1()).isEqualTo("DRAWN");
    assertThat(service.undrawnTasks()).extracting(UndrawnTask::code).doesNotContain("2026-SCJGJ-03")
        .contains("2026-SCJGJ-01");
  }

  @Test
  void aTaskHasAtMostOneConfirmedDraw() {
    DrawSession one = service.open("2026-SCJGJ-04", null);
    service.voidDraw(one.drawId(), "演练");
    DrawSession two = service.open("2026-SCJGJ-04", null);
    service.perform(two.drawId(), "4 5 6", WITNESSES);
    service.confirm(two.drawId());
    assertThatThrownBy(() -> service.open("2026-SCJGJ-04", null)).satisfies(
        e -> assertThat(key(e)).isEqualTo("draw.service.alreadyConfirmed"));
    // and the database itself refuses a second confirmed row
    long taskId = dsl.select(TASK.ID).from(TASK).where(TASK.CODE.eq("2026-SCJGJ-04")).fetchSingle().value1();
    assertThatThrownBy(() -> dsl.update(DRAW).set(DRAW.STATUS, "CONFIRMED").set(DRAW.CONFIRMED_TASK_ID, taskId)
        .where(DRAW.ID.eq(one.drawId())).execute()).isInstanceOf(org.jooq.exception.DataAccessException.class);
  }

  @Test
  void aSecondOpenIsRefusedWhileTheFirstIsHeldAndNamesIt() {
    DrawSession first = service.open("2026-SCJGJ-04", null);
    assertThatThrownBy(() -> service.open("2026-SCJGJ-04", null)).satisfies(e -> {
      assertThat(key(e)).isEqualTo("draw.service.attemptOpen");
      assertThat(text(e)).contains("2026-SCJGJ-04").contains("第 1 次");
    });
    // nothing was written by the refusal, and the first attempt is offered to be carried on
    assertThat(service.list()).hasSize(1);
    assertThat(service.openAttempts("2026-SCJGJ-04")).singleElement().satisfies(o -> {
      assertThat(o.drawId()).isEqualTo(first.drawId());
      assertThat(o.resumable()).isTrue();
      assertThat(o.drawn()).isFalse();
    });
    assertThat(service.resume(first.drawId()).commitment()).isEqualTo(first.commitment());
    // drawn but not confirmed, it still refuses a new attempt
    service.perform(first.drawId(), "1 2 3", WITNESSES);
    assertThatThrownBy(() -> service.open("2026-SCJGJ-04", null)).satisfies(
        e -> assertThat(key(e)).isEqualTo("draw.service.attemptOpen"));
    assertThat(service.drawnAttempt(first.drawId()).record().entropy()).isEqualTo("1 2 3");
  }

  @Test
  void voidingTheOpenAttemptWithAReasonLetsTheNextOpenBeAttemptTwo() {
    DrawSession first = service.open("2026-SCJGJ-04", null);
    assertThatThrownBy(() -> service.voidDraw(first.drawId(), "  ")).satisfies(
        e -> assertThat(key(e)).isEqualTo("draw.engine.voidReasonRequired"));
    service.voidDraw(first.drawId(), "操作员误点");
    DrawSession second = service.open("2026-SCJGJ-04", null);
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(service.openAttempts("2026-SCJGJ-04")).extracting(OpenAttempt::attempt).containsExactly(2);
    assertThat(dsl.select(DRAW.VOID_REASON).from(DRAW).where(DRAW.ID.eq(first.drawId())).fetchSingle().value1())
        .isEqualTo("操作员误点");
  }

  @Test
  void aDrawAfterTheTaskWindowNeedsAReasonKeptWithTheAttemptAndAudited() {
    // 2026-WJJ-02 runs 09-01 … 11-30; the tester drew it on 2026-12-06
    DrawService late = demo.serviceAt(java.time.Clock.fixed(java.time.Instant.parse("2026-12-06T02:00:00Z"),
        java.time.ZoneId.of("Asia/Shanghai")));
    assertThat(late.choice("2026-WJJ-02").late()).isTrue();
    assertThat(service.choice("2026-WJJ-02").late()).isFalse();
    for (String blank : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> late.open("2026-WJJ-02", null, blank)).satisfies(e -> {
        assertThat(key(e)).isEqualTo("draw.service.lateReasonRequired");
        assertThat(text(e)).contains("2026-WJJ-02").contains("自 2026-09-01 至 2026-11-30");
      });
    }
    assertThat(late.list()).isEmpty();

    DrawSession session = late.open("2026-WJJ-02", null, " 汛期延误，经局长批准补抽 ");
    assertThat(dsl.select(DRAW.LATE_REASON).from(DRAW).where(DRAW.ID.eq(session.drawId())).fetchSingle().value1())
        .isEqualTo("汛期延误，经局长批准补抽");
    AuditEntry opened = demo.auditor.latest(dsl, 5).stream()
        .filter(e -> e.action().equals("DRAW_OPEN")).findFirst().orElseThrow();
    assertThat(opened.detail()).contains("lateReason=汛期延误，经局长批准补抽").contains("window=2026-09-01..2026-11-30");
    // within the window no reason is asked and none is stored
    DrawSession inTime = service.open("2026-WLJ-02", null, "不需要");
    assertThat(dsl.select(DRAW.LATE_REASON).from(DRAW).where(DRAW.ID.eq(inTime.drawId())).fetchSingle().value1())
        .isNull();
  }

  @Test
  void voidedAttemptStaysOnRecordAndTheRedrawGetsANewNonceAndAttemptTwo() {
    DrawSession first = service.open("2026-WLJ-02", null);
    service.perform(first.drawId(), "12345", WITNESSES);
    DrawSummary voided = service.voidDraw(first.drawId(), "监督人对公开随机数的录入有异议");
    assertThat(voided.status()).isEqualTo(AttemptStatus.VOIDED);
    assertThat(voided.voidReason()).isEqualTo("监督人对公开随机数的录入有异议");
    DrawRecord record = service.record(first.drawId());
    assertThat(record.status()).isEqualTo(DrawStatus.VOIDED);
    assertThat(DrawVerifier.verify(record).matches()).isTrue();
    assertThatThrownBy(() -> service.confirm(first.drawId())).satisfies(
        e -> assertThat(key(e)).isEqualTo("draw.service.notOpen"));

    DrawSession second = service.open("2026-WLJ-02", null);
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.commitment()).isNotEqualTo(first.commitment());
    service.perform(second.drawId(), "12345", WITNESSES);
    service.confirm(second.drawId());
    assertThat(service.list()).filteredOn(d -> d.taskCode().equals("2026-WLJ-02"))
        .extracting(DrawSummary::attempt, DrawSummary::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, AttemptStatus.VOIDED),
            org.assertj.core.groups.Tuple.tuple(2, AttemptStatus.CONFIRMED));
  }

  @Test
  void infeasibleDrawExplainsItselfAndIsKeptOnRecord() {
    // a tiny pool drawn in full, and every eligible inspector of the lead group recused from one target
    dsl.update(TASK).set(TASK.RATIO_PERCENT, new java.math.BigDecimal("100.00"))
        .where(TASK.CODE.eq("2026-SCJGJ-04")).execute();
    DrawPlan plan = service.plan("2026-SCJGJ-04");
    String target = plan.strata().get(0).pool().get(0);
    long targetId = dsl.select(TARGET.ID).from(TARGET).where(TARGET.OBJECT_KEY.eq(target)).fetchSingle().value1();
    for (String inspector : plan.groups().get(0).pool()) {
      long inspectorId = dsl.select(INSPECTOR.ID).from(INSPECTOR).where(INSPECTOR.INSPECTOR_KEY.eq(inspector))
          .fetchSingle().value1();
      dsl.insertInto(RECUSAL).set(RECUSAL.INSPECTOR_ID, inspectorId).set(RECUSAL.TARGET_ID, targetId)
          .set(RECUSAL.REASON, "INTEREST").set(RECUSAL.SOURCE, "FOUND").set(RECUSAL.CREATED_AT, OffsetDateTime.now())
          .onDuplicateKeyIgnore().execute();
    }
    DrawSession session = service.open("2026-SCJGJ-04", null);
    assertThatThrownBy(() -> service.perform(session.drawId(), "777", WITNESSES)).satisfies(e -> {
      assertThat(key(e)).isEqualTo("draw.service.infeasible");
      Object[] args = ((SuijiException) e).args();
      assertThat(args[0]).isEqualTo(target);
      assertThat(args[2]).isEqualTo("青岚县市场监督管理局");
      assertThat(args[3]).isEqualTo("SCJGJ");
      assertThat(args[4]).isEqualTo(0);
      assertThat(args[5]).isEqualTo(2);
      assertThat(cn.suiji.shared.l10n.Messages.current().describe((SuijiException) e))
          .contains(target).contains("青岚县市场监督管理局").contains("仅有 0 名");
    });
    assertThat(service.list()).singleElement().satisfies(d -> {
      assertThat(d.status()).isEqualTo(AttemptStatus.INFEASIBLE);
      assertThat(d.closedAt()).isNotNull();
    });
    assertThat(dsl.fetchCount(INSPECTION)).isZero();
    assertThat(dsl.select(DRAW.RECORD_JSON).from(DRAW).fetchSingle().value1())
        .contains("\"infeasible\"").contains(target).contains("\"entropy\":\"777\"");
  }

  @Test
  void everyAttemptIsInTheAuditLogAndTheChainHolds() {
    DrawSession voided = service.open("2026-WLJ-02", null);
    service.voidDraw(voided.drawId(), "演练");
    service.run("2026-WLJ-02", "99", WITNESSES, null);
    List<String> actions = demo.auditor.latest(dsl, 10).stream()
        .filter(e -> e.entity().equals("draw")).map(AuditEntry::action).toList();
    assertThat(actions).containsExactly("DRAW_CONFIRM", "DRAW_PERFORM", "DRAW_OPEN", "DRAW_VOID", "DRAW_OPEN");
    assertThat(demo.auditor.verify(dsl).isIntact()).isTrue();
  }

  @Test
  void storedRecordVerifiesRoundTripsThroughExportAndTamperingIsCaught() {
    DrawAttempt attempt = service.run("2026-WJJ-01", "2026年3月2日福彩3D 815", WITNESSES, "操作员");
    assertThat(service.verify(attempt.drawId()).matches()).isTrue();
    Path file = dir.resolve("draw.json");
    service.export(attempt.drawId(), file);
    DrawRecord read = new DrawRecordJson().read(file);
    assertThat(read).isEqualTo(attempt.record());
    assertThat(DrawVerifier.verify(read).matches()).isTrue();
    assertThat(service.verifyAll()).singleElement().satisfies(c -> assertThat(c.verification().matches()).isTrue());

    // a changed entropy in the stored record is found by verify and verify --all
    String json = dsl.select(DRAW.RECORD_JSON).from(DRAW).where(DRAW.ID.eq(attempt.drawId())).fetchSingle().value1();
    dsl.update(DRAW).set(DRAW.RECORD_JSON, json.replace("福彩3D 815", "福彩3D 816"))
        .where(DRAW.ID.eq(attempt.drawId())).execute();
    Verification v = service.verify(attempt.drawId());
    assertThat(v).isInstanceOfSatisfying(Verification.Mismatch.class, m -> assertThat(m.member()).isEqualTo("seed"));
    assertThat(service.verifyAll().get(0).verification().matches()).isFalse();
  }

  @Test
  void witnessesAndEntropyAreRequired() {
    DrawSession session = service.open("2026-WLJ-02", null);
    assertThatThrownBy(() -> service.perform(session.drawId(), "123", List.of(" ")))
        .satisfies(e -> assertThat(key(e)).isEqualTo("draw.service.witnessRequired"));
    assertThatThrownBy(() -> service.perform(session.drawId(), " \u3000 ", WITNESSES))
        .satisfies(e -> assertThat(key(e)).isEqualTo("draw.service.entropyRequired"));
    assertThatThrownBy(() -> service.export(session.drawId(), dir.resolve("x.json")))
        .satisfies(e -> assertThat(key(e)).isEqualTo("draw.service.notExportable"));
  }
}
