package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawRecord;

/**
 * A drawn (not yet confirmed) attempt: its record, to show to the clerk and the witnesses, and
 * the 核验码. Confirm or void it next.
 */
public record DrawAttempt(long drawId, int attempt, DrawRecord record, String verificationCode) {}
