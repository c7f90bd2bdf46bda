package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.domain.DocumentKind;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.Issued;
import cn.suiji.inspection.domain.NoticeRow;
import cn.suiji.inspection.domain.NumberedDocument;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document numbers: per lead department, year and kind, gap-free and never reused — under two
 * batches at once on a file, after a cancelled batch, after a void; a custom pattern.
 */
class NoticeNumberingTest {
  @TempDir
  Path dir;

  private static long lead(NoticeFixture f, String taskCode) {
    return f.dsl.select(TASK.LEAD_DEPARTMENT_ID).from(TASK).where(TASK.CODE.eq(taskCode)).fetchSingle().value1();
  }

  private static List<Integer> seqs(NoticeFixture f, long department) {
    return f.dsl.transactionResult(trx -> f.repository.series(trx.dsl(), department, 2026, DocumentKind.NOTICE))
        .stream().map(NumberedDocument::seq).toList();
  }

  @Test
  void twoBatchesAtOnceOnAFileShareOneSeriesWithoutAGapOrARepeat() throws Exception {
    try (NoticeFixture f = NoticeFixture.onFile(dir)) {
      long first = f.draw("2026-SCJGJ-03");
      long second = f.draw("2026-SCJGJ-04");
      CountDownLatch start = new CountDownLatch(1);
      List<AtomicReference<Object>> outcomes = List.of(new AtomicReference<>(), new AtomicReference<>());
      List<Thread> threads = new ArrayList<>();
      long[] draws = {first, second};
      for (int i = 0; i < 2; i++) {
        int k = i;
        Thread t = new Thread(() -> {
          try {
            start.await();
            outcomes.get(k).set(f.notices.issue(draws[k], NoticeFixture.TODAY, false, Progress.NONE));
          } catch (Throwable e) {
            outcomes.get(k).set(e);
          }
        }, "batch-" + i);
        threads.add(t);
        t.start();
      }
      start.countDown();
      for (Thread t : threads) {
        t.join(120_000);
      }
      Issued a = (Issued) outcomes.get(0).get();
      Issued b = (Issued) outcomes.get(1).get();
      int total = a.notices().size() + b.notices().size();
      List<Integer> numbers = new ArrayList<>();
      for (Issued batch : List.of(a, b)) {
        // each batch took one run of numbers in its own draw order
        List<Integer> own = batch.notices().stream().map(n -> number(n.number())).toList();
        assertThat(own).isSorted();
        assertThat(own.get(own.size() - 1) - own.get(0)).isEqualTo(own.size() - 1);
        numbers.addAll(own);
      }
      assertThat(numbers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
          IntStream.rangeClosed(1, total).boxed().toList());
      long scjgj = lead(f, "2026-SCJGJ-03");
      assertThat(seqs(f, scjgj)).containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
      assertThat(last(f, scjgj)).isEqualTo(total);
    }
  }

  private static int last(NoticeFixture f, long department) {
    Integer last = f.dsl.transactionResult(trx -> f.repository.last(trx.dsl(), department, 2026, DocumentKind.NOTICE));
    return last;
  }

  /** 青市监抽通〔2026〕17号 → 17. */
  private static int number(String text) {
    return Integer.parseInt(text.substring(text.indexOf('〕') + 1, text.length() - 1));
  }

  @Test
  void aCancelledBatchLeavesNoNumberTakenAndTheNextStartsAtOne() {
    try (NoticeFixture f = NoticeFixture.inMemory(dir.resolve("r"))) {
      long drawId = f.draw("2026-SCJGJ-03");
      Progress cancelHalfWay = new Progress() {
        private long done;

        @Override
        public void update(long d, long total) {
          done = d;
        }

        @Override
        public boolean isCancelled() {
          return done > 0; // after the numbers were written, while the notices are being filled
        }
      };
      assertThatThrownBy(() -> f.notices.issue(drawId, NoticeFixture.TODAY, true, cancelHalfWay))
          .isInstanceOf(Progress.CancelledException.class);
      long scjgj = lead(f, "2026-SCJGJ-03");
      assertThat(seqs(f, scjgj)).isEmpty();
      assertThat(last(f, scjgj)).isZero();
      assertThat(f.notices.list(drawId)).allSatisfy(r -> assertThat(r.noticeNumber()).isNull());
      assertThat(f.auditor.entriesFor(f.dsl, "notice")).isEmpty();

      Issued issued = f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
      assertThat(issued.notices().get(0).number()).isEqualTo("青市监抽通〔2026〕1号");
      assertThat(seqs(f, scjgj)).hasSize(issued.notices().size()).startsWith(1);
    }
  }

