package cn.suiji.report.domain;

import cn.suiji.inspection.domain.FollowUpKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A follow-up still open: overdue (past its due day), or a referral (移送/抄告) without feedback. */
public record OpenFollowUp(long followUpId, String taskCode, String departmentCode, String targetCode,
    String targetName, FollowUpKind kind, @Nullable LocalDate dueDate, @Nullable String receivingBody,
    @Nullable LocalDate referredOn) {}
