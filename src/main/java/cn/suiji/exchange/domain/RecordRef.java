package cn.suiji.exchange.domain;

import cn.suiji.shared.outbox.OutboxKind;
import org.jspecify.annotations.Nullable;

/**
 * The record an outbox entry carries, as far as a screen needs it to open that record for a fix
 * (a rejected entry's way to its record, issue 14): the task, and the inspection of a result or
 * publication, the draw of a draw list, the department and year of a plan.
 */
public record RecordRef(OutboxKind kind, String taskCode, @Nullable Long inspectionId, @Nullable Long drawId,
    @Nullable String departmentCode, int year) {}
