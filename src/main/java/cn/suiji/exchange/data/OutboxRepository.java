package cn.suiji.exchange.data;

import static cn.suiji.shared.db.generated.Tables.OUTBOX_BATCH;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_ENTRY;

import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.shared.db.generated.tables.records.OutboxBatchRecord;
import cn.suiji.shared.db.generated.tables.records.OutboxEntryRecord;
import cn.suiji.shared.outbox.OutboxKind;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** The outbox (OUTBOX_ENTRY) and its batches (OUTBOX_BATCH), read and written in the caller's transaction. */
public final class OutboxRepository {

  public Optional<OutboxEntry> byKey(DSLContext tx, String key) {
    return tx.selectFrom(OUTBOX_ENTRY).where(OUTBOX_ENTRY.ENTRY_KEY.eq(key)).fetchOptional(this::entry);
  }

  public long insert(DSLContext tx, String key, OutboxKind kind, String subject, String payload, String sha256,
      OffsetDateTime at) {
    return tx.insertInto(OUTBOX_ENTRY)
        .set(OUTBOX_ENTRY.ENTRY_KEY, key)
        .set(OUTBOX_ENTRY.KIND, kind.name())
        .set(OUTBOX_ENTRY.SUBJECT, subject)
        .set(OUTBOX_ENTRY.PAYLOAD, payload)
        .set(OUTBOX_ENTRY.SHA256, sha256)
        .set(OUTBOX_ENTRY.STATE, EntryState.PENDING.name())
        .set(OUTBOX_ENTRY.CREATED_AT, at)
        .set(OUTBOX_ENTRY.UPDATED_AT, at)
        .returning(OUTBOX_ENTRY.ID).fetchSingle().getId();
  }

