package cn.suiji.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A result as the clerk enters it (form, grid or import row), before {@link ResultCheck}: the date
 * it was formed (检查完成日期), the inspectors present, the findings per item, the methods used, the
 * result codes (short codes, in the order typed), the follow-ups entered with it, the note that
 * explains a date outside the task's window, and the 备注 printed in the 公告.
 */
public record ResultDraft(long inspectionId, LocalDate formedOn, List<PresentInspector> inspectors, List<Finding> findings,
    Set<VerificationMethod> methods, List<String> codes, List<FollowUpDraft> followUps, @Nullable String windowNote,
    @Nullable String remark) {
  public ResultDraft {
    inspectors = List.copyOf(inspectors);
    findings = List.copyOf(findings);
    methods = Set.copyOf(methods);
    codes = codes.stream().map(c -> c == null ? "" : c.strip().toUpperCase(java.util.Locale.ROOT))
        .filter(c -> !c.isEmpty()).distinct().toList();
    followUps = List.copyOf(followUps);
    windowNote = windowNote == null || windowNote.isBlank() ? null : windowNote.strip();
    remark = remark == null || remark.isBlank() ? null : remark.strip();
  }
}
