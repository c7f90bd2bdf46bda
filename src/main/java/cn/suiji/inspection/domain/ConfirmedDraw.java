package cn.suiji.inspection.domain;

/**
 * A confirmed draw as the notices screen offers it: the draw's id, its task and how many
 * inspections it created (what the inspection tables know of it, without reading the draw's own).
 */
public record ConfirmedDraw(long drawId, String taskCode, String taskName, int inspections) {}
