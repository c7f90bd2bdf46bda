package cn.suiji.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of a result by itself, without a database: the field at fault and the message key. */
class ResultCheckTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final Map<String, ResultCode> CODES = new LinkedHashMap<>();

  static {
    for (ResultCode c : List.of(
        new ResultCode("1", null, "未发现问题", ResultKind.NO_PROBLEM, false, false, 10),
        new ResultCode("A", null, "发现问题待后续处理", ResultKind.PROBLEM, true, false, 20),
        new ResultCode("B", "2", "未按规定公示应当公示的信息", ResultKind.PROBLEM, true, false, 40),
        new ResultCode("C", "2", "公示信息隐瞒真实情况弄虚作假", ResultKind.PROBLEM, true, true, 50),
        new ResultCode("6", "2", "通过登记的住所（经营场所）无法联系", ResultKind.PROBLEM, true, true, 60),
        new ResultCode("E", null, "发现问题经责令已改正", ResultKind.PROBLEM, false, false, 110),
        new ResultCode("9", null, "注销", ResultKind.NOT_CHECKED, false, false, 150))) {
      CODES.put(c.code(), c);
    }
  }

  private static InspectionFacts facts(InspectionStatus status) {
    return new InspectionFacts(7, 3, status, "2026-WJJ-01", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 5, 29),
        LocalDate.of(2026, 3, 2), 2, "WJJ", "青山县卫生健康局", "91350100M000100Y43", "某诊所", List.of(11L, 12L));
  }

  private static ResultDraft draft(LocalDate date, List<PresentInspector> who, List<String> codes, String note,
      List<FollowUpDraft> followUps) {
    return new ResultDraft(7, date, who, List.of(), Set.of(VerificationMethod.ON_SITE), codes, followUps, note, null);
  }

  private static final List<PresentInspector> DRAWN = List.of(PresentInspector.drawn(11), PresentInspector.drawn(12));
  private static final LocalDate IN_WINDOW = LocalDate.of(2026, 4, 15);

  private static List<String> keys(ResultDraft d, InspectionStatus status, boolean moreFollowUps) {
    return ResultCheck.check(d, facts(status), CODES, TODAY, moreFollowUps, id -> "人员" + id).stream()
        .map(p -> p.field() + ":" + p.reason().key()).toList();
  }

  private static List<String> keys(ResultDraft d) {
    return keys(d, InspectionStatus.NOTIFIED, false);
  }

  @Test
  void aPlainResultPasses() {
    assertThat(keys(draft(IN_WINDOW, DRAWN, List.of("1"), null, List.of()))).isEmpty();
  }

  @Test
  void noProblemFoundStandsAlone() {
    assertThat(keys(draft(IN_WINDOW, DRAWN, List.of("1", "E"), null, List.of())))
        .containsExactly("CODES:inspection.result.noProblemExcludes");
  }

  @Test
  void codesAreRequiredAndMustBeOnTheList() {
    assertThat(keys(draft(IN_WINDOW, DRAWN, List.of(" "), null, List.of()))).containsExactly("CODES:inspection.result.noCode");
    assertThat(keys(draft(IN_WINDOW, DRAWN, List.of("e", "X1"), null, List.of())))
        .containsExactly("CODES:inspection.result.unknownCode");
  }

  @Test
  void aCodeNeedingAFollowUpNeedsOneEnteredOrMadeByItself() {
    ResultDraft bare = draft(IN_WINDOW, DRAWN, List.of("A"), null, List.of());
    assertThat(keys(bare)).containsExactly("FOLLOW_UP:inspection.result.followUpRequired");
    assertThat(keys(bare, InspectionStatus.NOTIFIED, true)).isEmpty();
    assertThat(keys(draft(IN_WINDOW, DRAWN, List.of("A"), null,
        List.of(FollowUpDraft.of(FollowUpKind.CASE_INVESTIGATION, "立案", null))))).isEmpty();
  }

  @Test
  void theDateLiesBetweenTheDrawAndTodayAndOutsideTheWindowOnlyWithANote() {
    assertThat(keys(draft(LocalDate.of(2026, 3, 1), DRAWN, List.of("1"), null, List.of())))
        .containsExactly("DATE:inspection.result.beforeDraw");
    assertThat(keys(draft(TODAY.plusDays(1), DRAWN, List.of("1"), "有说明", List.of())))
        .containsExactly("DATE:inspection.result.future");
    assertThat(keys(draft(LocalDate.of(2026, 3, 10), DRAWN, List.of("1"), null, List.of())))
        .containsExactly("DATE:inspection.result.outsideWindow");
    assertThat(keys(draft(LocalDate.of(2026, 3, 10), DRAWN, List.of("1"), "提前检查，经批准", List.of()))).isEmpty();
    assertThat(keys(draft(LocalDate.of(2026, 3, 2), DRAWN, List.of("1"), "抽取当日检查", List.of()))).isEmpty();
  }

  @Test
  void twoInspectorsAtLeastAndASubstituteWithAReason() {
    assertThat(keys(draft(IN_WINDOW, DRAWN.subList(0, 1), List.of("1"), null, List.of())))
        .containsExactly("INSPECTORS:inspection.result.tooFewInspectors");
    assertThat(keys(draft(IN_WINDOW, List.of(PresentInspector.drawn(11), PresentInspector.drawn(11)), List.of("1"), null,
        List.of()))).containsExactly("INSPECTORS:inspection.result.tooFewInspectors");
    List<String> substitute = keys(draft(IN_WINDOW, List.of(PresentInspector.drawn(11), PresentInspector.drawn(40)),
        List.of("1"), null, List.of()));
    assertThat(substitute).containsExactly("INSPECTORS:inspection.result.substitutionReason");
    assertThat(keys(draft(IN_WINDOW, List.of(PresentInspector.drawn(11), new PresentInspector(40, "病假替换")),
        List.of("1"), null, List.of()))).isEmpty();
  }

  @Test
  void aClosedInspectionTakesOnlyCouldNotInspectCodesAndNeedsNoInspectors() {
    ResultDraft closed = new ResultDraft(7, IN_WINDOW, List.of(), List.of(), Set.of(), List.of("9"), List.of(), null, null);
    assertThat(keys(closed, InspectionStatus.CLOSED_WITHOUT_VISIT, false)).isEmpty();
    ResultDraft wrong = new ResultDraft(7, IN_WINDOW, List.of(), List.of(), Set.of(), List.of("E"), List.of(), null, null);
    assertThat(keys(wrong, InspectionStatus.CLOSED_WITHOUT_VISIT, false))
        .containsExactly("CODES:inspection.result.closedNeedsNotChecked");
    assertThat(keys(closed, InspectionStatus.NOTIFIED, false)).containsExactly(
        "INSPECTORS:inspection.result.tooFewInspectors", "METHODS:inspection.result.noMethod");
  }

  @Test
  void theAutomaticFollowUpsDependOnTheDepartment() {
    List<ResultCode> held = List.of(CODES.get("B"), CODES.get("C"), CODES.get("6"), CODES.get("E"));
    assertThat(FollowUpRules.automatic(held, true)).extracting(a -> a.kind() + ":" + a.causeCode())
        .containsExactly("ORDER_CORRECTION:B", "ABNORMAL_LIST:C", "ABNORMAL_LIST:6");
    assertThat(FollowUpRules.automatic(held, false)).extracting(a -> a.kind() + ":" + a.causeCode())
        .containsExactly("REFERRAL:B", "REFERRAL:C", "REFERRAL:6");
    assertThat(FollowUpRules.automatic(List.of(CODES.get("1")), true)).isEmpty();
  }
}
