package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;

/**
 * The draw cannot give {@code object} the {@code required} inspectors of {@code group}: even
 * with the load cap set aside only {@code eligible} of them are not recused (DRAW-SPEC §5
 * step 3). Nothing may be saved as a valid draw; the attempt itself is still logged.
 * Message key {@code draw.engine.infeasible}, arguments: object, group, eligible, required.
 */
public final class DrawInfeasibleException extends SuijiException {
  private static final long serialVersionUID = 1L;

  private final String objectKey;
  private final String groupKey;
  private final int eligible;
  private final int required;

  public DrawInfeasibleException(String objectKey, String groupKey, int eligible, int required) {
    super("draw.engine.infeasible", objectKey, groupKey, eligible, required);
    this.objectKey = objectKey;
    this.groupKey = groupKey;
    this.eligible = eligible;
    this.required = required;
  }

  public String objectKey() {
    return objectKey;
  }

  public String groupKey() {
    return groupKey;
  }

  /** How many of the group's inspectors were not recused from the object. */
  public int eligible() {
    return eligible;
  }

  /** The group's m. */
  public int required() {
    return required;
  }
}
