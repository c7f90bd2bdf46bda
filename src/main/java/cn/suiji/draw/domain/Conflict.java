package cn.suiji.draw.domain;

import java.util.Objects;

/**
 * A pair that must never be drawn together (回避): an inspector and an object. Pairs naming a
 * key that is in none of the draw's pools are simply ignored by the draw, as the spec says.
 */
public record Conflict(String inspectorKey, String objectKey) {
  public Conflict {
    Objects.requireNonNull(inspectorKey, "inspectorKey");
    Objects.requireNonNull(objectKey, "objectKey");
  }

  /** The line of the conflicts' canonical text: {@code inspectorKey + "\t" + objectKey}. */
  String canonicalLine() {
    return inspectorKey + "\t" + objectKey;
  }
}
