package cn.suiji.inspection.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.domain.FollowUp;
import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.MarketSupervision;
import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups by department kind: 2026-SCJGJ-04 is the market-supervision bureau's task (window
 * 08-03 … 10-30), 2026-WJJ-01 the health bureau's (03-16 … 05-29). Results on 2026-09-24, the
 * Thursday before the Mid-Autumn and National Day holidays: 10 working days later is 10-15 (09-25
 * … 09-27 and 10-01 … 10-07 off, Saturday 10-10 worked).
 */
class FollowUpServiceTest {
  private static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 24);
  private static final LocalDate TEN_WORKDAYS_LATER = LocalDate.of(2026, 10, 15);
  private static ResultFixture f;
  private static int nextMarket;
  private static int nextHealth;

  @BeforeAll
  static void county() {
    f = new ResultFixture();
  }

  @AfterAll
  static void close() {
    f.close();
  }

  private static List<FollowUp> recordMarket(String... codes) {
    long id = f.notified(f.scjgjDraw, ++nextMarket);
    f.results.record(f.draft(id, BEFORE_NATIONAL_DAY, List.of(codes), List.of()));
    return f.followUps.ofInspection(id);
  }

  @Test
  void theMarketSupervisionBureauIsKnownByItsNameOrCode() {
    assertThat(MarketSupervision.is("SCJGJ", "青山县市场监督管理局")).isTrue();
    assertThat(MarketSupervision.is("SJ", "某县市场监管局")).isTrue();
    assertThat(MarketSupervision.is("scjgj", "")).isTrue();
    assertThat(MarketSupervision.is("WJJ", "青山县卫生健康局")).isFalse();
  }

  @Test
  void falseDisclosureOnTheBureausTaskPutsTheEntityOnTheAbnormalListTenWorkingDaysLater() {
    List<FollowUp> made = recordMarket("A", "2", "C");
    assertThat(made).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(FollowUpKind.ABNORMAL_LIST);
      assertThat(x.causeCode()).isEqualTo("C");
      assertThat(x.detail()).isEqualTo("列入经营异常名录");
      assertThat(x.dueDate()).isEqualTo(TEN_WORKDAYS_LATER);
      assertThat(x.dueProvisional()).isFalse();
      assertThat(x.closed()).isFalse();
    });
  }

  @Test
  void anUnreachableAddressOnTheBureausTaskToo() {
    assertThat(recordMarket("6")).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(FollowUpKind.ABNORMAL_LIST);
      assertThat(x.causeCode()).isEqualTo("6");
    });
  }

  @Test
  void undisclosedInformationIsFirstOrderedToBePublished() {
    assertThat(recordMarket("B")).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(FollowUpKind.ORDER_CORRECTION);
      assertThat(x.detail()).isEqualTo("责令限期公示");
      assertThat(x.dueDate()).isEqualTo(TEN_WORKDAYS_LATER);
    });
  }

  @Test
  void onAnotherDepartmentsTaskTheBureauIsNotifiedInstead() {
    long id = f.notified(f.wjjDraw, ++nextHealth);
    f.results.record(f.draft(id, LocalDate.of(2026, 4, 30), List.of("C", "6"), List.of()));

    List<FollowUp> made = f.followUps.ofInspection(id);
    assertThat(made).hasSize(2).allSatisfy(x -> {
      assertThat(x.kind()).isEqualTo(FollowUpKind.REFERRAL);
      assertThat(x.detail()).isEqualTo("抄告市场监管部门");
      assertThat(x.receivingBody()).isEqualTo("市场监督管理部门");
      // 04-30 + 10: 05-01 … 05-05 off, Saturday 05-09 worked: 05-06, 07, 08, 09, 11 … 15, 18
      assertThat(x.dueDate()).isEqualTo(LocalDate.of(2026, 5, 18));
    });
    assertThat(made).extracting(FollowUp::causeCode).containsExactly("C", "6");
    assertThat(f.followUps.referrals()).extracting(FollowUp::inspectionId).contains(id);
  }

  @Test
  void aCorrectionKeepingTheCodeCreatesNoSecondFollowUp() {
    long id = f.notified(f.scjgjDraw, ++nextMarket);
    f.results.record(f.draft(id, BEFORE_NATIONAL_DAY, List.of("C"), List.of()));
    f.results.correct(f.draft(id, BEFORE_NATIONAL_DAY, List.of("C", "6"), List.of()), "补录代码6");

    assertThat(f.followUps.ofInspection(id)).extracting(FollowUp::causeCode).containsExactly("C", "6");
  }

  @Test
  void theReferralRegisterKeepsTheFeedbackAndAFollowUpClosesOnce() {
    long id = f.notified(f.wjjDraw, ++nextHealth);
    f.results.record(f.draft(id, LocalDate.of(2026, 4, 20), List.of("5"), List.of(new FollowUpDraft(FollowUpKind.REFERRAL,
        "移送办案机构", "县卫生健康综合监督执法局", LocalDate.of(2026, 4, 22), LocalDate.of(2026, 5, 20)))));
    FollowUp referral = f.followUps.ofInspection(id).get(0);
    assertThat(referral.referredOn()).isEqualTo(LocalDate.of(2026, 4, 22));

    FollowUp answered = f.followUps.recordFeedback(referral.id(), "已立案查处");
    FollowUp closed = f.followUps.close(referral.id(), LocalDate.of(2026, 6, 1));

    assertThat(answered.feedback()).isEqualTo("已立案查处");
    assertThat(closed.closed()).isTrue();
    assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> f.followUps.close(referral.id(), LocalDate.of(2026, 6, 2)))
        .isInstanceOfSatisfying(SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("inspection.followUp.alreadyClosed"));
    assertThat(f.auditor.entriesFor(f.dsl, "followUp", Long.toString(referral.id())))
        .extracting(e -> e.action()).containsExactly("followUp.create", "followUp.feedback", "followUp.close");
  }

  @Test
  void theRecordSheetGetsTheFollowUpOptionsInOrder() {
    assertThat(f.followUps.optionLabels()).containsExactly("责令改正", "立案调查", "移送/抄告", "列入经营异常名录", "其他");
  }

  @Test
  void aReferralWithoutItsReceivingBodyIsRefused() {
    long id = f.notified(f.wjjDraw, ++nextHealth);
    assertThatThrownBy(() -> f.results.record(f.draft(id, LocalDate.of(2026, 4, 20), List.of("5"),
        List.of(FollowUpDraft.of(FollowUpKind.REFERRAL, "移送", null)))))
        .isInstanceOfSatisfying(SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("inspection.followUp.noReceivingBody"));
  }
}
