package cn.suiji.inspection.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A numbered document as stored: its kind, its number series (department, year, sequence), the
 * number as printed, the task and, for a notice, the inspection; the date of issue; and, once
 * voided, the reason, the day and the document that replaced it (when one was issued).
 */
public record NumberedDocument(
    long id,
    DocumentKind kind,
    long departmentId,
    int year,
    int seq,
    String number,
    long taskId,
    @Nullable Long inspectionId,
    LocalDate issuedOn,
    DocumentStatus status,
    @Nullable String voidReason,
    @Nullable LocalDate voidedOn,
    @Nullable Long replacedBy) {

  public boolean voided() {
    return status == DocumentStatus.VOIDED;
  }
}
