package cn.suiji.inspection.domain;

import java.time.LocalDate;

/** An inspection past its task's window without a result (still waiting for its notice or visit). */
public record UnresultedInspection(long inspectionId, String taskCode, long departmentId, String departmentCode,
    String departmentName, String targetCode, String targetName, LocalDate taskEnd, InspectionStatus status) {}