  @Test
  void aVoidedNoticeKeepsItsNumberAndItsReplacementGetsTheNext() {
    try (NoticeFixture f = NoticeFixture.inMemory(dir.resolve("r"))) {
      long drawId = f.draw("2026-SCJGJ-03");
      Issued issued = f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
      int n = issued.notices().size();
      InspectionNotice second = issued.notices().get(1);
      NumberedDocument doc = f.notices.byNumber(second.number());

      assertThatThrownBy(() -> f.notices.voidNotice(doc.id(), "  ", NoticeFixture.TODAY))
          .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.reasonRequired"));
      assertThatThrownBy(() -> f.notices.voidNotice(doc.id(), "地址有误", NoticeFixture.TODAY.plusDays(1)))
          .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.voidDate"));
      NumberedDocument voided = f.notices.voidNotice(doc.id(), " 地址有误 ", NoticeFixture.TODAY);
      assertThat(voided.voided()).isTrue();
      assertThat(voided.number()).isEqualTo("青市监抽通〔2026〕2号");
      assertThat(voided.voidReason()).isEqualTo("地址有误");
      assertThatThrownBy(() -> f.notices.voidNotice(doc.id(), "again", NoticeFixture.TODAY))
          .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.alreadyVoided"));
      NoticeRow row = f.notices.list(drawId).get(1);
      assertThat(row.noticeNumber()).isNull();
      assertThat(f.dsl.select(INSPECTION.NOTICE_NO).from(INSPECTION).where(INSPECTION.ID.eq(row.inspectionId()))
          .fetchSingle().value1()).isNull();

      // printing again: everyone keeps their number, the voided one's target gets the next
      Issued again = f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
      assertThat(again.numbered()).isEqualTo(1);
      assertThat(again.notices().get(1).number()).isEqualTo("青市监抽通〔2026〕" + (n + 1) + "号");
      assertThat(again.notices().get(0).number()).isEqualTo(issued.notices().get(0).number());
      NumberedDocument kept = f.dsl.transactionResult(trx -> f.repository.find(trx.dsl(), doc.id())).orElseThrow();
      assertThat(kept.voided()).isTrue();
      assertThat(kept.number()).isEqualTo("青市监抽通〔2026〕2号");
      assertThat(kept.replacedBy()).isEqualTo(f.notices.byNumber(again.notices().get(1).number()).id());

      // a replacement issued at once, through replace
      NumberedDocument third = f.notices.byNumber(issued.notices().get(2).number());
      f.notices.voidNotice(third.id(), "法定代表人已变更", NoticeFixture.TODAY);
      InspectionNotice replacement = f.notices.replace(third.id(), NoticeFixture.TODAY);
      assertThat(replacement.number()).isEqualTo("青市监抽通〔2026〕" + (n + 2) + "号");
      assertThat(replacement.inspectionId()).isEqualTo(issued.notices().get(2).inspectionId());
      assertThatThrownBy(() -> f.notices.replace(third.id(), NoticeFixture.TODAY))
          .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.alreadyReplaced"));

      long scjgj = lead(f, "2026-SCJGJ-03");
      assertThat(seqs(f, scjgj)).containsExactlyElementsOf(IntStream.rangeClosed(1, n + 2).boxed().toList());
      assertThat(f.auditor.entriesFor(f.dsl, "notice", "青市监抽通〔2026〕2号"))
          .extracting(e -> e.action()).containsExactly("notice.void");

      // the demo county made again over this one (demo --force) takes the documents with it
      cn.suiji.demo.service.DemoCounties.service(f.db, f.auditor, NoticeFixture.CLOCK).create(true, Progress.NONE);
      assertThat(seqs(f, lead(f, "2026-SCJGJ-03"))).isEmpty();
    }
  }

  @Test
  void aCustomPatternAndTypeCodesNumberTheDocuments() {
    try (NoticeFixture f = NoticeFixture.inMemory(dir.resolve("r"))) {
      long drawId = f.draw("2026-SCJGJ-03");
      long scjgj = lead(f, "2026-SCJGJ-03");
      f.dsl.update(WORKING_RULES).set(WORKING_RULES.NUMBER_PATTERN, "{机关代字}〔{年}〕{类型代字}第{N}号")
          .set(WORKING_RULES.NOTICE_TYPE_CODE, "检通").set(WORKING_RULES.ANNOUNCEMENT_TYPE_CODE, "检告")
          .where(WORKING_RULES.DEPARTMENT_ID.eq(scjgj)).execute();
      Issued issued = f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
      assertThat(issued.notices().get(0).number()).isEqualTo("青市监〔2026〕检通第1号");
      assertThat(f.notices.announce("2026-SCJGJ-03", NoticeFixture.TODAY).number()).isEqualTo("青市监〔2026〕检告第1号");

      // a pattern broken behind the screen's back is refused, not printed
      f.dsl.update(WORKING_RULES).set(WORKING_RULES.NUMBER_PATTERN, "{机关代字}{文种}{N}号")
          .where(WORKING_RULES.DEPARTMENT_ID.eq(scjgj)).execute();
      long other = f.draw("2026-SCJGJ-04");
      assertThatThrownBy(() -> f.notices.issue(other, NoticeFixture.TODAY, false, Progress.NONE))
          .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.badPattern"));
    }
  }
}
