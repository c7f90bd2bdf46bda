package cn.suiji.draw.domain;

import java.util.List;

/**
 * A department's inspectors as the clerk sees them before the draw: its code (the group key),
 * its name, m per object and the eligible inspectors' keys (sorted).
 */
public record PlannedGroup(String key, String departmentName, int m, List<String> pool) {
  public PlannedGroup {
    pool = List.copyOf(pool);
  }

  public InspectorGroup toGroup() {
    return new InspectorGroup(key, m, pool);
  }
}
