package cn.suiji.directory.domain;

/** 信用风险分类: A (low) to D (high); imported, never computed, never shown to the public. */
public enum RiskClass {
  A, B, C, D
}
