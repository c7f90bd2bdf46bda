package cn.suiji.shared.audit;

import cn.suiji.shared.audit.AuditVerification.Problem;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares the database's entries, offered in order, with the evidence journal line by line:
 * each entry the journal covers must be there with the same hash, the journal's own lines must
 * hold (their hash, their payload's digests), and the journal must hold nothing the database
 * lacks. Reports the first difference, naming the entry.
 */
final class JournalCheck {
  private final AuditJournal.Reader journal;
  private final boolean kept;
  private long firstCovered = 1;
  private AuditJournal.@Nullable Line pending;
  private @Nullable AuditVerification failure;
  private boolean started;

  JournalCheck(AuditJournal.Reader journal, boolean kept) {
    this.journal = journal;
    this.kept = kept;
  }

  /** Checks the database's next entry (already found sound in its own chain). */
  boolean accept(AuditEntry db, long checked) {
    if (!kept || failure != null) {
      return failure == null;
    }
    start(db.seq(), checked, true);
    if (failure != null) {
      return false;
    }
    if (db.seq() < firstCovered) {
      return true;
    }
    AuditJournal.Line line = take();
    if (line == null || line.entry() == null && !line.unreadable()) {
      return fail(db.seq(), Problem.NOT_IN_JOURNAL, checked);
    }
    AuditEntry j = line.entry();
    if (j == null || j.seq() < db.seq() || !sound(line)) {
      return fail(db.seq(), Problem.JOURNAL_DAMAGED, checked);
    }
    if (j.seq() > db.seq()) {
      pending = line;
      return fail(db.seq(), Problem.NOT_IN_JOURNAL, checked);
    }
    if (!j.hash().equals(db.hash())) {
      return fail(db.seq(), Problem.DIFFERS_FROM_JOURNAL, checked);
    }
    return true;
  }

  /** The first difference found so far, if any. */
  @Nullable AuditVerification failure() {
    return failure;
  }

  /** After the last database entry: the journal must hold nothing more. */
  AuditVerification finish(AuditVerification chain, long headSeq) {
    if (!kept || !chain.isIntact()) {
      return chain;
    }
    if (failure != null) {
      return failure;
    }
    start(headSeq + 1, chain.checked(), false);
    if (failure != null) {
      return failure;
    }
    AuditJournal.Line line = take();
    if (line != null) {
      long seq = line.entry() != null ? line.entry().seq() : headSeq + 1;
      return new AuditVerification(chain.checked(), seq, Problem.MISSING_FROM_DATABASE);
    }
    return chain;
  }

  /** Reads the journal's first line: a start line says from which entry it covers the chain. */
  private void start(long seq, long checked, boolean databaseHasEntries) {
    if (started) {
      return;
    }
    started = true;
    AuditJournal.Line first = journal.next();
    if (first == null) {
      if (databaseHasEntries) {
        fail(seq, Problem.JOURNAL_MISSING, checked);
      }
      return;
    }
    if (first.start() > 0) {
      firstCovered = first.start();
    } else {
      pending = first;
    }
  }

  private AuditJournal.@Nullable Line take() {
    AuditJournal.Line line = pending != null ? pending : journal.next();
    pending = null;
    return line;
  }

  /** A journal line holds: its fields give its hash and its payload gives its digests. */
  private static boolean sound(AuditJournal.Line line) {
    AuditEntry j = Objects.requireNonNull(line.entry());
    if (!AuditChain.hashOf(j).equals(j.hash())) {
      return false;
    }
    return line.adopted() || Objects.equals(AuditChain.digest(line.before()), j.beforeDigest())
        && Objects.equals(AuditChain.digest(line.after()), j.afterDigest());
  }

  private boolean fail(long seq, Problem problem, long checked) {
    failure = new AuditVerification(checked, seq, problem);
    return false;
  }
}
