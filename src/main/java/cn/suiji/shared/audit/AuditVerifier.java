package cn.suiji.shared.audit;

import cn.suiji.shared.audit.AuditVerification.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Walks entries in sequence order and stops at the first that does not hold. Fed one entry at
 * a time so a long log is never held in memory.
 */
public final class AuditVerifier {
  private long expectedSeq = 1;
  private String previousHash = AuditChain.GENESIS;
  private long checked;
  private @Nullable AuditVerification failure;

  /** Checks the next entry; returns false once the chain is broken (later entries are ignored). */
  public boolean accept(AuditEntry entry) {
    if (failure != null) {
      return false;
    }
    if (entry.seq() != expectedSeq) {
      return fail(expectedSeq, Problem.MISSING);
    }
    if (!entry.prevHash().equals(previousHash)) {
      return fail(entry.seq(), Problem.BROKEN_LINK);
    }
    if (!AuditChain.hashOf(entry).equals(entry.hash())) {
      return fail(entry.seq(), Problem.EDITED);
    }
    checked++;
    expectedSeq++;
    previousHash = entry.hash();
    return true;
  }

  /** The verdict once every entry was offered, given the chain end recorded in the head row. */
  public AuditVerification finish(long headSeq, String headHash) {
    if (failure != null) {
      return failure;
    }
    if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
      return new AuditVerification(checked, expectedSeq, Problem.TRUNCATED);
    }
    return AuditVerification.intact(checked);
  }

  /** Entries checked so far. */
  long checked() {
    return checked;
  }

  boolean fail(long seq, Problem problem) {
    failure = new AuditVerification(checked, seq, problem);
    return false;
  }
}
