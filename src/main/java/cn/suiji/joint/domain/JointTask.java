package cn.suiji.joint.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A joint task received from its lead department, on the partner's side: the task and its
 * window, the lead and this (partner) department, the lead's draw, the package's manifest
 * SHA-256 and when it was imported, with how many inspections and results it holds.
 */
public record JointTask(long id, String taskCode, String taskName, String county, String leadCode, String leadName,
    String partnerCode, String partnerName, long leadDrawId, LocalDate startDate, LocalDate endDate,
    String manifestSha256, OffsetDateTime importedAt, int inspections, int results) {}
