package cn.suiji.inspection.domain;

/**
 * One department's results awaiting publication counted by result date against two days: those
 * formed before {@code firstDay}, those formed before {@code secondDay}, and all of them. The
 * deadlines turn the two days into "overdue" and "due soon" (ADR 0027).
 */
public record PendingTally(int beforeFirst, int beforeSecond, int all) {}
