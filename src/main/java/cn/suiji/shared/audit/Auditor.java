package cn.suiji.shared.audit;

import cn.suiji.shared.audit.data.AuditRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Appends to the audit log inside the caller's transaction, so a change and its entry are
 * saved together or not at all. Every service that changes data calls {@link #record}.
 */
public final class Auditor {
  private final AuditRepository repository;
  private final Clock clock;
  private final Supplier<String> currentUser;

  public Auditor(AuditRepository repository, Clock clock, Supplier<String> currentUser) {
    this.repository = repository;
    this.clock = clock;
    this.currentUser = currentUser;
  }

  /** Appends one entry chained to the last; must be called inside the change's transaction. */
  public AuditEntry record(DSLContext tx, AuditEvent event) {
    AuditRepository.Head head = repository.lockHead(tx);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AuditEntry unsigned = new AuditEntry(head.seq() + 1, at, currentUser.get(), event.action(), event.entity(),
        event.entityId(), AuditChain.digest(event.before()), AuditChain.digest(event.after()),
        truncate(event.detail()), head.hash(), "");
    AuditEntry entry = withHash(unsigned, AuditChain.hashOf(unsigned));
    repository.append(tx, entry);
    return entry;
  }

  /** Walks the whole chain. */
  public AuditVerification verify(DSLContext dsl) {
    AuditVerifier verifier = new AuditVerifier();
    repository.forEachInOrder(dsl, verifier::accept);
    AuditRepository.Head head = repository.head(dsl);
    return verifier.finish(head.seq(), head.hash());
  }

  /** The newest entries, newest first. */
  public List<AuditEntry> latest(DSLContext dsl, int limit) {
    return repository.latest(dsl, limit);
  }

  private static AuditEntry withHash(AuditEntry e, String hash) {
    return new AuditEntry(e.seq(), e.at(), e.user(), e.action(), e.entity(), e.entityId(), e.beforeDigest(),
        e.afterDigest(), e.detail(), e.prevHash(), hash);
  }

  private static @org.jspecify.annotations.Nullable String truncate(@org.jspecify.annotations.Nullable String detail) {
    return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  /** The entries about one entity, oldest first. */
  public List<AuditEntry> entriesFor(DSLContext dsl, String entity, String entityId) {
    return repository.entriesFor(dsl, entity, entityId);
  }

  /** The entries about every entity of one kind, oldest first. */
  public List<AuditEntry> entriesFor(DSLContext dsl, String entity) {
    return repository.entriesFor(dsl, entity);
  }
}
