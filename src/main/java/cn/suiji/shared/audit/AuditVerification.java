package cn.suiji.shared.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the chain: how many entries were checked and, when it is broken,
 * the first entry that does not hold and why.
 */
public record AuditVerification(long checked, @Nullable Long brokenSeq, @Nullable Problem problem) {

  /** Why an entry does not hold. */
  public enum Problem {
    /** The entry's fields no longer give its hash: it was edited. */
    EDITED,
    /** The entry does not follow the previous one: entries before it were deleted or edited. */
    BROKEN_LINK,
    /** A sequence number is missing: the entry before this one was deleted. */
    MISSING,
    /** The chain ends before its recorded end: the last entries were deleted. */
    TRUNCATED,
    /** The entry is in the database but not in the evidence journal: it was added behind the application's back. */
    NOT_IN_JOURNAL,
    /** The entry differs from the journal's copy: it was rewritten (and the chain re-hashed). */
    DIFFERS_FROM_JOURNAL,
    /** The journal holds the entry but the database does not: the database lost it, or it was deleted. */
    MISSING_FROM_DATABASE,
    /** A line of the journal does not hold (edited, or cut). */
    JOURNAL_DAMAGED,
    /** The journal file beside the data file is gone. */
    JOURNAL_MISSING,
    /** The entry does not carry the hash printed as the anchor, or is not there. */
    ANCHOR_MISMATCH
  }

  public static AuditVerification intact(long checked) {
    return new AuditVerification(checked, null, null);
  }

  public boolean isIntact() {
    return problem == null;
  }
}
