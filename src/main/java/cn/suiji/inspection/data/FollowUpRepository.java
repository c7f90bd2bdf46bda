package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.FOLLOW_UP;

import cn.suiji.inspection.domain.FollowUp;
import cn.suiji.inspection.domain.FollowUpKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** The follow-ups (FOLLOW_UP): the referral register is its REFERRAL rows. Every method takes the caller's transaction. */
public final class FollowUpRepository {

  /** Stores a new follow-up, open; returns it with its id. */
  public FollowUp insert(DSLContext tx, long inspectionId, @Nullable Long resultId, FollowUpKind kind,
      @Nullable String causeCode, String detail, String receivingBody, @Nullable LocalDate referredOn,
      @Nullable LocalDate due, boolean provisional, OffsetDateTime now) {
    long id = tx.insertInto(FOLLOW_UP, FOLLOW_UP.INSPECTION_ID, FOLLOW_UP.RESULT_ID, FOLLOW_UP.KIND, FOLLOW_UP.CAUSE_CODE,
            FOLLOW_UP.DETAIL, FOLLOW_UP.RECEIVING_BODY, FOLLOW_UP.REFERRED_ON, FOLLOW_UP.DUE_DATE, FOLLOW_UP.DUE_PROVISIONAL,
            FOLLOW_UP.CREATED_AT)
        .values(inspectionId, resultId, kind.name(), causeCode, empty(detail), empty(receivingBody), referredOn, due,
            provisional, now)
        .returningResult(FOLLOW_UP.ID).fetchSingle().value1();
    return find(tx, id).orElseThrow();
  }

  public Optional<FollowUp> find(DSLContext tx, long id) {
    return tx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).fetchOptional(FollowUpRepository::followUp);
  }

  /** The inspection's follow-ups, oldest first. */
  public List<FollowUp> ofInspection(DSLContext tx, long inspectionId) {
    return tx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.INSPECTION_ID.eq(inspectionId)).orderBy(FOLLOW_UP.ID)
        .fetch(FollowUpRepository::followUp);
  }

  /** The referral register (移送/抄告), oldest first. */
  public List<FollowUp> referrals(DSLContext tx) {
    return tx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.KIND.eq(FollowUpKind.REFERRAL.name())).orderBy(FOLLOW_UP.ID)
        .fetch(FollowUpRepository::followUp);
  }

  /** The feedback and the day it was recorded (V041; cleared with the feedback). */
  public void feedback(DSLContext tx, long id, String feedback, LocalDate on) {
    String text = empty(feedback);
    tx.update(FOLLOW_UP).set(FOLLOW_UP.FEEDBACK, text).set(FOLLOW_UP.FEEDBACK_ON, text == null ? null : on)
        .where(FOLLOW_UP.ID.eq(id)).execute();
  }

  public void close(DSLContext tx, long id, LocalDate on) {
    tx.update(FOLLOW_UP).set(FOLLOW_UP.CLOSED, true).set(FOLLOW_UP.CLOSED_ON, on).where(FOLLOW_UP.ID.eq(id)).execute();
  }

  private static @Nullable String empty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static FollowUp followUp(Record r) {
    return new FollowUp(r.get(FOLLOW_UP.ID), r.get(FOLLOW_UP.INSPECTION_ID), r.get(FOLLOW_UP.RESULT_ID),
        FollowUpKind.valueOf(r.get(FOLLOW_UP.KIND)), r.get(FOLLOW_UP.CAUSE_CODE), r.get(FOLLOW_UP.DETAIL),
        r.get(FOLLOW_UP.RECEIVING_BODY), r.get(FOLLOW_UP.REFERRED_ON), r.get(FOLLOW_UP.FEEDBACK),
        r.get(FOLLOW_UP.DUE_DATE), r.get(FOLLOW_UP.DUE_PROVISIONAL), r.get(FOLLOW_UP.CLOSED), r.get(FOLLOW_UP.CLOSED_ON));
  }
}
