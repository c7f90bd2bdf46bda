package cn.suiji.draw.domain;

import java.util.List;
import java.util.Objects;

/**
 * The inspectors drawn for one selected object, group by group (ascending group key), each
 * group's in pick order. {@code capRelaxed} is true when, for some group, the load cap had to
 * be set aside for this object (DRAW-SPEC §5 step 2).
 */
public record Assignment(String object, List<String> inspectors, boolean capRelaxed) {
  public Assignment {
    Objects.requireNonNull(object, "object");
    inspectors = List.copyOf(inspectors);
  }

  /** The object's line of the result text: {@code object + "\t" + inspectors joined by ","}. */
  String resultLine() {
    return object + "\t" + String.join(",", inspectors);
  }
}
