package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawPlan;

/**
 * An opened draw attempt: its id, attempt number, and the nonce's commitment (SHA-256), to be
 * shown (and read out) before the witnesses give the public entropy; with the plan it froze.
 */
public record DrawSession(long drawId, String taskCode, int attempt, String commitment, DrawPlan plan) {}
