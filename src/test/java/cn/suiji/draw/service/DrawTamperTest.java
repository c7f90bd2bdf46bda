package cn.suiji.draw.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.draw.domain.DrawInput;
import cn.suiji.draw.domain.DrawOutcome;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawVerifier;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.shared.SuijiException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The draw part of issue 10's tamper suite: the demo county with one confirmed draw, each edit
 * made by plain SQL as a tester with H2's shell would, then {@code verifyAll} must report that
 * draw as failed with the reason that names what differs.
 */
class DrawTamperTest {
  private static final String TASK = "2026-WJJ-01";
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

  /** One confirmed draw of {@link #TASK}; returns its id. */
  private long confirmed() {
    return confirmed(TASK, "2026年3月2日福彩3D 815");
  }

  private long confirmed(String task, String entropy) {
    return service.run(task, entropy, WITNESSES, "操作员").drawId();
  }

  private long taskId(long drawId) {
    return dsl.fetchValue("SELECT task_id FROM draw WHERE id = ?", drawId) instanceof Number n ? n.longValue() : -1;
  }

  private String storedJson(long drawId) {
    return dsl.select(DRAW.RECORD_JSON).from(DRAW).where(DRAW.ID.eq(drawId)).fetchSingle().value1();
  }

  private void rewriteJson(long drawId, String from, String to) {
    String json = storedJson(drawId);
    assertThat(json).contains(from);
    dsl.execute("UPDATE draw SET record_json = ? WHERE id = ?", json.replace(from, to), drawId);
  }

  /** A target of the demo county not drawn for the draw's task. */
  private long undrawnTarget(long drawId) {
    return ((Number) dsl.fetchValue("SELECT MIN(id) FROM target WHERE id NOT IN "
        + "(SELECT target_id FROM inspection WHERE task_id = ?)", taskId(drawId))).longValue();
  }

  private long inspection(long drawId, int order) {
    return ((Number) dsl.fetchValue("SELECT id FROM inspection WHERE draw_id = ? AND draw_order = ?", drawId, order))
        .longValue();
  }

  private DrawCheck checkOf(long drawId) {
    return service.verifyAll().stream().filter(c -> c.draw().id() == drawId).findFirst().orElseThrow();
  }

  private static List<String> keys(DrawCheck check) {
    return check.findings().stream().map(DrawFinding::key).toList();
  }

