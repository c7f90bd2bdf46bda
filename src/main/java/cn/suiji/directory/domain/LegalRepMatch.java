package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/**
 * A proposal of the same-name check (查找同名): an inspector whose name equals a target's legal
 * representative (after {@link PersonNames#normalise}) and who has no recusal for that target yet.
 * The clerk confirms it (a recusal with source FOUND) or leaves it.
 */
public record LegalRepMatch(long inspectorId, String inspectorName, @Nullable String certNo, String departmentName,
    long targetId, String targetName, String targetCode, String legalRep) {}
