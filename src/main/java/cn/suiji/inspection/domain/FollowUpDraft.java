package cn.suiji.inspection.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up the clerk enters with a result (or later): its kind, a text (what was ordered; the
 * 其他 text), for a referral the receiving body and date, and the due date (null: none set).
 */
public record FollowUpDraft(FollowUpKind kind, String detail, String receivingBody, @Nullable LocalDate referredOn,
    @Nullable LocalDate dueDate) {
  public FollowUpDraft {
    detail = detail == null ? "" : detail.strip();
    receivingBody = receivingBody == null ? "" : receivingBody.strip();
  }

  public static FollowUpDraft of(FollowUpKind kind, String detail, @Nullable LocalDate dueDate) {
    return new FollowUpDraft(kind, detail, "", null, dueDate);
  }
}
