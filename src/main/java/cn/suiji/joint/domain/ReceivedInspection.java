package cn.suiji.joint.domain;

import org.jspecify.annotations.Nullable;

/** An inspection of a received joint task with the partner's result, if recorded. */
public record ReceivedInspection(JointAssignment assignment, @Nullable JointResult result) {}