  static Stream<Arguments> edits() {
    return Stream.<Arguments>of(
        Arguments.of("an inspection's target", "draw.verify.inspectionTarget",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.dsl.execute(
                "UPDATE inspection SET target_id = ? WHERE id = ?", t.undrawnTarget(id), t.inspection(id, 1))),
        Arguments.of("an inspection's inspector", "draw.verify.inspectionInspectors",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> {
              long inspection = t.inspection(id, 2);
              t.dsl.execute("UPDATE inspection_inspector SET inspector_id = (SELECT MIN(id) FROM inspector WHERE id "
                  + "NOT IN (SELECT inspector_id FROM inspection_inspector WHERE inspection_id = ?)) "
                  + "WHERE inspection_id = ? AND pick_order = 1", inspection, inspection);
            }),
        Arguments.of("a deleted inspection", "draw.verify.inspectionMissing",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.dsl.execute(
                "DELETE FROM inspection WHERE id = ?", t.inspection(id, 2))),
        Arguments.of("an inserted inspection", "draw.verify.inspectionExtra",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.dsl.execute(
                "INSERT INTO inspection (draw_id, task_id, target_id, draw_order, status) "
                    + "VALUES (?, ?, ?, 1, 'AWAITING_NOTICE')", id, t.taskId(id), t.undrawnTarget(id))),
        Arguments.of("an illegal inspection status", "draw.verify.inspectionStatus",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> {
              t.dsl.execute("ALTER TABLE inspection DROP CONSTRAINT ck_inspection_status");
              t.dsl.execute("UPDATE inspection SET status = 'WITHDRAWN' WHERE id = ?", t.inspection(id, 1));
            }),
        Arguments.of("an inspection status moved on with no audit entry", "draw.verify.inspectionStatusUnaudited",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.dsl.execute(
                "UPDATE inspection SET status = 'PUBLISHED' WHERE id = ?", t.inspection(id, 1))),
        Arguments.of("the draw hidden as infeasible", "draw.verify.statusVsAudit",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.dsl.execute(
                "UPDATE draw SET status = 'INFEASIBLE', confirmed_task_id = NULL WHERE id = ?", id)),
        Arguments.of("the task reopened", "draw.verify.taskReopened",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.dsl.execute(
                "UPDATE task SET status = 'PLANNED' WHERE id = ?", t.taskId(id))),
        Arguments.of("witnesses emptied in the stored record", "draw.verify.digest",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.rewriteJson(id, "\"witnesses\":[\"王监督\",\"李监督\"]",
                "\"witnesses\":[]")),
        Arguments.of("the operator in the stored record", "draw.verify.digest",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.rewriteJson(id, "\"operator\":\"操作员\"",
                "\"operator\":\"别人\"")),
        Arguments.of("createdAt in the stored record", "draw.verify.digest",
            (BiConsumer<DrawTamperTest, Long>) (t, id) -> t.rewriteJson(id, "\"createdAt\":\"2026-03-02T09:30:00+08:00\"",
                "\"createdAt\":\"2026-03-01T09:30:00+08:00\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void verifyAllReportsTheTamperedDrawNamingWhatDiffers(String what, String finding,
      BiConsumer<DrawTamperTest, Long> edit) {
    long id = confirmed();
    assertThat(checkOf(id).passed()).as("before the edit: %s", checkOf(id).findings()).isTrue();

    edit.accept(this, id);

    DrawCheck check = checkOf(id);
    assertThat(check.passed()).isFalse();
    assertThat(check.draw().taskCode()).isEqualTo(TASK);
    assertThat(keys(check)).as(what).contains(finding);
    // every finding puts into words what differs, with no placeholder or key left over
    assertThat(check.findings()).allSatisfy(f -> assertThat(f.describe()).doesNotContain("{").doesNotContain("!"));
  }

  @Test
  void theHiddenDrawSaysWhatTheAuditLogExpects() {
    long id = confirmed();
    dsl.execute("UPDATE draw SET status = 'INFEASIBLE', confirmed_task_id = NULL WHERE id = ?", id);
    DrawFinding f = checkOf(id).findings().stream().filter(x -> x.key().equals("draw.verify.statusVsAudit"))
        .findFirst().orElseThrow();
    assertThat(f.args()).contains("INFEASIBLE", "DRAW_CONFIRM", "CONFIRMED");
    // and the reopened task could now be drawn again: verify names that too
    dsl.execute("UPDATE task SET status = 'PLANNED' WHERE id = ?", taskId(id));
    assertThat(keys(checkOf(id))).contains("draw.verify.statusVsAudit", "draw.verify.taskReopened");
  }

  @Test
  void aFullForgeryPassesTheRecomputationButNotTheConfirmationsDigest() {
    long id = confirmed();
    DrawRecord old = service.record(id);
    DrawInput input = new DrawInput(old.task(), old.strata(), old.groups(), old.conflicts(),
        HexFormat.of().parseHex(old.nonce()), "2026年3月2日福彩3D 816");
    DrawOutcome outcome = DrawEngine.draw(input);
    DrawRecord forged = DrawRecord.confirmed(input, outcome, old.createdAt(), old.operator(), old.witnesses());
    assertThat(forged.selected()).isNotEqualTo(old.selected());
    assertThat(DrawVerifier.verify(forged).matches()).isTrue();
    dsl.execute("UPDATE draw SET record_json = ?, seed = ?, result_hash = ? WHERE id = ?",
        new DrawRecordJson().toStoredJson(forged), outcome.seed(), outcome.resultHash(), id);
    dsl.execute("DELETE FROM inspection WHERE draw_id = ?", id);
    new ConfirmedDrawWriter(new InspectionService(dsl, demo.auditor)).write(dsl, id, taskId(id), forged.assignments(),
        LocalDate.of(2026, 3, 2), lap -> { });

    DrawCheck check = checkOf(id);
    assertThat(check.verification()).isNotNull();
    assertThat(check.verification().matches()).as("the forgery recomputes").isTrue();
    assertThat(keys(check)).containsExactly("draw.verify.digest");
    assertThat(check.findings().get(0).args()).contains(new DrawRecordJson().digest(forged), "DRAW_CONFIRM");
  }

  @Test
  void twoTamperedDrawsAreBothReportedAndTheCleanOnePasses() {
    long one = confirmed();
    long two = confirmed("2026-WLJ-02", "99");
    long clean = confirmed("2026-SCJGJ-03", "38 17 05");
    dsl.execute("DELETE FROM inspection WHERE id = ?", inspection(one, 1));
    rewriteJson(two, "\"operator\":\"操作员\"", "\"operator\":\"别人\"");
    // a record the domain refuses to read is reported with its reason, not an abort
    dsl.execute("UPDATE draw SET record_json = ? WHERE id = ?",
        storedJson(clean).replaceFirst("\"k\":\\d+", "\"k\":99999999"), clean);

    List<DrawCheck> checks = service.verifyAll();
    assertThat(checks).extracting(c -> c.draw().id()).containsExactly(one, two, clean);
    assertThat(checks).noneMatch(DrawCheck::passed);
    assertThat(keys(checks.get(0))).contains("draw.verify.inspectionMissing", "draw.verify.inspectionCount");
    assertThat(keys(checks.get(1))).containsExactly("draw.verify.digest");
    assertThat(keys(checks.get(2))).contains("draw.verify.unreadable");
    assertThat(checks.get(2).findings().get(0).describe()).contains("原因见下").contains("99999999");
  }

  @Test
  void untouchedAttemptsOfEveryKindPass() {
    service.open("2026-WLJ-02", null); // open, never drawn
    DrawSession voided = service.open("2026-WLJ-03", null);
    service.perform(voided.drawId(), "1 2 3", WITNESSES);
    service.voidDraw(voided.drawId(), "演练");
    DrawSession drawn = service.open("2026-SCJGJ-04", null);
    service.perform(drawn.drawId(), "4 5 6", WITNESSES); // drawn, not yet confirmed
    confirmed();
    List<DrawCheck> checks = service.verifyAll();
    assertThat(checks).hasSize(4).allSatisfy(c -> assertThat(c.findings()).as("draw %s", c.draw().id()).isEmpty());
  }

  @Test
  void theConfirmationsAuditEntryKeepsTheExportedFilesDigest() {
    long id = confirmed();
    Path file = dir.resolve("draw.json");
    service.export(id, file);
    String kept = dsl.select(AUDIT_LOG.AFTER_DIGEST).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("draw"))
        .and(AUDIT_LOG.ENTITY_ID.eq(Long.toString(id))).and(AUDIT_LOG.ACTION.eq("DRAW_CONFIRM")).fetchSingle().value1();
    assertThat(kept).isEqualTo(DrawRecordJson.fileDigest(file));
    assertThat(service.sheet(id).recordDigest()).isEqualTo(kept);
    long seq = dsl.select(AUDIT_LOG.SEQ).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("DRAW_CONFIRM")).fetchSingle()
        .value1();
    assertThat(service.sheet(id).chainAnchor()).startsWith(seq + ":").hasSize(Long.toString(seq).length() + 65);
    assertThat(service.sheet(id).qrText()).contains(";code=").contains(";digest=" + kept)
        .contains(";chain=" + service.sheet(id).chainAnchor());
  }

  @Test
  void aBlankEntropyOrNoWitnessIsRefusedBeforeAnAttemptIsOpened() {
    int before = dsl.fetchCount(DRAW);
    assertThatThrownBy(() -> service.run(TASK, " \u3000 ", WITNESSES, null))
        .satisfies(e -> assertThat(((SuijiException) e).key()).isEqualTo("draw.service.entropyRequired"));
    assertThatThrownBy(() -> service.run(TASK, "", WITNESSES, null))
        .satisfies(e -> assertThat(((SuijiException) e).key()).isEqualTo("draw.service.entropyRequired"));
    assertThatThrownBy(() -> service.run(TASK, "815", List.of(" ", ""), null))
        .satisfies(e -> assertThat(((SuijiException) e).key()).isEqualTo("draw.service.witnessRequired"));
    assertThat(dsl.fetchCount(DRAW)).isEqualTo(before);
    assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("draw"))).isZero();
  }
}
