package cn.suiji.report.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An inspection outside the random draws (indicator 14): 专项检查, 投诉举报 or 转办交办.
 *
 * @param targetCode the target's credit code or registration number, when it has one
 * @param source where the lead came from (the complaint's number, the assigning body), optional
 */
public record OtherInspection(long id, String departmentCode, OtherInspectionKind kind, LocalDate inspectedOn,
    String targetName, @Nullable String targetCode, String result, @Nullable String source) {}
