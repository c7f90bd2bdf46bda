package cn.suiji.report.domain;

import java.util.List;

/**
 * What the clerk picked on the early-warning page of {@code year} to be looked at again next year:
 * targets with repeated problems, or townships and industries with a high problem rate.
 */
public record WatchList(int year, List<Target> targets, List<String> townships, List<String> industries) {
  /** A target of the list: its directory key, and the tasks its problems were found in. */
  public record Target(String objectKey, List<String> taskCodes) {
    public Target {
      taskCodes = List.copyOf(taskCodes);
    }

    /** The target of a repeated-problem line (its task codes joined by 、). */
    public static Target of(RepeatedProblemTarget t) {
      return new Target(t.objectKey(), t.taskCodes().isEmpty() ? List.of() : List.of(t.taskCodes().split("、")));
    }
  }

  public WatchList {
    targets = List.copyOf(targets);
    townships = List.copyOf(townships);
    industries = List.copyOf(industries);
  }

  public boolean isEmpty() {
    return targets.isEmpty() && townships.isEmpty() && industries.isEmpty();
  }
}
