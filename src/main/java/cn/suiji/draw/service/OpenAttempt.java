package cn.suiji.draw.service;

import java.time.OffsetDateTime;

/**
 * An attempt of a task still open (neither confirmed, voided nor infeasible), as the draw wizard
 * offers it when the task is chosen: carry it on, or void it with a reason.
 *
 * @param drawn whether it was drawn already (it then waits for confirm or void)
 * @param resumable whether this process can carry it on: drawn, or not yet drawn with its nonce
 *     still held here; an undrawn attempt whose nonce is gone can only be voided
 */
public record OpenAttempt(long drawId, String taskCode, int attempt, String commitment, String operator,
    OffsetDateTime createdAt, boolean drawn, boolean resumable) {}
