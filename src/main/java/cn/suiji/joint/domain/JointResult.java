package cn.suiji.joint.domain;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.VerificationMethod;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The partner's result of one inspection of a joint task, as it travels back to the lead: the
 * lead's inspection id and the target's key (both must name the same inspection of the draw),
 * the date, the codes in the order typed, the methods, the one follow-up a problem code asks for
 * (kind and detail), the note for a date outside the window, the 备注, the partner's inspectors
 * present (draw keys) and who recorded it when.
 */
public record JointResult(long leadInspectionId, String targetKey, LocalDate formedOn, List<String> codes,
    Set<VerificationMethod> methods, @Nullable FollowUpKind followUp, @Nullable String followUpDetail,
    @Nullable String windowNote, @Nullable String remark, List<String> inspectorKeys, String recordedBy,
    OffsetDateTime recordedAt) {
  public JointResult {
    codes = List.copyOf(codes);
    methods = Set.copyOf(methods);
    inspectorKeys = List.copyOf(inspectorKeys);
    followUpDetail = blankToNull(followUpDetail);
    windowNote = blankToNull(windowNote);
    remark = blankToNull(remark);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
