package cn.suiji.shared.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored entry of the audit log, as it is chained and verified. */
public record AuditEntry(
    long seq,
    Instant at,
    String user,
    String action,
    String entity,
    @Nullable String entityId,
    @Nullable String beforeDigest,
    @Nullable String afterDigest,
    @Nullable String detail,
    String prevHash,
    String hash) {}
