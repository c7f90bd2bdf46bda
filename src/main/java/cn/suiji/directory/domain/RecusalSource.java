package cn.suiji.directory.domain;

/** Whether a recusal was declared by the inspector or found by a check. */
public enum RecusalSource {
  DECLARED,
  FOUND
}
