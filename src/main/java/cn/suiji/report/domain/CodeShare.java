package cn.suiji.report.domain;

/** How many current results of the year carry a result code (a result may carry several). */
public record CodeShare(String code, String label, String kind, int results) {}
