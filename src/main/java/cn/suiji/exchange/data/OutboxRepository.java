package cn.suiji.exchange.data;

import static cn.suiji.shared.db.generated.Tables.OUTBOX_BATCH;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_ENTRY;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_PAYLOAD;

import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.shared.db.generated.tables.records.OutboxBatchRecord;
import cn.suiji.shared.outbox.OutboxKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The outbox (OUTBOX_ENTRY, each entry's payload in OUTBOX_PAYLOAD: written once, never rewritten
 * when the entry's state changes — V043) and its batches (OUTBOX_BATCH), read and written in the
 * caller's transaction.
 */
public final class OutboxRepository {

  public Optional<OutboxEntry> byKey(DSLContext tx, String key) {
    return entries(tx).where(OUTBOX_ENTRY.ENTRY_KEY.eq(key)).fetchOptional(this::entry);
  }

  /** The entries with their payloads, for a where clause. */
  private static SelectJoinStep<Record> entries(DSLContext tx) {
    return tx.select(OUTBOX_ENTRY.fields()).select(OUTBOX_PAYLOAD.PAYLOAD).from(OUTBOX_ENTRY)
        .join(OUTBOX_PAYLOAD).on(OUTBOX_PAYLOAD.ENTRY_ID.eq(OUTBOX_ENTRY.ID));
  }

  public long insert(DSLContext tx, String key, OutboxKind kind, String subject, String payload, String sha256,
      OffsetDateTime at) {
    long id = tx.insertInto(OUTBOX_ENTRY)
        .set(OUTBOX_ENTRY.ENTRY_KEY, key)
        .set(OUTBOX_ENTRY.KIND, kind.name())
        .set(OUTBOX_ENTRY.SUBJECT, subject)
        .set(OUTBOX_ENTRY.SHA256, sha256)
        .set(OUTBOX_ENTRY.STATE, EntryState.PENDING.name())
        .set(OUTBOX_ENTRY.CREATED_AT, at)
        .set(OUTBOX_ENTRY.UPDATED_AT, at)
        .returning(OUTBOX_ENTRY.ID).fetchSingle().getId();
    tx.insertInto(OUTBOX_PAYLOAD).set(OUTBOX_PAYLOAD.ENTRY_ID, id).set(OUTBOX_PAYLOAD.PAYLOAD, payload).execute();
    return id;
  }

  /** Marks the subject's rejected entries resent; returns how many. */
  public int resendRejected(DSLContext tx, String subject, OffsetDateTime at) {
    return tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, EntryState.RESENT.name()).set(OUTBOX_ENTRY.UPDATED_AT, at)
        .where(OUTBOX_ENTRY.SUBJECT.eq(subject)).and(OUTBOX_ENTRY.STATE.eq(EntryState.REJECTED.name())).execute();
  }

  /**
   * Entries in the state, oldest first, at most {@code limit}: their ids first, from the (state,
   * id) index in order, then those entries with their payloads. (One query joining the payloads
   * makes H2 join and sort every entry in the state before it cuts: 100 HTTP batches of a
   * 100,000-entry outbox read it 100 times.)
   */
  public List<OutboxEntry> inState(DSLContext tx, EntryState state, int limit) {
    List<Long> ids = tx.select(OUTBOX_ENTRY.ID).from(OUTBOX_ENTRY).where(OUTBOX_ENTRY.STATE.eq(state.name()))
        .orderBy(OUTBOX_ENTRY.ID).limit(limit).fetch(OUTBOX_ENTRY.ID);
    if (ids.isEmpty()) {
      return List.of();
    }
    return entries(tx).where(OUTBOX_ENTRY.STATE.eq(state.name()))
        .and(OUTBOX_ENTRY.ID.between(ids.get(0), ids.get(ids.size() - 1))).orderBy(OUTBOX_ENTRY.ID).fetch(this::entry);
  }

  /** The highest id of a pending entry, 0 when none: a package takes the pending entries up to it. */
  public long lastPending(DSLContext tx) {
    Long last = tx.select(DSL.max(OUTBOX_ENTRY.ID)).from(OUTBOX_ENTRY)
        .where(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name())).fetchOne(0, Long.class);
    return last == null ? 0 : last;
  }

  /** The pending entries of the kind up to the id, oldest first (a package's draws, before its records). */
  public List<OutboxEntry> pendingOfKind(DSLContext tx, OutboxKind kind, long upToId) {
    return entries(tx).where(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name()))
        .and(OUTBOX_ENTRY.KIND.eq(kind.name())).and(OUTBOX_ENTRY.ID.le(upToId)).orderBy(OUTBOX_ENTRY.ID)
        .fetch(this::entry);
  }

  /**
   * Hands each pending entry up to the id to {@code each}, oldest first, read through a cursor a
   * thousand rows at a time: a package of 100,000 entries is never all in memory. Returns how many.
   */
  public int eachPending(DSLContext tx, long upToId, Consumer<OutboxEntry> each) {
    int n = 0;
    try (Cursor<Record> cursor = entries(tx)
        .where(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name())).and(OUTBOX_ENTRY.ID.le(upToId))
        .orderBy(OUTBOX_ENTRY.ID).fetchSize(1000).fetchLazy()) {
      for (Record r : cursor) {
        each.accept(entry(r));
        n++;
      }
    }
    return n;
  }

  /**
   * Puts every entry still pending with an id from {@code fromId} to {@code toId} in the batch with
   * the state, in one statement; returns how many moved (the caller compares it with what it sent).
   */
  public int putPendingInBatch(DSLContext tx, long fromId, long toId, long batchId, EntryState state,
      OffsetDateTime at) {
    return tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, state.name()).set(OUTBOX_ENTRY.BATCH_ID, batchId)
        .set(OUTBOX_ENTRY.UPDATED_AT, at)
        .where(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name())).and(OUTBOX_ENTRY.ID.between(fromId, toId))
        .execute();
  }

  /**
   * Accepts the batch's entries still awaiting an answer whose keys are given (every awaiting
   * entry when {@code keys} is null), a thousand keys a statement; returns how many changed.
   */
  public int accept(DSLContext tx, long batchId, @Nullable List<String> keys, OffsetDateTime at) {
    if (keys == null) {
      return acceptSome(tx, batchId, DSL.noCondition(), at);
    }
    int changed = 0;
    for (int from = 0; from < keys.size(); from += 1000) {
      changed += acceptSome(tx, batchId, OUTBOX_ENTRY.ENTRY_KEY.in(keys.subList(from, Math.min(keys.size(), from + 1000))),
          at);
    }
    return changed;
  }

  private int acceptSome(DSLContext tx, long batchId, Condition which, OffsetDateTime at) {
    return tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, EntryState.ACCEPTED.name())
        .setNull(OUTBOX_ENTRY.REASON).set(OUTBOX_ENTRY.UPDATED_AT, at)
        .where(OUTBOX_ENTRY.BATCH_ID.eq(batchId))
        .and(OUTBOX_ENTRY.STATE.in(EntryState.PACKAGED.name(), EntryState.SENT.name())).and(which).execute();
  }

  public List<OutboxEntry> all(DSLContext tx) {
    return entries(tx).orderBy(OUTBOX_ENTRY.ID).fetch(this::entry);
  }

  public List<OutboxEntry> ofBatch(DSLContext tx, long batchId) {
    return entries(tx).where(OUTBOX_ENTRY.BATCH_ID.eq(batchId)).orderBy(OUTBOX_ENTRY.ID)
        .fetch(this::entry);
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

  private OutboxEntry entry(Record r) {
    return new OutboxEntry(r.get(OUTBOX_ENTRY.ID), r.get(OUTBOX_ENTRY.ENTRY_KEY), OutboxKind.valueOf(r.get(OUTBOX_ENTRY.KIND)),
        r.get(OUTBOX_ENTRY.SUBJECT), r.get(OUTBOX_PAYLOAD.PAYLOAD), r.get(OUTBOX_ENTRY.SHA256),
        EntryState.valueOf(r.get(OUTBOX_ENTRY.STATE)), r.get(OUTBOX_ENTRY.REASON), r.get(OUTBOX_ENTRY.BATCH_ID),
        r.get(OUTBOX_ENTRY.CREATED_AT), r.get(OUTBOX_ENTRY.UPDATED_AT));
  }

  private Batch batch(OutboxBatchRecord r) {
    return new Batch(r.getId(), r.getBatchKey(), Batch.Way.valueOf(r.getWay()), r.getEntries(), r.getCreatedAt(),
        r.getFileName(), r.getManifestSha256(), r.getAttempts(), r.getReceiptAt(), r.getAccepted(), r.getRejected());
  }
}
