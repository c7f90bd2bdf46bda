package cn.suiji.report.domain;

/** Whether an evidence file's copy beside the data file is still the file that was added. */
public enum EvidenceState {
  /** present, its SHA-256 as recorded */
  INTACT,
  /** the copy is gone */
  MISSING,
  /** the copy's SHA-256 differs from the one recorded */
  ALTERED
}
