package cn.suiji.directory.domain;

/** A target as a recusal names it: id, name and its code (uscc, else regNo, else the object key). */
public record TargetRef(long id, String name, String code) {}
