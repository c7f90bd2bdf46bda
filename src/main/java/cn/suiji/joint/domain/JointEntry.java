package cn.suiji.joint.domain;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.VerificationMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partner's result as its clerk enters it for one inspection of a received joint task: the task,
 * the target (draw key or code), the date, the codes, the methods, the follow-up a problem code
 * asks for, the note for a date outside the window and the 备注.
 */
public record JointEntry(String taskCode, String target, LocalDate formedOn, List<String> codes,
    Set<VerificationMethod> methods, @Nullable FollowUpKind followUp, @Nullable String followUpDetail,
    @Nullable String windowNote, @Nullable String remark) {
  public JointEntry {
    codes = List.copyOf(codes);
    methods = Set.copyOf(methods);
  }
}
