package cn.suiji.report.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of the 问题线索转办 register (indicator 13): a referral follow-up (移送/抄告) of an inspection
 * of the department's tasks, with the feedback and the day it was recorded (null before V041).
 */
public record Referral(long followUpId, String taskCode, String targetCode, String targetName,
    @Nullable String receivingBody, @Nullable LocalDate referredOn, @Nullable String feedback,
    @Nullable LocalDate feedbackOn, boolean closed) {

  public boolean hasFeedback() {
    return feedback != null && !feedback.isBlank();
  }
}
