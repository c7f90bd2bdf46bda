package cn.suiji.draw.domain;

/**
 * An inspector of a taking-part department left out of the draw, with the first reason that
 * applies (in the order of {@link Reason}), for the clerk.
 */
public record InspectorExclusion(String groupKey, String inspectorKey, String name, Reason reason) {
  public enum Reason {
    /** Not 在岗: 借调, 休假 or 停用. */
    NOT_ON_DUTY,
    /** No certificate, or it runs out before the task's end date. */
    EXPIRED_CERT,
    /** Not qualified for every item of the task from the inspector's department. */
    NOT_ELIGIBLE
  }
}
