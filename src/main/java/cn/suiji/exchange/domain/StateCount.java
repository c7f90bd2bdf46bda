package cn.suiji.exchange.domain;

import cn.suiji.shared.outbox.OutboxKind;
import java.time.OffsetDateTime;

/** Entries of one kind in one state, and since when the oldest of them waits. */
public record StateCount(OutboxKind kind, EntryState state, int count, OffsetDateTime oldest) {}
