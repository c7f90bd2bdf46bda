package cn.suiji.inspection.domain;

import java.util.List;

/**
 * An inspection as the database holds it, read back to be compared with the draw record that
 * created it: the target's key, its place in the draw, its status and its inspectors' keys in
 * pick order.
 */
public record DrawnInspection(long id, long drawId, long taskId, String objectKey, int drawOrder, String status,
    List<String> inspectors) {

  public DrawnInspection {
    inspectors = List.copyOf(inspectors);
  }
}
