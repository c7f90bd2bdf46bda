package cn.suiji.joint.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the 联合检查总表: an inspection of the joint task in draw order, its target, the
 * department whose result it is (the lead's own, or the partner's it was merged from), the
 * result's date and codes with their labels, and the inspectors present; no result: the last
 * four are empty.
 */
public record SummaryRow(int drawOrder, String targetCode, String targetName, @Nullable String department,
    @Nullable LocalDate formedOn, String codes, String labels, String inspectors) {}
