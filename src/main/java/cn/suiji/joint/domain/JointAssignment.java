package cn.suiji.joint.domain;

import java.util.List;

/**
 * One inspection of a joint task as the partner receives it: the lead's inspection id (results go
 * back under it), the target's draw key, code and name, its place in the draw, and the partner's
 * inspectors the draw assigned to it, in pick order.
 */
public record JointAssignment(long leadInspectionId, String targetKey, String targetCode, String targetName,
    int drawOrder, List<JointInspector> inspectors) {
  public JointAssignment {
    inspectors = List.copyOf(inspectors);
  }
}
