package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.domain.DocumentKind;
import cn.suiji.inspection.domain.NumberedDocument;
import cn.suiji.inspection.domain.ResultAnnouncement;
import cn.suiji.inspection.domain.TaskResults;
import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a task publishes of its results, and the numbering of its 检查结果公告 (on real H2). */
class ResultAnnouncementServiceTest {
  private static final LocalDate ISSUED = LocalDate.of(2026, 5, 6);
  private final PublishedResultsFixture p = new PublishedResultsFixture();

  @AfterEach
  void close() {
    p.close();
  }

  @Test
  void listsOnlyTheInspectionsWithAResultAndCountsTheOthers() {
    TaskResults r = p.announcements.results(PublishedResultsFixture.TASK);
    assertThat(r.rows()).hasSize(4);
    assertThat(r.withoutResult()).isEqualTo(p.drawn() - 4).isPositive();
    assertThat(r.rows()).extracting(TaskResults.Row::resultText)
        .containsExactly("未发现问题", "发现问题经责令已改正", "通过登记的住所（经营场所）无法联系", "注销");
    assertThat(r.rows().get(0).name()).isEqualTo(PublishedResultsFixture.HOSTILE_NAME);
    assertThat(r.rows().get(1).remark()).isEqualTo("已当场责令改正");
    assertThat(r.rows().get(3).remark()).isEqualTo("已注销");
    assertThat(r.rows()).allSatisfy(row -> {
      assertThat(row.formedOn()).isEqualTo(PublishedResultsFixture.FORMED);
      assertThat(row.code()).isNotBlank();
    });
    assertThat(r.taskNumber()).isNotBlank();
    assertThat(r.departments()).isNotEmpty().first().isEqualTo(r.issuer());
    assertThat(r.type()).isIn("定向", "不定向");
  }

  @Test
  void neverCarriesAnInspector() {
    String all = p.announcements.results(PublishedResultsFixture.TASK).toString();
    assertThat(p.inspectorParticulars()).isNotEmpty().allSatisfy(s -> assertThat(all).doesNotContain(s));
  }

  @Test
  void numbersOnFirstIssueAndKeepsTheNumberAfterwards() {
    long audits = p.f.dsl.fetchCount(AUDIT_LOG);
    ResultAnnouncement first = p.announcements.announce(PublishedResultsFixture.TASK, ISSUED);
    assertThat(first.seq()).isEqualTo(1);
    assertThat(first.year()).isEqualTo(2026);
    assertThat(first.number()).contains("抽结〔2026〕1号");
    assertThat(first.title()).isEqualTo(first.results().issuer() + "2026年度第1号抽查任务检查结果公告");
    assertThat(p.f.dsl.fetchCount(AUDIT_LOG)).isEqualTo(audits + 1);
    ResultAnnouncement again = p.announcements.announce(PublishedResultsFixture.TASK, ISSUED.plusDays(9));
    assertThat(again.number()).isEqualTo(first.number());
    assertThat(again.date()).isEqualTo(ISSUED);
    assertThat(p.f.dsl.fetchCount(AUDIT_LOG)).isEqualTo(audits + 1);
  }

  @Test
  void aVoidedAnnouncementKeepsItsNumberAndTheNextTakesTheNextGapFree() {
    ResultAnnouncement first = p.announcements.announce(PublishedResultsFixture.TASK, ISSUED);
    NumberedDocument stored = p.notices.byNumber(first.number());
    assertThat(stored.kind()).isEqualTo(DocumentKind.RESULTS);
    p.notices.voidNotice(stored.id(), "漏列检查对象", ISSUED.plusDays(1));
    ResultAnnouncement second = p.announcements.announce(PublishedResultsFixture.TASK, ISSUED.plusDays(2));
    assertThat(second.seq()).isEqualTo(2);
    assertThat(p.notices.byNumber(first.number()).replacedBy()).isEqualTo(p.notices.byNumber(second.number()).id());
    long lead = p.f.dsl.select(TASK.LEAD_DEPARTMENT_ID).from(TASK).where(TASK.CODE.eq(PublishedResultsFixture.TASK))
        .fetchSingle().value1();
    List<NumberedDocument> series = p.f.dsl.transactionResult(
        trx -> p.documents.series(trx.dsl(), lead, 2026, DocumentKind.RESULTS));
    assertThat(series).extracting(NumberedDocument::seq).containsExactly(1, 2);
    assertThat(series).extracting(NumberedDocument::voided).containsExactly(true, false);
  }

  @Test
  void theRulesDefaultTypeCodeIsTheKindsDefault() {
    assertThat(cn.suiji.rules.domain.DocumentRules.DEFAULTS.resultTypeCode())
        .isEqualTo(DocumentKind.RESULTS.defaultTypeCode()).isEqualTo("抽结");
  }

  @Test
  void theNumberCarriesTheRulesTypeCode() {
    long lead = p.f.dsl.select(TASK.LEAD_DEPARTMENT_ID).from(TASK).where(TASK.CODE.eq(PublishedResultsFixture.TASK))
        .fetchSingle().value1();
    p.f.dsl.update(cn.suiji.shared.db.generated.Tables.WORKING_RULES)
        .set(cn.suiji.shared.db.generated.Tables.WORKING_RULES.RESULT_TYPE_CODE, "检结")
        .where(cn.suiji.shared.db.generated.Tables.WORKING_RULES.DEPARTMENT_ID.eq(lead)).execute();
    assertThat(p.announcements.announce(PublishedResultsFixture.TASK, ISSUED).number()).contains("检结〔2026〕1号");
  }

  @Test
  void theResultSeriesIsApartFromTheTaskAnnouncementsAndNotices() {
    p.notices.announce(PublishedResultsFixture.TASK, ISSUED);
    ResultAnnouncement results = p.announcements.announce(PublishedResultsFixture.TASK, ISSUED);
    assertThat(results.seq()).isEqualTo(1);
    assertThat(p.notices.announce(PublishedResultsFixture.TASK, ISSUED).number()).doesNotContain("抽结");
  }

  @Test
  void aTaskWithoutAnyResultHasNoAnnouncementAndTakesNoNumber() {
    assertThatThrownBy(() -> p.announcements.announce("2026-SCJGJ-04", ISSUED))
        .isInstanceOfSatisfying(SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("inspection.resultNotice.noResults"));
    long lead = p.f.dsl.select(TASK.LEAD_DEPARTMENT_ID).from(TASK).where(TASK.CODE.eq("2026-SCJGJ-04"))
        .fetchSingle().value1();
    int last = p.f.dsl.transactionResult(trx -> p.documents.last(trx.dsl(), lead, 2026, DocumentKind.RESULTS));
    assertThat(last).isZero();
    assertThatThrownBy(() -> p.announcements.results("NO-SUCH")).isInstanceOfSatisfying(SuijiException.class,
        e -> assertThat(e.key()).isEqualTo("notice.error.noTask"));
  }
}
