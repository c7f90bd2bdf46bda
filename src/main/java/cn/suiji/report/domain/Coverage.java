package cn.suiji.report.domain;

/**
 * Targets covered in the year (distinct targets drawn) against the directory: the county's
 * existing and operating targets, or those in the department's directory — the 3 % floor is
 * measured against the whole, not against one task's pool.
 */
public record Coverage(int coveredTargets, int directoryTargets) {
  public Share share() {
    return new Share(Math.min(coveredTargets, directoryTargets), directoryTargets);
  }
}
