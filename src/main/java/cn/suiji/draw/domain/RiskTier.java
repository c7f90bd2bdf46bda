package cn.suiji.draw.domain;

/**
 * A target's credit-risk class (信用风险分类) as the draw sees it; the stratum keys are the
 * names. Kept here rather than borrowed from the directory so that the draw's strata stay
 * exactly as recorded even if the directory's enum grows.
 */
public enum RiskTier {
  A, B, C, D
}
