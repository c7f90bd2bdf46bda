package cn.suiji.inspection.domain;

import java.time.LocalDate;

/**
 * How many results of one department formed on one day await publication, or (with a null
 * {@code resultDate}) how many of its inspections are past their window without a result: the
 * home page's counts, grouped in the database so that only one deadline per department and day
 * is computed.
 */
public record PendingCount(long departmentId, String departmentCode, String departmentName,
    @org.jspecify.annotations.Nullable LocalDate resultDate, int count) {}
