package cn.suiji.directory.domain;

/** A version of the item list as a list shows it: the version and how many tasks use it. */
public record ItemEntry(InspectionItem item, int tasks) {
  /** True if a task uses this version, so it can no longer be edited. */
  public boolean used() {
    return tasks > 0;
  }
}
