package cn.suiji.inspection.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stored result of an inspection, one version of it: a correction adds version n + 1 and marks
 * this one superseded (when, why, by which result), so every version stays readable.
 */
public record InspectionResult(long id, long inspectionId, int version, LocalDate formedOn,
    List<PresentInspector> inspectors, List<Finding> findings, Set<VerificationMethod> methods, List<String> codes,
    @Nullable String windowNote, @Nullable String remark, OffsetDateTime recordedAt, String recordedBy,
    @Nullable OffsetDateTime supersededAt, @Nullable String supersededReason, @Nullable Long supersededBy) {
  public InspectionResult {
    inspectors = List.copyOf(inspectors);
    findings = List.copyOf(findings);
    methods = Set.copyOf(methods);
    codes = List.copyOf(codes);
  }

  /** Whether this is the version in force (not superseded). */
  public boolean current() {
    return supersededAt == null;
  }
}
