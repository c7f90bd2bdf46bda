package cn.suiji.inspection.domain;

import org.jspecify.annotations.Nullable;

/** An inspector of the directory as a typed name or 执法证号 finds it: row id, name, certificate number. */
public record InspectorMatch(long id, String name, @Nullable String certNo) {}
