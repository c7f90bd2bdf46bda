package cn.suiji.directory.domain;

/** An industry (国民经济行业分类) that targets in the directory are in: a filter choice. */
public record TargetIndustry(String code, String name) {}
