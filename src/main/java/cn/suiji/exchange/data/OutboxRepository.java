package cn.suiji.exchange.data;

import static cn.suiji.shared.db.generated.Tables.OUTBOX_BATCH;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_ENTRY;
import static cn.suiji.shared.db.generated.Tables.OUTBOX_PAYLOAD;

import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.shared.db.generated.tables.records.OutboxBatchRecord;
import cn.suiji.shared.db.KeysetReads;
import cn.suiji.shared.outbox.OutboxKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The outbox (OUTBOX_ENTRY, each entry's payload in OUTBOX_PAYLOAD: written once, never rewritten
 * when the entry's state changes — V043) and its batches (OUTBOX_BATCH), read and written in the
 * caller's transaction. A batch holds its entries as a range of ids (V046, ADR 0032 addendum): an
 * entry stays PENDING in its row until the platform answers it, and is seen here as PACKAGED or
 * SENT in the batch whose range holds it. Every reader of an entry's state goes through this class.
 */
public final class OutboxRepository {

  public Optional<OutboxEntry> byKey(DSLContext tx, String key) {
    return entries(tx).where(OUTBOX_ENTRY.ENTRY_KEY.eq(key)).fetchOptional()
        .map(r -> entry(r, EntryState.PENDING.name().equals(r.get(OUTBOX_ENTRY.STATE)) ? Ranges.read(tx) : Ranges.NONE));
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
   * The highest id any batch's range reaches, 0 when there is no batch: every entry still PENDING
   * above it waits for a batch, every one at or below it is in the batch whose range holds it.
   */
  public long lastInBatch(DSLContext tx) {
    Long last = tx.select(DSL.max(OUTBOX_BATCH.LAST_ID)).from(OUTBOX_BATCH).fetchOne(0, Long.class);
    return last == null ? 0 : last;
  }

  /** Waiting for a batch: pending and above every batch's range. */
  private static Condition waiting(long above) {
    return OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name()).and(OUTBOX_ENTRY.ID.gt(above));
  }

  /**
   * The entries waiting for a batch, oldest first, at most {@code limit}: their ids first, from
   * the (state, id) index in order, then those entries with their payloads. (One query joining
   * the payloads makes H2 join and sort every waiting entry before it cuts.)
   */
  public List<OutboxEntry> waiting(DSLContext tx, int limit) {
    long above = lastInBatch(tx);
    List<Long> ids = tx.select(OUTBOX_ENTRY.ID).from(OUTBOX_ENTRY).where(waiting(above))
        .orderBy(OUTBOX_ENTRY.ID).limit(limit).fetch(OUTBOX_ENTRY.ID);
    if (ids.isEmpty()) {
      return List.of();
    }
    return entries(tx).where(waiting(above)).and(OUTBOX_ENTRY.ID.le(ids.get(ids.size() - 1)))
        .orderBy(OUTBOX_ENTRY.ID).fetch(r -> entry(r, Ranges.NONE));
  }

  /**
   * The highest id of any entry, 0 when none (the primary key's last, looked up directly): a
   * package takes the entries waiting up to it.
   */
  public long lastEntry(DSLContext tx) {
    Long last = tx.select(DSL.max(OUTBOX_ENTRY.ID)).from(OUTBOX_ENTRY).fetchOne(0, Long.class);
    return last == null ? 0 : last;
  }

  /** True when an entry waits above {@code above} (the first in the (state, id) index). */
  public boolean anyWaiting(DSLContext tx, long above) {
    return tx.fetchExists(tx.select(OUTBOX_ENTRY.ID).from(OUTBOX_ENTRY).where(waiting(above)));
  }

  /** How many entries wait with an id above {@code above} up to {@code upToId} (counted on the index). */
  public int countWaiting(DSLContext tx, long above, long upToId) {
    return tx.fetchCount(OUTBOX_ENTRY, waiting(above).and(OUTBOX_ENTRY.ID.le(upToId)));
  }

  /** The waiting entries of the kind in (above, upToId], oldest first, on the (state, kind, id) index (a package's draws). */
  public List<OutboxEntry> waitingOfKind(DSLContext tx, OutboxKind kind, long above, long upToId) {
    return entries(tx).where(waiting(above)).and(OUTBOX_ENTRY.KIND.eq(kind.name()))
        .and(OUTBOX_ENTRY.ID.le(upToId)).orderBy(OUTBOX_ENTRY.ID).fetch(r -> entry(r, Ranges.NONE));
  }

  /** The waiting entries with their payloads, for {@link KeysetReads} (ordered on the (state, id) index). */
  private static final String WAITING_SQL = "SELECT e.id, e.entry_key, e.kind, e.subject, e.sha256, e.created_at,"
      + " (SELECT p.payload FROM outbox_payload p WHERE p.entry_id = e.id) FROM outbox_entry e"
      + " WHERE e.state = 'PENDING' AND e.id > ? AND e.id <= ?%s ORDER BY e.state, e.id";

  /**
   * Hands each entry waiting in (above, upToId] to {@code each}, oldest first. Plain JDBC in
   * pieces of {@link KeysetReads#PIECE} (no jOOQ record per row, no result of 100,000 rows built
   * by H2 before the first): a package's entries are never all in memory. Returns how many.
   */
  public int eachWaiting(DSLContext tx, long above, long upToId, Consumer<OutboxEntry> each) {
    int[] n = {0};
    tx.connection(c -> KeysetReads.read(c, WAITING_SQL, "e.id", new Object[] {above, upToId}, 1, r -> {
      OffsetDateTime created = r.getObject(6, OffsetDateTime.class);
      each.accept(new OutboxEntry(r.getLong(1), r.getString(2), OutboxKind.valueOf(r.getString(3)), r.getString(4),
          r.getString(7), r.getString(5), EntryState.PENDING, null, null, created, created));
      n[0]++;
    }));
    return n[0];
  }

  /**
   * Accepts the batch's entries still awaiting an answer whose keys are given (every awaiting
   * entry when {@code keys} is null), a thousand keys a statement; returns how many changed.
   */
  public int accept(DSLContext tx, Batch batch, @Nullable List<String> keys, OffsetDateTime at) {
    if (keys == null) {
      return acceptSome(tx, batch, DSL.noCondition(), at);
    }
    int changed = 0;
    for (int from = 0; from < keys.size(); from += 1000) {
      changed += acceptSome(tx, batch, OUTBOX_ENTRY.ENTRY_KEY.in(keys.subList(from, Math.min(keys.size(), from + 1000))),
          at);
    }
    return changed;
  }

  private int acceptSome(DSLContext tx, Batch batch, Condition which, OffsetDateTime at) {
    return tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, EntryState.ACCEPTED.name())
        .set(OUTBOX_ENTRY.BATCH_ID, batch.id()).setNull(OUTBOX_ENTRY.REASON).set(OUTBOX_ENTRY.UPDATED_AT, at)
        .where(awaiting(tx, batch)).and(which).execute();
  }

  /** The batch's entries still awaiting an answer: pending in its range. */
  private static Condition awaiting(DSLContext tx, Batch batch) {
    Record2<Long, Long> range = tx.select(OUTBOX_BATCH.FIRST_ID, OUTBOX_BATCH.LAST_ID).from(OUTBOX_BATCH)
        .where(OUTBOX_BATCH.ID.eq(batch.id())).fetchSingle();
    return OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name()).and(OUTBOX_ENTRY.ID.between(range.value1(), range.value2()));
  }

  public List<OutboxEntry> all(DSLContext tx) {
    Ranges ranges = Ranges.read(tx);
    return entries(tx).orderBy(OUTBOX_ENTRY.ID).fetch(r -> entry(r, ranges));
  }

  /** The rejected entries, oldest first (a rejection is written on the entry: no range to read). */
  public List<OutboxEntry> rejected(DSLContext tx) {
    return entries(tx).where(OUTBOX_ENTRY.STATE.eq(EntryState.REJECTED.name())).orderBy(OUTBOX_ENTRY.ID)
        .fetch(r -> entry(r, Ranges.NONE));
  }

  /** The batch's entries, oldest first: those answered (they carry the batch) and those awaiting (in its range). */
  public List<OutboxEntry> ofBatch(DSLContext tx, Batch batch) {
    Ranges ranges = Ranges.read(tx);
    List<OutboxEntry> all = new ArrayList<>(entries(tx).where(OUTBOX_ENTRY.BATCH_ID.eq(batch.id()))
        .fetch(r -> entry(r, ranges)));
    all.addAll(entries(tx).where(awaiting(tx, batch)).fetch(r -> entry(r, ranges)));
    all.sort(Comparator.comparingLong(OutboxEntry::id));
    return all;
  }

  /**
   * The key and state of each of the batch's entries (answered ones as written, awaiting ones
   * PACKAGED or SENT), without their payloads: what a receipt is checked against.
   */
  public Map<String, EntryState> statesOfBatch(DSLContext tx, Batch batch) {
    Map<String, EntryState> states = new HashMap<>();
    tx.select(OUTBOX_ENTRY.ENTRY_KEY, OUTBOX_ENTRY.STATE).from(OUTBOX_ENTRY).where(OUTBOX_ENTRY.BATCH_ID.eq(batch.id()))
        .forEach(r -> states.put(r.value1(), EntryState.valueOf(r.value2())));
    EntryState awaiting = batch.awaiting();
    try (Cursor<Record1<String>> keys = tx.select(OUTBOX_ENTRY.ENTRY_KEY).from(OUTBOX_ENTRY).where(awaiting(tx, batch))
        .fetchSize(1000).fetchLazy()) {
      keys.forEach(r -> states.put(r.value1(), awaiting));
    }
    return states;
  }

  /**
   * Shows each entry of the batch (answered ones carrying it, awaiting ones in its range) to
   * {@code each} as its kind and payload, a thousand rows a fetch (a batch may hold 100,000).
   */
  public void eachOfBatch(DSLContext tx, Batch batch, java.util.function.BiConsumer<OutboxKind, String> each) {
    Record2<Long, Long> range = tx.select(OUTBOX_BATCH.FIRST_ID, OUTBOX_BATCH.LAST_ID).from(OUTBOX_BATCH)
        .where(OUTBOX_BATCH.ID.eq(batch.id())).fetchSingle();
    try (Cursor<Record2<String, String>> rows = tx.select(OUTBOX_ENTRY.KIND, OUTBOX_PAYLOAD.PAYLOAD).from(OUTBOX_ENTRY)
        .join(OUTBOX_PAYLOAD).on(OUTBOX_PAYLOAD.ENTRY_ID.eq(OUTBOX_ENTRY.ID))
        .where(OUTBOX_ENTRY.BATCH_ID.eq(batch.id()).or(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name())
            .and(OUTBOX_ENTRY.ID.between(range.value1(), range.value2()))))
        .fetchSize(1000).fetchLazy()) {
      rows.forEach(r -> each.accept(OutboxKind.valueOf(r.value1()), r.value2()));
    }
  }

  /** Rejects one entry of the batch with the platform's reason. */
  public void reject(DSLContext tx, String key, long batchId, String reason, OffsetDateTime at) {
    tx.update(OUTBOX_ENTRY).set(OUTBOX_ENTRY.STATE, EntryState.REJECTED.name()).set(OUTBOX_ENTRY.REASON, reason)
        .set(OUTBOX_ENTRY.BATCH_ID, batchId).set(OUTBOX_ENTRY.UPDATED_AT, at).where(OUTBOX_ENTRY.ENTRY_KEY.eq(key))
        .execute();
  }

  /**
   * Entries counted per kind and state with the oldest creation time, by kind then state: the
   * answered ones as written, the pending ones split by the batch range (if any) that holds them
   * — each batch's range counted on the (state, id) index, never row by row.
   */
  public List<StateCount> counts(DSLContext tx) {
    Map<OutboxKind, Map<EntryState, StateCount>> counts = new EnumMap<>(OutboxKind.class);
    tx.select(OUTBOX_ENTRY.KIND, OUTBOX_ENTRY.STATE, DSL.count(), DSL.min(OUTBOX_ENTRY.CREATED_AT))
        .from(OUTBOX_ENTRY).where(OUTBOX_ENTRY.STATE.ne(EntryState.PENDING.name()))
        .groupBy(OUTBOX_ENTRY.KIND, OUTBOX_ENTRY.STATE)
        .forEach(r -> add(counts, OutboxKind.valueOf(r.value1()), EntryState.valueOf(r.value2()), r.value3(), r.value4()));
    Ranges ranges = Ranges.read(tx);
    for (Range range : ranges.list) {
      count(tx, counts, range.first, range.last, range.state());
    }
    count(tx, counts, ranges.top + 1, Long.MAX_VALUE, EntryState.PENDING);
    List<StateCount> all = new ArrayList<>();
    counts.values().forEach(m -> all.addAll(m.values()));
    return all;
  }

  private static void count(DSLContext tx, Map<OutboxKind, Map<EntryState, StateCount>> counts, long first, long last,
      EntryState as) {
    tx.select(OUTBOX_ENTRY.KIND, DSL.count(), DSL.min(OUTBOX_ENTRY.CREATED_AT)).from(OUTBOX_ENTRY)
        .where(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name())).and(OUTBOX_ENTRY.ID.between(first, last))
        .groupBy(OUTBOX_ENTRY.KIND)
        .forEach(r -> add(counts, OutboxKind.valueOf(r.value1()), as, r.value2(), r.value3()));
  }

  private static void add(Map<OutboxKind, Map<EntryState, StateCount>> counts, OutboxKind kind, EntryState state,
      int n, OffsetDateTime oldest) {
    counts.computeIfAbsent(kind, k -> new EnumMap<>(EntryState.class)).merge(state,
        new StateCount(kind, state, n, oldest), (a, b) -> new StateCount(kind, state, a.count() + b.count(),
            a.oldest().isBefore(b.oldest()) ? a.oldest() : b.oldest()));
  }

  /**
   * Records a batch holding the entries waiting in (above, last]: one row, the entries stay as
   * they are (ADR 0032, addendum). The caller has checked that no batch was made above
   * {@code above} meanwhile and how many entries the range holds.
   */
  public long insertBatch(DSLContext tx, String key, Batch.Way way, int entries, long above, long last,
      OffsetDateTime at, @Nullable String fileName, @Nullable String manifestSha256) {
    return tx.insertInto(OUTBOX_BATCH)
        .set(OUTBOX_BATCH.BATCH_KEY, key)
        .set(OUTBOX_BATCH.WAY, way.name())
        .set(OUTBOX_BATCH.ENTRIES, entries)
        .set(OUTBOX_BATCH.CREATED_AT, at)
        .set(OUTBOX_BATCH.FILE_NAME, fileName)
        .set(OUTBOX_BATCH.MANIFEST_SHA256, manifestSha256)
        .set(OUTBOX_BATCH.FIRST_ID, above + 1)
        .set(OUTBOX_BATCH.LAST_ID, last)
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

  /** Records when the clerk handed a workbook batch over (the first time only); true when it changed. */
  public boolean markSent(DSLContext tx, long batchId, OffsetDateTime at) {
    return tx.update(OUTBOX_BATCH).set(OUTBOX_BATCH.SENT_AT, at).where(OUTBOX_BATCH.ID.eq(batchId))
        .and(OUTBOX_BATCH.SENT_AT.isNull()).execute() == 1;
  }

  /**
   * The batch each of the keys is in (answered entries carry it, pending ones lie in its range),
   * a thousand keys a statement; keys not in the outbox or not yet in a batch are left out.
   */
  public Map<String, Batch> batchesOf(DSLContext tx, java.util.Collection<String> keys) {
    Ranges ranges = Ranges.read(tx);
    List<String> all = new ArrayList<>(keys);
    Map<String, Long> batchIds = new HashMap<>();
    for (int from = 0; from < all.size(); from += 1000) {
      tx.select(OUTBOX_ENTRY.ID, OUTBOX_ENTRY.ENTRY_KEY, OUTBOX_ENTRY.STATE, OUTBOX_ENTRY.BATCH_ID).from(OUTBOX_ENTRY)
          .where(OUTBOX_ENTRY.ENTRY_KEY.in(all.subList(from, Math.min(all.size(), from + 1000)))).forEach(r -> {
            Long batchId = r.value4();
            if (EntryState.PENDING.name().equals(r.value3())) {
              Range in = ranges.holding(r.value1());
              batchId = in == null ? null : in.batchId;
            }
            if (batchId != null) {
              batchIds.put(r.value2(), batchId);
            }
          });
    }
    Map<Long, Batch> batches = new HashMap<>();
    for (Long id : new java.util.HashSet<>(batchIds.values())) {
      tx.selectFrom(OUTBOX_BATCH).where(OUTBOX_BATCH.ID.eq(id)).fetchOptional(this::batch).ifPresent(b -> batches.put(id, b));
    }
    Map<String, Batch> out = new HashMap<>();
    batchIds.forEach((key, id) -> out.put(key, batches.get(id)));
    return out;
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

  /** An entry as the caller sees it: a pending one in a batch's range is PACKAGED or SENT in that batch. */
  private static OutboxEntry entry(Record r, Ranges ranges) {
    long id = r.get(OUTBOX_ENTRY.ID);
    EntryState state = EntryState.valueOf(r.get(OUTBOX_ENTRY.STATE));
    Long batchId = r.get(OUTBOX_ENTRY.BATCH_ID);
    OffsetDateTime updated = r.get(OUTBOX_ENTRY.UPDATED_AT);
    Range in = state == EntryState.PENDING ? ranges.holding(id) : null;
    if (in != null) {
      state = in.state();
      batchId = in.batchId;
      updated = in.createdAt;
    }
    return new OutboxEntry(id, r.get(OUTBOX_ENTRY.ENTRY_KEY), OutboxKind.valueOf(r.get(OUTBOX_ENTRY.KIND)),
        r.get(OUTBOX_ENTRY.SUBJECT), r.get(OUTBOX_PAYLOAD.PAYLOAD), r.get(OUTBOX_ENTRY.SHA256), state,
        r.get(OUTBOX_ENTRY.REASON), batchId, r.get(OUTBOX_ENTRY.CREATED_AT), updated);
  }

  /** A batch's range of ids. */
  private record Range(long batchId, Batch.Way way, long first, long last, OffsetDateTime createdAt,
      @Nullable OffsetDateTime sentAt) {
    EntryState state() {
      return way == Batch.Way.HTTP || sentAt != null ? EntryState.SENT : EntryState.PACKAGED;
    }
  }

  /**
   * The ranges of the batches that may still hold a pending entry (those reaching at or above the
   * oldest pending entry), in order; they follow one another without overlap.
   */
  private static final class Ranges {
    static final Ranges NONE = new Ranges(List.of(), 0);
    final List<Range> list;
    final long top;

    Ranges(List<Range> list, long top) {
      this.list = list;
      this.top = top;
    }

    static Ranges read(DSLContext tx) {
      Long oldest = tx.select(OUTBOX_ENTRY.ID).from(OUTBOX_ENTRY).where(OUTBOX_ENTRY.STATE.eq(EntryState.PENDING.name()))
          .orderBy(OUTBOX_ENTRY.ID).limit(1).fetchOne(OUTBOX_ENTRY.ID);
      long top = Optional.ofNullable(tx.select(DSL.max(OUTBOX_BATCH.LAST_ID)).from(OUTBOX_BATCH)
          .fetchOne(0, Long.class)).orElse(0L);
      if (oldest == null) {
        return new Ranges(List.of(), top);
      }
      return new Ranges(tx.select(OUTBOX_BATCH.ID, OUTBOX_BATCH.WAY, OUTBOX_BATCH.FIRST_ID, OUTBOX_BATCH.LAST_ID,
              OUTBOX_BATCH.CREATED_AT, OUTBOX_BATCH.SENT_AT).from(OUTBOX_BATCH).where(OUTBOX_BATCH.LAST_ID.ge(oldest))
          .and(OUTBOX_BATCH.LAST_ID.ge(OUTBOX_BATCH.FIRST_ID)).orderBy(OUTBOX_BATCH.LAST_ID)
          .fetch(r -> new Range(r.value1(), Batch.Way.valueOf(r.value2()), r.value3(), r.value4(), r.value5(),
              r.value6())), top);
    }

    @Nullable Range holding(long id) {
      if (id > top) {
        return null;
      }
      int lo = 0;
      int hi = list.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Range r = list.get(mid);
        if (id < r.first) {
          hi = mid - 1;
        } else if (id > r.last) {
          lo = mid + 1;
        } else {
          return r;
        }
      }
      return null;
    }
  }

  private Batch batch(OutboxBatchRecord r) {
    return new Batch(r.getId(), r.getBatchKey(), Batch.Way.valueOf(r.getWay()), r.getEntries(), r.getCreatedAt(),
        r.getFileName(), r.getManifestSha256(), r.getAttempts(), r.getReceiptAt(), r.getAccepted(), r.getRejected(),
        r.getSentAt());
  }
}
