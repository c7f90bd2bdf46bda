package cn.suiji.draw.domain;

/**
 * Where a stored draw attempt stands: OPEN (nonce committed, maybe drawn, not yet confirmed),
 * CONFIRMED (the task's draw), VOIDED (kept on record with its reason) or INFEASIBLE (some
 * object could not get its inspectors; kept on record with the explanation).
 */
public enum AttemptStatus {
  OPEN,
  CONFIRMED,
  VOIDED,
  INFEASIBLE
}
