package cn.suiji.directory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One inspection of a target, for the detail pane: the task (code and name), the day its draw was
 * confirmed, where the inspection stands (a status code of the inspection feature, e.g.
 * {@code AWAITING_NOTICE}), the notice number and the day it was inspected, where known.
 */
public record TargetHistoryEntry(String taskCode, String taskName, @Nullable LocalDate drawnOn, String status,
    @Nullable String noticeNo, @Nullable LocalDate inspectedOn) {}
