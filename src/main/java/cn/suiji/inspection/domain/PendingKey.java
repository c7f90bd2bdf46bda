package cn.suiji.inspection.domain;

import java.time.LocalDate;

/** An inspection awaiting publication by its result's date alone: enough to order a department's deadlines. */
public record PendingKey(long inspectionId, LocalDate resultDate) {}
