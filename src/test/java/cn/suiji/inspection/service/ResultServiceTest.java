package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recording and correcting results on the demo county's 2026-WJJ-01 draw (window 03-16 … 05-29),
 * made once; each test takes inspections of its own.
 */
class ResultServiceTest {
  private static final LocalDate IN_WINDOW = LocalDate.of(2026, 4, 15);
  private static ResultFixture f;
  private static int next;

  @BeforeAll
  static void county() {
    f = new ResultFixture();
  }

  @AfterAll
  static void close() {
    f.close();
  }

  /** A fresh inspection of the draw for each use, its notice delivered. */
  private static long notified() {
    return f.notified(f.wjjDraw, ++next);
  }

  private static int resultsOf(long inspectionId) {
    return f.dsl.fetchCount(INSPECTION_RESULT, INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId));
  }

  private void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo(key));
  }

  private long auditCount() {
    return f.dsl.fetchCount(AUDIT_LOG);
  }

  @Test
  void aResultMovesItsNotifiedInspectionToInspectedOnItsDateAudited() {
    long id = notified();
    InspectionResult saved = f.results.record(f.draft(id, IN_WINDOW, List.of("1"), List.of()));

    assertThat(f.status(id)).isEqualTo("INSPECTED");
    assertThat(f.dsl.select(INSPECTION.INSPECTED_ON).from(INSPECTION).where(INSPECTION.ID.eq(id)).fetchSingle().value1())
        .isEqualTo(IN_WINDOW);
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.codes()).containsExactly("1");
    assertThat(saved.recordedBy()).isEqualTo("张办事员");
    assertThat(f.results.current(id)).contains(saved);
    assertThat(f.auditor.entriesFor(f.dsl, "inspectionResult", Long.toString(saved.id())))
        .extracting(AuditEntry::action).containsExactly("result.record");
    assertThat(f.auditor.entriesFor(f.dsl, "inspection", Long.toString(id))).last()
        .satisfies(e -> assertThat(e.detail()).contains("NOTIFIED→INSPECTED", "date=2026-04-15"));
  }

  @Test
  void anInspectionWhoseNoticeWasNotDeliveredIsRefusedAndNothingIsWritten() {
    long id = f.inspection(f.wjjDraw, ++next);
    long before = auditCount();
    refused(() -> f.results.record(f.draft(id, IN_WINDOW, List.of("1"), List.of())),
        "inspection.result.noticeNotDelivered");
    assertThat(f.status(id)).isEqualTo("AWAITING_NOTICE");
    assertThat(resultsOf(id)).isZero();
    assertThat(auditCount()).isEqualTo(before);
  }

  @Test
  void noProblemFoundExcludesEveryOtherCode() {
    long id = notified();
    refused(() -> f.results.record(f.draft(id, IN_WINDOW, List.of("1", "E"), List.of())),
        "inspection.result.noProblemExcludes");
    assertThat(resultsOf(id)).isZero();
  }

  @Test
  void anUnknownCodeIsRefused() {
    long id = notified();
    refused(() -> f.results.record(f.draft(id, IN_WINDOW, List.of("Z9"), List.of())), "inspection.result.unknownCode");
  }

  @Test
  void aCodeNeedingAFollowUpIsSavedOnlyWithOne() {
    long id = notified();
    refused(() -> f.results.record(f.draft(id, IN_WINDOW, List.of("3"), List.of())),
        "inspection.result.followUpRequired");
    assertThat(f.status(id)).isEqualTo("NOTIFIED");

    f.results.record(f.draft(id, IN_WINDOW, List.of("3"),
        List.of(FollowUpDraft.of(FollowUpKind.ORDER_CORRECTION, "责令限期整改", LocalDate.of(2026, 5, 15)))));
    assertThat(f.followUps.ofInspection(id)).singleElement()
        .satisfies(x -> assertThat(x.kind()).isEqualTo(FollowUpKind.ORDER_CORRECTION));
  }

  @Test
  void theTargetsHistoryHasEveryVersionOfItsResultsAndTheirFollowUps() {
    long id = notified();
    f.results.record(f.draft(id, IN_WINDOW, List.of("3"),
        List.of(FollowUpDraft.of(FollowUpKind.ORDER_CORRECTION, "责令限期整改", LocalDate.of(2026, 5, 15)))));
    f.results.correct(f.draft(id, IN_WINDOW, List.of("E"), List.of()), "已当场改正");
    long target = f.dsl.select(INSPECTION.TARGET_ID).from(INSPECTION).where(INSPECTION.ID.eq(id)).fetchSingle().value1();

    assertThat(f.results.ofTarget(target)).filteredOn(t -> t.inspectionId() == id).singleElement().satisfies(t -> {
      assertThat(t.taskCode()).isEqualTo("2026-WJJ-01");
      assertThat(t.versions()).extracting(r -> r.codes().get(0)).containsExactly("3", "E");
      assertThat(t.versions().get(0).supersededReason()).isEqualTo("已当场改正");
      assertThat(t.followUps()).singleElement().satisfies(x -> {
        assertThat(x.kind()).isEqualTo(FollowUpKind.ORDER_CORRECTION);
        assertThat(x.detail()).isEqualTo("责令限期整改");
      });
    });
    assertThat(f.results.labels(List.of("E", "1"))).containsExactly("发现问题经责令已改正", "未发现问题");
    long untouched = notified();
    long other = f.dsl.select(INSPECTION.TARGET_ID).from(INSPECTION).where(INSPECTION.ID.eq(untouched)).fetchSingle().value1();
    assertThat(f.results.ofTarget(other)).extracting(t -> t.inspectionId()).doesNotContain(untouched);
  }

  @Test
  void fewerThanTwoInspectorsAreRefused() {
    long id = notified();
    ResultDraft d = f.draft(id, IN_WINDOW, List.of("1"), List.of());
    ResultDraft one = new ResultDraft(id, IN_WINDOW, d.inspectors().subList(0, 1), d.findings(), d.methods(), d.codes(),
        d.followUps(), null, null);
    refused(() -> f.results.record(one), "inspection.result.tooFewInspectors");
  }

  @Test
  void anInspectorTheDrawDidNotAssignNeedsAReasonAndIsAudited() {
    long id = notified();
    long drawn = f.assigned(id).get(0);
    long other = f.otherInspector(id);
    ResultDraft d = f.draft(id, IN_WINDOW, List.of("1"), List.of());
    refused(() -> f.results.record(new ResultDraft(id, IN_WINDOW, List.of(PresentInspector.drawn(drawn),
        PresentInspector.drawn(other)), d.findings(), d.methods(), d.codes(), d.followUps(), null, null)),
        "inspection.result.substitutionReason");

    InspectionResult saved = f.results.record(new ResultDraft(id, IN_WINDOW, List.of(PresentInspector.drawn(drawn),
        new PresentInspector(other, "原选派人员病假")), d.findings(), d.methods(), d.codes(), d.followUps(), null, null));
    assertThat(saved.inspectors()).extracting(PresentInspector::substitutionReason).containsExactly(null, "原选派人员病假");
    assertThat(f.auditor.entriesFor(f.dsl, "inspectionResult", Long.toString(saved.id())))
        .extracting(AuditEntry::action).contains("result.substitution")
        .hasSize(2);
    assertThat(f.auditor.entriesFor(f.dsl, "inspectionResult", Long.toString(saved.id())).get(0).detail())
        .contains("reason=原选派人员病假");
  }

  @Test
  void theDateIsNotBeforeTheDrawNorAfterTodayAndOutsideTheWindowOnlyWithANote() {
    long id = notified();
    refused(() -> f.results.record(f.draft(id, LocalDate.of(2026, 3, 1), List.of("1"), List.of())),
        "inspection.result.beforeDraw");
    refused(() -> f.results.record(f.draft(id, ResultFixture.TODAY.plusDays(1), List.of("1"), List.of())),
        "inspection.result.future");
    LocalDate late = LocalDate.of(2026, 6, 10);
    refused(() -> f.results.record(f.draft(id, late, List.of("1"), List.of())), "inspection.result.outsideWindow");

    ResultDraft d = f.draft(id, late, List.of("1"), List.of());
    InspectionResult saved = f.results.record(new ResultDraft(id, late, d.inspectors(), d.findings(), d.methods(),
        d.codes(), d.followUps(), "对象停业装修，延后检查", null));
    assertThat(saved.windowNote()).isEqualTo("对象停业装修，延后检查");
  }

  @Test
  void aSecondResultIsRefusedACorrectionSupersedesTheFirstWithItsReason() {
    long id = notified();
    InspectionResult first = f.results.record(f.draft(id, IN_WINDOW, List.of("1"), List.of()));
    refused(() -> f.results.record(f.draft(id, IN_WINDOW, List.of("E"), List.of())), "inspection.result.alreadyRecorded");
    refused(() -> f.results.correct(f.draft(id, IN_WINDOW, List.of("E"), List.of()), " "),
        "inspection.result.correctionReason");

    InspectionResult second = f.results.correct(f.draft(id, IN_WINDOW.plusDays(1), List.of("E"), List.of()), "录入错误");

    List<InspectionResult> versions = f.results.versions(id);
    assertThat(versions).extracting(InspectionResult::version).containsExactly(1, 2);
    assertThat(versions.get(0).codes()).containsExactly("1");
    assertThat(versions.get(0).current()).isFalse();
    assertThat(versions.get(0).supersededReason()).isEqualTo("录入错误");
    assertThat(versions.get(0).supersededBy()).isEqualTo(second.id());
    assertThat(f.results.current(id)).contains(second);
    assertThat(f.dsl.select(INSPECTION.INSPECTED_ON).from(INSPECTION).where(INSPECTION.ID.eq(id)).fetchSingle().value1())
        .isEqualTo(IN_WINDOW.plusDays(1));
    assertThat(f.auditor.entriesFor(f.dsl, "inspectionResult", Long.toString(second.id())))
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("supersedes=" + first.id(), "reason=录入错误"));
  }

  @Test
  void aPublishedResultCorrectedStaysPublishedAndKeepsItsHistory() {
    long id = notified();
    f.results.record(f.draft(id, IN_WINDOW, List.of("1"), List.of()));
    f.inspections.move(id, InspectionStatus.PUBLISHED, IN_WINDOW.plusDays(10), null);

    f.results.correct(f.draft(id, IN_WINDOW, List.of("F"), List.of()), "公示后发现对象未开展相关经营");

    assertThat(f.status(id)).isEqualTo("PUBLISHED");
    assertThat(f.results.versions(id)).extracting(r -> r.codes().get(0)).containsExactly("1", "F");
    assertThat(f.results.versions(id).get(0).supersededReason()).isEqualTo("公示后发现对象未开展相关经营");
  }

  @Test
  void nothingToCorrectIsRefused() {
    long id = notified();
    refused(() -> f.results.correct(f.draft(id, IN_WINDOW, List.of("1"), List.of()), "x"),
        "inspection.result.nothingToCorrect");
  }

  @Test
  void anInspectionClosedWithoutAVisitTakesOnlyCouldNotInspectCodesAndKeepsItsStatus() {
    long id = notified();
    f.inspections.move(id, InspectionStatus.CLOSED_WITHOUT_VISIT, LocalDate.of(2026, 4, 1), "已注销");
    refused(() -> f.results.record(new ResultDraft(id, IN_WINDOW, List.of(), List.of(), java.util.Set.of(),
        List.of("1"), List.of(), null, null)), "inspection.result.closedNeedsNotChecked");
    InspectionResult saved = f.results.record(new ResultDraft(id, IN_WINDOW, List.of(), List.of(), java.util.Set.of(),
        List.of("9"), List.of(), null, "已注销"));
    assertThat(saved.codes()).containsExactly("9");
    assertThat(f.status(id)).isEqualTo("CLOSED_WITHOUT_VISIT");
  }
}
