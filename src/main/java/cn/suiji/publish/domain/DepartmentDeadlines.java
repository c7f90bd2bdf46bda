package cn.suiji.publish.domain;

/**
 * A department's counts for the home page: its results awaiting publication by state, and its
 * inspections past their task's window without a result.
 */
public record DepartmentDeadlines(long departmentId, String departmentCode, String departmentName, int ok, int soon,
    int overdue, int pastWindow) {

  /** Results awaiting publication. */
  public int pending() {
    return ok + soon + overdue;
  }
}
