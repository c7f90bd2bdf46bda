package cn.suiji.publish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.inspection.service.ResultFixture;
import cn.suiji.publish.data.PublicationRepository;
import cn.suiji.publish.domain.OnTimeRate;
import cn.suiji.publish.domain.Publication;
import cn.suiji.publish.domain.Review;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.SuijiException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marking results published on the demo county: the health bureau's results of 2026-05-20 and
 * 05-21 (due 2026-06-17 and 06-18 on the shipped calendar: 06-19 is 端午节), today 2026-11-20.
 */
class PublishServiceTest {
  @TempDir
  Path dir;
  private ResultFixture f;
  private PublishService publish;
  private long first;
  private long second;
  private long notified;

  @BeforeEach
  void county() {
    f = new ResultFixture();
    RulesService rules = new RulesService(f.dsl, new RulesRepository(),
        new DepartmentService(f.dsl, new DepartmentRepository(), f.auditor), f.auditor, ResultFixture.CLOCK);
    publish = new PublishService(f.dsl, new PublicationRepository(), f.results, f.inspections, rules, f.calendar,
        f.auditor, ResultFixture.CLOCK, () -> "张办事员", dir.resolve("county.receipts"));
    first = f.notified(f.wjjDraw, 1);
    f.results.record(f.draft(first, LocalDate.of(2026, 5, 20), List.of("1"), List.of()));
    second = f.notified(f.wjjDraw, 2);
    f.results.record(f.draft(second, LocalDate.of(2026, 5, 21), List.of("E"), List.of()));
    notified = f.notified(f.wjjDraw, 3);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void markingATaskPublishesEveryInspectedResultWithItsDueDay() {
    List<Publication> marked = publish.markTask("2026-WJJ-01", LocalDate.of(2026, 6, 17), null, review(LocalDate.of(2026, 6, 17)));
    assertThat(marked).extracting(Publication::inspectionId).containsExactly(first, second);
    assertThat(f.status(first)).isEqualTo("PUBLISHED");
    assertThat(f.status(second)).isEqualTo("PUBLISHED");
    assertThat(f.status(notified)).isEqualTo("NOTIFIED");
    assertThat(marked.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 6, 17));
    assertThat(marked.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 6, 18));
    assertThat(marked).allSatisfy(p -> {
      assertThat(p.publishedOn()).isEqualTo(LocalDate.of(2026, 6, 17));
      assertThat(p.onTime()).isTrue();
      assertThat(p.receiptFile()).isNull();
    });
    assertThat(publish.ofInspection(first)).isPresent();
  }

  @Test
  void theOnTimeRateCountsPublishedByTheDueDay() {
    LocalDate due = f.calendar.deadline(LocalDate.of(2026, 5, 20), 20).date();
    publish.mark(List.of(first), due, null, review(due));
    publish.mark(List.of(second), due.plusDays(30), null, review(due.plusDays(30)));
    List<OnTimeRate> rates = publish.onTimeByTask();
    assertThat(rates).singleElement().satisfies(r -> {
      assertThat(r.taskCode()).isEqualTo("2026-WJJ-01");
      assertThat(r.published()).isEqualTo(2);
      assertThat(r.onTime()).isEqualTo(1);
      assertThat(r.percent()).isEqualTo(50.0);
    });
  }

  @Test
  void whatIsNotInspectedIsRefusedAndNothingOfTheBatchIsMarked() {
    assertThatThrownBy(() -> publish.mark(List.of(first, notified), LocalDate.of(2026, 6, 1), null, review(LocalDate.of(2026, 6, 1))))
        .isInstanceOf(SuijiException.class).hasFieldOrPropertyWithValue("key", "publish.mark.notInspected");
    assertThat(f.status(first)).isEqualTo("INSPECTED");
    assertThat(publish.ofInspection(first)).isEmpty();
    publish.mark(List.of(first), LocalDate.of(2026, 6, 1), null, review(LocalDate.of(2026, 6, 1)));
    assertThatThrownBy(() -> publish.mark(List.of(first), LocalDate.of(2026, 6, 2), null, review(LocalDate.of(2026, 6, 2))))
        .hasFieldOrPropertyWithValue("key", "publish.mark.notInspected");
    assertThatThrownBy(() -> publish.markTask("2026-SCJGJ-04", LocalDate.of(2026, 6, 2), null, review(LocalDate.of(2026, 6, 2))))
        .hasFieldOrPropertyWithValue("key", "publish.mark.nothingInTask");
  }

  @Test
  void aDateBeforeTheResultOrAfterTodayIsRefused() {
    assertThatThrownBy(() -> publish.mark(List.of(second), LocalDate.of(2026, 5, 20), null, review(LocalDate.of(2026, 5, 20))))
        .hasFieldOrPropertyWithValue("key", "publish.mark.beforeResult").hasMessageContaining("2026-05-21");
    assertThatThrownBy(() -> publish.mark(List.of(second), ResultFixture.TODAY.plusDays(1), null, review(ResultFixture.TODAY.plusDays(1))))
        .hasFieldOrPropertyWithValue("key", "publish.mark.future");
    assertThat(f.status(second)).isEqualTo("INSPECTED");
  }

  @Test
  void theReceiptIsCopiedBesideTheDataFileUnderItsHash() throws Exception {
    Path receipt = dir.resolve("公示截图.png");
    Files.writeString(receipt, "截图", StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(receipt)));
    List<Publication> marked = publish.markTask("2026-WJJ-01", LocalDate.of(2026, 6, 18), receipt, review(LocalDate.of(2026, 6, 18)));
    assertThat(marked).allSatisfy(p -> {
      assertThat(p.receiptSha256()).isEqualTo(sha);
      assertThat(p.receiptFile()).isEqualTo("county.receipts/" + sha + ".png");
    });
    assertThat(dir.resolve("county.receipts").resolve(sha + ".png")).hasContent("截图");
  }

  @Test
  void theReviewBeforePublicationIsRequiredRecordedAndAudited() {
    LocalDate on = LocalDate.of(2026, 6, 17);
    assertThatThrownBy(() -> publish.markTask("2026-WJJ-01", on, null, new Review("  ", on)))
        .hasFieldOrPropertyWithValue("key", "publish.review.noReviewer");
    assertThatThrownBy(() -> publish.markTask("2026-WJJ-01", on, null, new Review("张科长", on.plusDays(1))))
        .hasFieldOrPropertyWithValue("key", "publish.review.afterPublication");
    assertThatThrownBy(() -> publish.markTask("2026-WJJ-01", on, null, new Review("张科长", LocalDate.of(2026, 5, 20))))
        .hasFieldOrPropertyWithValue("key", "publish.review.beforeResult").hasMessageContaining("2026-05-21");
    assertThatThrownBy(() -> publish.markTask("2026-WJJ-01", on, null, new Review("张".repeat(51), on)))
        .hasFieldOrPropertyWithValue("key", "publish.review.reviewerTooLong");
    assertThat(f.status(first)).isEqualTo("INSPECTED");
    assertThat(f.status(second)).isEqualTo("INSPECTED");

    List<Publication> marked = publish.markTask("2026-WJJ-01", on, null, new Review(" 张科长 ", LocalDate.of(2026, 6, 16)));
    assertThat(marked).allSatisfy(p -> {
      assertThat(p.reviewedBy()).isEqualTo("张科长");
      assertThat(p.reviewedOn()).isEqualTo(LocalDate.of(2026, 6, 16));
    });
    assertThat(publish.ofInspection(second)).get().extracting(Publication::reviewedBy).isEqualTo("张科长");
    assertThat(publish.onTimeByTask()).singleElement()
        .satisfies(r -> assertThat(r.reviews()).isEqualTo("张科长 2026-06-16"));
    assertThat(f.dsl.fetchCount(f.dsl.selectFrom("audit_log")
        .where("action = 'publication.mark' AND detail LIKE '%reviewer=张科长 reviewedOn=2026-06-16%'"))).isEqualTo(2);
  }

  private static Review review(LocalDate on) {
    return new Review("张科长", on);
  }
}
