package cn.suiji.inspection.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stored follow-up (后续处置) of an inspection: the result that asked for it, its kind, the
 * result code that created it automatically (null: entered by the clerk), its text, for a
 * referral (移送/抄告) the receiving body, date and feedback, the due date (provisional when the
 * calendar did not cover the days counted), and whether and when it was closed (已完结).
 */
public record FollowUp(long id, long inspectionId, @Nullable Long resultId, FollowUpKind kind, @Nullable String causeCode,
    String detail, String receivingBody, @Nullable LocalDate referredOn, String feedback, @Nullable LocalDate dueDate,
    boolean dueProvisional, boolean closed, @Nullable LocalDate closedOn) {
  public FollowUp {
    detail = detail == null ? "" : detail;
    receivingBody = receivingBody == null ? "" : receivingBody;
    feedback = feedback == null ? "" : feedback;
  }
}
