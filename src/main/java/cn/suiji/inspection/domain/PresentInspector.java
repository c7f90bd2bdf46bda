package cn.suiji.inspection.domain;

import org.jspecify.annotations.Nullable;

/**
 * An inspector present at the inspection, by row id; one the draw did not assign carries the
 * reason for the substitution (null or empty for a drawn one).
 */
public record PresentInspector(long inspectorId, @Nullable String substitutionReason) {
  public PresentInspector {
    substitutionReason = substitutionReason == null || substitutionReason.isBlank() ? null : substitutionReason.strip();
  }

  public static PresentInspector drawn(long inspectorId) {
    return new PresentInspector(inspectorId, null);
  }
}
