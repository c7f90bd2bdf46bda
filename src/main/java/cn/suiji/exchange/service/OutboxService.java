package cn.suiji.exchange.service;

import cn.suiji.exchange.domain.RecordRef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.suiji.exchange.data.OutboxRepository;
import cn.suiji.exchange.remote.Payloads;
import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.outbox.Outbox;
import cn.suiji.shared.outbox.OutboxKind;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The outbox (issue 14): the one owner of OUTBOX_ENTRY. Features add entries through
 * {@link Outbox} in their own transaction; the exchange screen and {@code suiji exchange outbox}
 * read the counts and the entries here. An entry is not audited on its own: the change it carries
 * is, in the same transaction, and the entry's key names that change.
 */
public final class OutboxService implements Outbox {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DSLContext dsl;
  private final OutboxRepository repository;
  private final Clock clock;

  public OutboxService(DSLContext dsl, OutboxRepository repository, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void add(DSLContext tx, OutboxKind kind, String key, String subject, Map<String, ?> payload) {
    String json = Payloads.canonical(payload);
    String sha = Payloads.sha256(json);
    Optional<OutboxEntry> old = repository.byKey(tx, key);
    if (old.isPresent()) {
      if (!old.get().sha256().equals(sha)) {
        throw new SuijiException("exchange.outbox.keyChanged", key);
      }
      return; // the same change replayed (a restore, a retried import): already on its way
    }
    OffsetDateTime now = now();
    repository.resendRejected(tx, subject, now);
    repository.insert(tx, key, kind, subject, json, sha, now);
  }

  /** Every entry, oldest first. */
  public List<OutboxEntry> entries() {
    return dsl.transactionResult(trx -> repository.all(trx.dsl()));
  }

  /** The entries the platform rejected (and not yet resent), oldest first: read alone, not among every entry. */
  public List<OutboxEntry> rejected() {
    return dsl.transactionResult(trx -> repository.rejected(trx.dsl()));
  }

  /** Entries per kind and state, with the oldest of each. */
  public List<StateCount> counts() {
    return dsl.transactionResult(trx -> repository.counts(trx.dsl()));
  }

  /** The last batch made, if any. */
  public Optional<Batch> lastBatch() {
    return dsl.transactionResult(trx -> repository.last(trx.dsl()));
  }

  /**
   * The record an entry carries (its task, inspection, draw or plan), read from its payload; empty
   * when the payload names no task (nothing to open).
   */
  public static Optional<RecordRef> recordOf(OutboxEntry e) {
    try {
      JsonNode p = JSON.readTree(e.payload());
      String task = p.path("task").asText("");
      if (e.kind() == OutboxKind.PLAN) {
        String department = p.path("department").asText("");
        String first = p.path("tasks").path(0).path("task").asText("");
        return department.isEmpty() || first.isEmpty() ? Optional.empty()
            : Optional.of(new RecordRef(e.kind(), first, null, null, department, p.path("year").asInt()));
      }
      if (task.isEmpty()) {
        return Optional.empty();
      }
      Long inspection = p.path("inspection").isNumber() ? p.path("inspection").asLong() : null;
      Long draw = p.path("draw").isNumber() ? p.path("draw").asLong() : null;
      return Optional.of(new RecordRef(e.kind(), task, inspection, draw, null, 0));
    } catch (java.io.IOException x) {
      return Optional.empty();
    }
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
