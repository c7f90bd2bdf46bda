package cn.suiji.draw.domain;

/**
 * Targets of the lead department's directory left out of the pool, by reason, for the clerk.
 * The reasons are applied in the order of {@link Reason}, each counting only targets the
 * earlier ones kept, so the counts add up to the directory minus the pool.
 */
public record Exclusion(Reason reason, int count) {
  public enum Reason {
    /** Outside the task's scope (township, industry, kind). */
    OUT_OF_SCOPE,
    /** Not in business: 吊销, 注销, 迁出. */
    NOT_IN_BUSINESS,
    /** Inspected (or drawn) for one of the task's items within the working rules' window. */
    RECENTLY_INSPECTED,
    /** Of a risk class the stratified task gives no ratio. */
    CLASS_NOT_DRAWN
  }
}
