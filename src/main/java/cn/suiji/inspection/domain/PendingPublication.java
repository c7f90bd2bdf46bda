package cn.suiji.inspection.domain;

import java.time.LocalDate;

/**
 * An inspection whose current result is recorded and not yet published, for the deadlines: its
 * task, the task's (lead) department, the target's code (credit code, else registration number,
 * else object key) and the date the result was formed.
 */
public record PendingPublication(long inspectionId, String taskCode, long departmentId, String departmentCode,
    String departmentName, String targetCode, String targetName, LocalDate resultDate) {}
