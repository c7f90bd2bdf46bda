package cn.suiji.joint.domain;

/** An inspector of the partner department the draw assigned: the draw key and the name. */
public record JointInspector(String key, String name) {}
