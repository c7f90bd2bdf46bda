package cn.suiji.shared.audit;

import cn.suiji.shared.audit.AuditVerification.Problem;
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
  private final AuditJournal journal;
  /** The entry that says the journal was begun: once there, a missing journal is never begun afresh. */
  static final String JOURNAL_START = "audit.journal.start";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Auditor.class);

  /** An auditor without an evidence journal (a database kept in memory). */
  public Auditor(AuditRepository repository, Clock clock, Supplier<String> currentUser) {
    this(repository, clock, currentUser, AuditJournal.none());
  }

  public Auditor(AuditRepository repository, Clock clock, Supplier<String> currentUser, AuditJournal journal) {
    this.repository = repository;
    this.clock = clock;
    this.currentUser = currentUser;
    this.journal = journal;
  }

  /** The evidence journal, told of each commit by the database (it is the database's commit hook). */
  public AuditJournal journal() {
    return journal;
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
    journal.stage(entry, event.before(), event.after());
    return entry;
  }

  /** Walks the whole chain and compares it with the evidence journal entry by entry. */
  public AuditVerification verify(DSLContext dsl) {
    return verify(dsl, null);
  }

  /**
   * As {@link #verify(DSLContext)}, and checks that entry {@code anchor.seq()} carries the hash
   * printed on paper or published ({@code audit verify --anchor SEQ:HASH}).
   */
  public AuditVerification verify(DSLContext dsl, @org.jspecify.annotations.Nullable Anchor anchor) {
    AuditVerifier verifier = new AuditVerifier();
    boolean[] anchorSeen = {false};
    try (AuditJournal.Reader reader = journal.reader()) {
      JournalCheck check = new JournalCheck(reader, journal.isKept());
      repository.forEachInOrder(dsl, e -> {
        long before = verifier.checked();
        if (!verifier.accept(e) || !check.accept(e, before)) {
          return false;
        }
        if (anchor != null && e.seq() == anchor.seq()) {
          anchorSeen[0] = true;
          return e.hash().equalsIgnoreCase(anchor.hash()) || verifier.fail(e.seq(), Problem.ANCHOR_MISMATCH);
        }
        return true;
      });
      if (check.failure() != null) {
        return check.failure(); // the walk stopped there: the chain's own verdict would say "truncated"
      }
      AuditRepository.Head head = repository.head(dsl);
      AuditVerification v = check.finish(verifier.finish(head.seq(), head.hash()), head.seq());
      if (v.isIntact() && anchor != null && !anchorSeen[0]) {
        return new AuditVerification(v.checked(), anchor.seq(), Problem.ANCHOR_MISMATCH);
      }
      return v;
    }
  }

  /**
   * Brings the journal in line with the database at open. A journal is begun for a file that
   * has none (its entries so far are covered from the next one on). After an unclean close a
   * torn last line is dropped, and entries the database committed but the journal did not get
   * (the process died between the two) are added without their payload. Returns the entries
   * the journal holds beyond the database's end: changes reported as done that the database lost.
   */
  public List<Lost> openJournal(DSLContext dsl, boolean closedUncleanly) {
    if (!journal.isKept()) {
      return List.of();
    }
    AuditRepository.Head head = repository.head(dsl);
    if (!journal.exists()) {
      if (repository.hasAction(dsl, JOURNAL_START)) {
        // it was kept and is gone: not begun afresh, so verification keeps saying so
        LOG.error("The evidence journal {} is missing", journal.file());
        return List.of();
      }
      journal.startAfter(head.seq(), head.hash());
      dsl.transaction(trx -> record(trx.dsl(), AuditEvent.of("audit.journal.start", "journal",
          String.valueOf(journal.file().getFileName()), null)));
      return List.of();
    }
    if (!closedUncleanly) {
      return List.of();
    }
    journal.dropTornTail();
    long[] last = {0};
    List<Lost> beyond = new java.util.ArrayList<>();
    journal.forEach(line -> {
      if (line.start() > 0) {
        last[0] = line.start() - 1;
      } else if (line.entry() != null) {
        last[0] = line.entry().seq();
        if (line.entry().seq() > head.seq()) {
          beyond.add(new Lost(line.entry(), line.before(), line.after()));
        }
      }
      return true;
    });
    if (head.seq() > last[0]) {
      List<AuditEntry> missing = new java.util.ArrayList<>();
      repository.forEachInOrder(dsl, e -> {
        if (e.seq() > last[0]) {
          missing.add(e);
        }
        return true;
      });
      journal.adopt(missing);
    }
    return beyond;
  }

  /** An entry the journal holds beyond the database's end, with the before and after text it kept. */
  public record Lost(AuditEntry entry, @org.jspecify.annotations.Nullable String before,
      @org.jspecify.annotations.Nullable String after) {}

  /**
   * Puts back an entry the database lost, exactly as the journal kept it (its number and hash
   * unchanged), in the caller's transaction; it must follow the chain's end and hold. The
   * journal is not written again: it has the entry.
   *
   * @throws cn.suiji.shared.SuijiException {@code recovery.chainGap} when it does not follow
   */
  public void restore(DSLContext tx, AuditEntry entry) {
    AuditRepository.Head head = repository.lockHead(tx);
    if (entry.seq() != head.seq() + 1 || !entry.prevHash().equals(head.hash())
        || !AuditChain.hashOf(entry).equals(entry.hash())) {
      throw new cn.suiji.shared.SuijiException("recovery.chainGap", entry.seq(), head.seq());
    }
    repository.append(tx, entry);
  }

  /** An entry of the chain as printed or published: its sequence number and hash. */
  public record Anchor(long seq, String hash) {
    /** Reads {@code SEQ:HASH}; null when it is not of that form. */
    public static @org.jspecify.annotations.Nullable Anchor parse(String text) {
      int colon = text.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      try {
        long seq = Long.parseLong(text.substring(0, colon).strip());
        String hash = text.substring(colon + 1).strip().toLowerCase(java.util.Locale.ROOT);
        return seq > 0 && hash.matches("[0-9a-f]{64}") ? new Anchor(seq, hash) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
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

  /** One page of the entries matching {@code query}, newest first, numbered below {@code beforeSeq}. */
  public List<AuditEntry> search(DSLContext dsl, AuditQuery query, @org.jspecify.annotations.Nullable Long beforeSeq,
      int limit) {
    return repository.search(dsl, query, beforeSeq, limit);
  }

  /** How many entries match {@code query}. */
  public int count(DSLContext dsl, AuditQuery query) {
    return repository.count(dsl, query);
  }

  /** The actions, operators and kinds of object the log holds. */
  public AuditFacets facets(DSLContext dsl) {
    return repository.facets(dsl);
  }

  /**
   * The full before and after text the evidence journal kept for entry {@code seq}; empty when
   * there is no journal (a database in memory) or it kept none for that entry. Only reads.
   */
  public java.util.Optional<AuditJournal.Payload> payload(long seq) {
    return journal.payloadOf(seq);
  }
}
