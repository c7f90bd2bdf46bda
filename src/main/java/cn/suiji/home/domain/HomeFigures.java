package cn.suiji.home.domain;

/** The counts on the home page. */
public record HomeFigures(
    int departments, int currentItems, int targets, int targetsInBusiness, int inspectors, int inspectorsOnDuty, int tasks) {}
