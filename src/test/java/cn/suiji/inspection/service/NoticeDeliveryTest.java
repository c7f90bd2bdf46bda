package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.NOTICE_DELIVERY;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.draw.service.DrawCheck;
import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.Issued;
import cn.suiji.inspection.domain.NoticeRow;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 送达: each notice's delivery recorded, its inspection NOTIFIED in the same transaction, and the refusals. */
class NoticeDeliveryTest {
  @TempDir
  Path dir;

  private static String refusal(Runnable r) {
    try {
      r.run();
    } catch (SuijiException e) {
      return e.key();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void deliveryMovesEachInspectionToNotifiedWithItsReceiptAndRefusesWhatCannotBeDelivered() throws Exception {
    try (NoticeFixture f = NoticeFixture.inMemory(dir.resolve("county.receipts"))) {
      long drawId = f.draw("2026-SCJGJ-03");
      List<Long> ids = f.notices.list(drawId).stream().map(NoticeRow::inspectionId).toList();
      long one = ids.get(0);
      long two = ids.get(1);
      assertThat(refusal(() -> f.notices.deliver(List.of(one), NoticeFixture.TODAY, DeliveryMethod.DIRECT, null)))
          .isEqualTo("notice.error.notIssued");

      Issued issued = f.notices.issue(drawId, NoticeFixture.TODAY.minusDays(3), false, Progress.NONE);
      assertThat(refusal(() -> f.notices.deliver(List.of(one), NoticeFixture.TODAY.plusDays(1), DeliveryMethod.DIRECT,
          null))).isEqualTo("notice.error.deliveryFuture");
      assertThat(refusal(() -> f.notices.deliver(List.of(one), NoticeFixture.TODAY.minusDays(4), DeliveryMethod.DIRECT,
          null))).isEqualTo("notice.error.deliveryBeforeIssue");
      assertThat(refusal(() -> f.notices.deliver(List.of(one), NoticeFixture.TODAY, DeliveryMethod.MAIL,
          dir.resolve("missing.pdf")))).isEqualTo("notice.error.receiptMissing");

      Path scan = dir.resolve("回证.PDF");
      Files.writeString(scan, "签收：张三 2026-03-02", StandardCharsets.UTF_8);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(scan)));
      assertThat(f.notices.deliver(List.of(one, two, one), NoticeFixture.TODAY, DeliveryMethod.MAIL, scan)).isEqualTo(2);

      List<NoticeRow> rows = f.notices.list(drawId);
      assertThat(rows.subList(0, 2)).allSatisfy(r -> {
        assertThat(r.status()).isEqualTo(InspectionStatus.NOTIFIED);
        assertThat(r.deliveredOn()).isEqualTo(NoticeFixture.TODAY);
        assertThat(r.deliveryMethod()).isEqualTo(DeliveryMethod.MAIL);
      });
      assertThat(rows.get(2).status()).isEqualTo(InspectionStatus.AWAITING_NOTICE);
      Record delivery = f.dsl.selectFrom(NOTICE_DELIVERY).where(NOTICE_DELIVERY.INSPECTION_ID.eq(one)).fetchSingle();
      assertThat(delivery.get(NOTICE_DELIVERY.RECEIPT_SHA256)).isEqualTo(sha);
      assertThat(delivery.get(NOTICE_DELIVERY.RECEIPT_FILE)).isEqualTo("county.receipts/" + sha + ".pdf");
      assertThat(Files.readString(dir.resolve("county.receipts").resolve(sha + ".pdf"), StandardCharsets.UTF_8))
          .isEqualTo("签收：张三 2026-03-02");
      assertThat(f.auditor.entriesFor(f.dsl, "inspection", Long.toString(one))).extracting(e -> e.action())
          .containsExactly("INSPECTION_MOVE");
      assertThat(f.auditor.entriesFor(f.dsl, "notice")).extracting(e -> e.action()).contains("notice.deliver");

      // delivered once: neither again nor voided
      assertThat(refusal(() -> f.notices.deliver(List.of(one), NoticeFixture.TODAY, DeliveryMethod.DIRECT, null)))
          .isEqualTo("notice.error.notAwaiting");
      long deliveredNotice = f.notices.byNumber(issued.notices().get(0).number()).id();
      assertThat(refusal(() -> f.notices.voidNotice(deliveredNotice, "错发", NoticeFixture.TODAY)))
          .isEqualTo("notice.error.delivered");

      // a voided notice is not delivered; a refused batch writes nothing at all
      long third = ids.get(2);
      long fourth = ids.get(3);
      f.notices.voidNotice(f.notices.byNumber(issued.notices().get(2).number()).id(), "名称有误", NoticeFixture.TODAY);
      assertThat(refusal(() -> f.notices.deliver(List.of(fourth, third), NoticeFixture.TODAY, DeliveryMethod.DIRECT,
          null))).isEqualTo("notice.error.voided");
      assertThat(f.dsl.select(INSPECTION.STATUS).from(INSPECTION).where(INSPECTION.ID.eq(fourth)).fetchSingle().value1())
          .isEqualTo("AWAITING_NOTICE");

      // the whole draw: everyone still awaiting, once the voided notice is replaced
      assertThat(refusal(() -> f.notices.deliverDraw(drawId, NoticeFixture.TODAY, DeliveryMethod.DIRECT, null)))
          .isEqualTo("notice.error.voided");
      f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
      assertThat(f.notices.deliverDraw(drawId, NoticeFixture.TODAY, DeliveryMethod.LEFT_AT_PREMISES, null))
          .isEqualTo(ids.size() - 2);
      assertThat(f.notices.list(drawId)).allSatisfy(r -> assertThat(r.status()).isEqualTo(InspectionStatus.NOTIFIED));
      assertThat(refusal(() -> f.notices.deliverDraw(drawId, NoticeFixture.TODAY, DeliveryMethod.DIRECT, null)))
          .isEqualTo("notice.error.nothingAwaiting");

      // the draw still verifies against its audit entries and inspections
      assertThat(f.draws.verifyAll()).allSatisfy((DrawCheck c) -> assertThat(c.findings()).isEmpty());
    }
  }

