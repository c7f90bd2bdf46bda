package cn.suiji.publish.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A result marked published (已公示): the inspection, its task and department by code, the result's
 * date, the due day it is measured against (provisional where the calendar did not cover the days
 * counted), the day it was published and the receipt kept beside the data file with its SHA-256;
 * who reviewed the batch before publication and when (null on publications recorded before V036).
 */
public record Publication(long id, long inspectionId, String taskCode, String departmentCode, LocalDate resultDate,
    LocalDate dueOn, boolean dueProvisional, LocalDate publishedOn, @Nullable String receiptFile,
    @Nullable String receiptSha256, OffsetDateTime recordedAt, String recordedBy, @Nullable String reviewedBy,
    @Nullable LocalDate reviewedOn) {

  /** Published by the due day. */
  public boolean onTime() {
    return !publishedOn.isAfter(dueOn);
  }
}
