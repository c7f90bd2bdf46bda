package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/**
 * One recusal (回避) as the recusals screen and its export show it: the inspector (name, 执法证号,
 * department), the target (name, uscc or else regNo), why, whether declared or found, the note.
 */
public record Recusal(
    long id,
    long inspectorId,
    String inspectorName,
    @Nullable String certNo,
    String departmentName,
    long targetId,
    String targetName,
    String targetCode,
    RecusalReason reason,
    RecusalSource source,
    String note) {}
