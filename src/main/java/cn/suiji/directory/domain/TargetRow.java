package cn.suiji.directory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A target as the directory screen and the export show it (the read model of 检查对象名录库):
 * one line of the table, and everything its detail pane lists. The write side is {@code Target}.
 */
public record TargetRow(
    long id,
    String name,
    @Nullable String uscc,
    @Nullable String regNo,
    TargetKind kind,
    @Nullable String legalRep,
    @Nullable String address,
    @Nullable String township,
    @Nullable String jurisdictionUnit,
    @Nullable String industryCode,
    @Nullable String industryName,
    @Nullable String registrationAuthority,
    TargetStatus status,
    @Nullable LocalDate foundedDate,
    @Nullable String liaison,
    @Nullable String phone,
    boolean abnormal,
    boolean seriousViolation,
    @Nullable RiskClass riskClass,
    @Nullable LocalDate lastInspectedDate,
    int inspectionCount) {

  /** The uscc, else the legacy registration number, else empty: the code the table shows. */
  public String code() {
    return uscc != null ? uscc : regNo != null ? regNo : "";
  }
}
