package cn.suiji.joint.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a joint package's manifest says besides its files (docs/joint-package.md): which kind of
 * package it is, the county, the lead and the partner department, the task with its window, the
 * lead's confirmed draw and when the package was made.
 */
public record JointHeader(Kind kind, String county, String leadCode, String leadName, String partnerCode,
    String partnerName, String taskCode, String taskName, LocalDate startDate, LocalDate endDate, long drawId,
    OffsetDateTime createdAt) {

  /** The two packages: the lead's task for a partner, the partner's results for the lead. */
  public enum Kind {
    TASK("joint-task"), RESULTS("joint-results");

    private final String value;

    Kind(String value) {
      this.value = value;
    }

    /** The value in the manifest's {@code kind}. */
    public String value() {
      return value;
    }

    /** The kind of a manifest's {@code kind} value, or null. */
    public static @org.jspecify.annotations.Nullable Kind of(String value) {
      for (Kind k : values()) {
        if (k.value.equals(value)) {
          return k;
        }
      }
      return null;
    }
  }
}