  @Test
  void noticesNeedTheContactTheRulesPrintAndAClosedInspectionGetsNoNotice() {
    try (NoticeFixture f = NoticeFixture.inMemory(dir.resolve("r"))) {
      long drawId = f.draw("2026-SCJGJ-03");
      long lead = f.dsl.select(TASK.LEAD_DEPARTMENT_ID).from(TASK).where(TASK.CODE.eq("2026-SCJGJ-03")).fetchSingle()
          .value1();
      f.dsl.update(WORKING_RULES).setNull(WORKING_RULES.CONTACT_PHONE).where(WORKING_RULES.DEPARTMENT_ID.eq(lead))
          .execute();
      assertThat(refusal(() -> f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE)))
          .isEqualTo("notice.error.noContact");
      f.dsl.update(WORKING_RULES).set(WORKING_RULES.CONTACT_PHONE, "0932-1234567")
          .where(WORKING_RULES.DEPARTMENT_ID.eq(lead)).execute();

      List<NoticeRow> rows = f.notices.list(drawId);
      f.inspections.move(rows.get(0).inspectionId(), InspectionStatus.CLOSED_WITHOUT_VISIT, NoticeFixture.TODAY, "已注销");
      Issued issued = f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
      assertThat(issued.notices()).hasSize(rows.size() - 1);
      assertThat(issued.notices().get(0).number()).isEqualTo("青市监抽通〔2026〕1号");
      assertThat(issued.notices().get(0).inspectionId()).isEqualTo(rows.get(1).inspectionId());
      assertThat(issued.notices().get(0).contactPhone()).isEqualTo("0932-1234567");
    }
  }
}
