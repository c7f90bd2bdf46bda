package cn.suiji.directory.domain;

/** An item an inspector can be made eligible for: its code and the name of its latest version. */
public record ItemOption(String code, String name) {}
