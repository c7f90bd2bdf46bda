package cn.suiji.exchange.domain;

import cn.suiji.shared.outbox.OutboxKind;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One thing the province must learn: its idempotency key, kind, subject, the JSON payload sent and
 * its SHA-256, its state (with the platform's reason when rejected) and batch.
 */
public record OutboxEntry(long id, String key, OutboxKind kind, String subject, String payload, String sha256,
    EntryState state, @Nullable String reason, @Nullable Long batchId, OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
