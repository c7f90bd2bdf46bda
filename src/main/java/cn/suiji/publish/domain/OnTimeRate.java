package cn.suiji.publish.domain;

/**
 * A task's on-time rate of publication (published by the due day / published), with its
 * department: the 考评 indicator "results published on time"; {@code reviews} lists the batches'
 * reviews before publication ("张科长 2026-06-01", joined by "；"), empty when none was recorded.
 */
public record OnTimeRate(String taskCode, String departmentCode, int published, int onTime, String reviews) {

  /** The rate in per cent, rounded down to one decimal; 0 when nothing is published. */
  public double percent() {
    return published == 0 ? 0 : Math.floor(onTime * 1000.0 / published) / 10;
  }
}
