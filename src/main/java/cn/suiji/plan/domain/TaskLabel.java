package cn.suiji.plan.domain;

/** A task's code and name, for a list to choose from. */
public record TaskLabel(String code, String name) {}
