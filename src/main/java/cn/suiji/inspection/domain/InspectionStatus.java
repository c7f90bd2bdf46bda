package cn.suiji.inspection.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an inspection stands, in the order of work fixed by the county plan: a confirmed draw
 * creates it waiting for its notice; the delivered notice, the recorded result and the
 * publication move it on. A target deregistered or moved away since the draw is closed without
 * a visit (with the reason), but only before it was inspected. The names are the stored values.
 */
public enum InspectionStatus {
  /** 待发通知: created by the confirmed draw. */
  AWAITING_NOTICE,
  /** 已送达通知: the notice was delivered. */
  NOTIFIED,
  /** 已检查: the result is recorded. */
  INSPECTED,
  /** 已公示: the result is published. */
  PUBLISHED,
  /** 未检查即终结: deregistered or moved away since the draw; still reported with its result code. */
  CLOSED_WITHOUT_VISIT;

  private static final Map<InspectionStatus, Set<InspectionStatus>> MOVES = Map.of(
      AWAITING_NOTICE, EnumSet.of(NOTIFIED, CLOSED_WITHOUT_VISIT),
      NOTIFIED, EnumSet.of(INSPECTED, CLOSED_WITHOUT_VISIT),
      INSPECTED, EnumSet.of(PUBLISHED),
      PUBLISHED, EnumSet.noneOf(InspectionStatus.class),
      CLOSED_WITHOUT_VISIT, EnumSet.noneOf(InspectionStatus.class));

  /** Whether an inspection at {@code from} may move to {@code to}; staying put is not a move. */
  public static boolean canMove(InspectionStatus from, InspectionStatus to) {
    return MOVES.get(from).contains(to);
  }

  /** Whether the move needs a reason (closing without a visit). */
  public boolean needsReason() {
    return this == CLOSED_WITHOUT_VISIT;
  }
}
