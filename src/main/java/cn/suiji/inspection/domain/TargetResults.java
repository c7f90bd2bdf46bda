package cn.suiji.inspection.domain;

import java.util.List;

/** One inspection of a target with every version of its result (oldest first) and its follow-ups: the target's history. */
public record TargetResults(long inspectionId, String taskCode, List<InspectionResult> versions, List<FollowUp> followUps) {}
