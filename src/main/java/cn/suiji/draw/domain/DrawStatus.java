package cn.suiji.draw.domain;

/** Whether a recorded draw stands (CONFIRMED) or was voided, with a reason, after the fact. */
public enum DrawStatus {
  CONFIRMED,
  VOIDED
}