  /** Marks the subject's rejected entries resent; returns how many. */
  public int resendRejected(DSLContext tx, String subject, OffsetDateTime at) {
    return tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, EntryState.RESENT.name()).set(OUTBOX_ENTRY.UPDATED_AT, at)
        .where(OUTBOX_ENTRY.SUBJECT.eq(subject)).and(OUTBOX_ENTRY.STATE.eq(EntryState.REJECTED.name())).execute();
  }

  /** Entries in the state, oldest first, at most {@code limit}. */
  public List<OutboxEntry> inState(DSLContext tx, EntryState state, int limit) {
    return tx.selectFrom(OUTBOX_ENTRY).where(OUTBOX_ENTRY.STATE.eq(state.name())).orderBy(OUTBOX_ENTRY.ID)
        .limit(limit).fetch(this::entry);
  }

  public List<OutboxEntry> all(DSLContext tx) {
    return tx.selectFrom(OUTBOX_ENTRY).orderBy(OUTBOX_ENTRY.ID).fetch(this::entry);
  }

  public List<OutboxEntry> ofBatch(DSLContext tx, long batchId) {
    return tx.selectFrom(OUTBOX_ENTRY).where(OUTBOX_ENTRY.BATCH_ID.eq(batchId)).orderBy(OUTBOX_ENTRY.ID)
        .fetch(this::entry);
  }

  /** Puts the entries, still pending, in the batch with the state (a thousand ids a statement); returns how many moved. */
  public int putInBatch(DSLContext tx, List<Long> ids, long batchId, EntryState state, OffsetDateTime at) {
    int moved = 0;
    for (int from = 0; from < ids.size(); from += 1000) {
      moved += putSome(tx, ids.subList(from, Math.min(ids.size(), from + 1000)), batchId, state, at);
    }
    return moved;
  }

  private int putSome(DSLContext tx, Collection<Long> ids, long batchId, EntryState state, OffsetDateTime at) {
    return tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, state.name()).set(OUTBOX_ENTRY.BATCH_ID, batchId)
        .set(OUTBOX_ENTRY.UPDATED_AT, at)
        .where(OUTBOX_ENTRY.ID.in(ids)).and(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name())).execute();
  }

  public void answer(DSLContext tx, long id, EntryState state, @Nullable String reason, OffsetDateTime at) {
    tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, state.name()).set(OUTBOX_ENTRY.REASON, reason)
        .set(OUTBOX_ENTRY.UPDATED_AT, at).where(OUTBOX_ENTRY.ID.eq(id)).execute();
  }

  /** Entries counted per kind and state with the oldest creation time, by kind then state. */
  public List<StateCount> counts(DSLContext tx) {
    return tx.select(OUTBOX_ENTRY.KIND, OUTBOX_ENTRY.STATE, DSL.count(), DSL.min(OUTBOX_ENTRY.CREATED_AT))
        .from(OUTBOX_ENTRY).groupBy(OUTBOX_ENTRY.KIND, OUTBOX_ENTRY.STATE)
        .fetch(r -> new StateCount(OutboxKind.valueOf(r.value1()), EntryState.valueOf(r.value2()), r.value3(),
            r.value4()))
        .stream().sorted(java.util.Comparator.comparing(StateCount::kind).thenComparing(StateCount::state)).toList();
  }

  public long insertBatch(DSLContext tx, String key, Batch.Way way, int entries, OffsetDateTime at,
      @Nullable String fileName, @Nullable String manifestSha256) {
    return tx.insertInto(OUTBOX_BATCH)
        .set(OUTBOX_BATCH.BATCH_KEY, key)
        .set(OUTBOX_BATCH.WAY, way.name())
        .set(OUTBOX_BATCH.ENTRIES, entries)
        .set(OUTBOX_BATCH.CREATED_AT, at)
        .set(OUTBOX_BATCH.FILE_NAME, fileName)
        .set(OUTBOX_BATCH.MANIFEST_SHA256, manifestSha256)
        .returning(OUTBOX_BATCH.ID).fetchSingle().getId();
  }

  public Optional<Batch> batch(DSLContext tx, String key) {
    return tx.selectFrom(OUTBOX_BATCH).where(OUTBOX_BATCH.BATCH_KEY.eq(key)).fetchOptional(this::batch);
  }

  /** Batches of the way without a receipt, oldest first. */
  public List<Batch> unanswered(DSLContext tx, Batch.Way way) {
    return tx.selectFrom(OUTBOX_BATCH).where(OUTBOX_BATCH.WAY.eq(way.name())).and(OUTBOX_BATCH.RECEIPT_AT.isNull())
        .orderBy(OUTBOX_BATCH.ID).fetch(this::batch);
  }

  public Optional<Batch> last(DSLContext tx) {
    return tx.selectFrom(OUTBOX_BATCH).orderBy(OUTBOX_BATCH.ID.desc()).limit(1).fetchOptional(this::batch);
  }

  public int batchCount(DSLContext tx) {
    return tx.fetchCount(OUTBOX_BATCH);
  }

  public void attempted(DSLContext tx, long batchId) {
    tx.update(OUTBOX_BATCH).set(OUTBOX_BATCH.ATTEMPTS, OUTBOX_BATCH.ATTEMPTS.plus(1))
        .where(OUTBOX_BATCH.ID.eq(batchId)).execute();
  }

  /** Records the receipt's time and the batch's totals (counted from its entries). */
  public void receipted(DSLContext tx, long batchId, OffsetDateTime at) {
    int accepted = tx.fetchCount(OUTBOX_ENTRY, OUTBOX_ENTRY.BATCH_ID.eq(batchId)
        .and(OUTBOX_ENTRY.STATE.eq(EntryState.ACCEPTED.name())));
    int rejected = tx.fetchCount(OUTBOX_ENTRY, OUTBOX_ENTRY.BATCH_ID.eq(batchId)
        .and(OUTBOX_ENTRY.STATE.in(EntryState.REJECTED.name(), EntryState.RESENT.name())));
    tx.update(OUTBOX_BATCH).set(OUTBOX_BATCH.RECEIPT_AT, DSL.coalesce(OUTBOX_BATCH.RECEIPT_AT, DSL.val(at)))
        .set(OUTBOX_BATCH.ACCEPTED, accepted).set(OUTBOX_BATCH.REJECTED, rejected)
        .where(OUTBOX_BATCH.ID.eq(batchId)).execute();
  }

  private OutboxEntry entry(OutboxEntryRecord r) {
    return new OutboxEntry(r.getId(), r.getEntryKey(), OutboxKind.valueOf(r.getKind()), r.getSubject(), r.getPayload(),
        r.getSha256(), EntryState.valueOf(r.getState()), r.getReason(), r.getBatchId(), r.getCreatedAt(),
        r.getUpdatedAt());
  }

  private Batch batch(OutboxBatchRecord r) {
    return new Batch(r.getId(), r.getBatchKey(), Batch.Way.valueOf(r.getWay()), r.getEntries(), r.getCreatedAt(),
        r.getFileName(), r.getManifestSha256(), r.getAttempts(), r.getReceiptAt(), r.getAccepted(), r.getRejected());
  }
}
