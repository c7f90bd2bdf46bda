package cn.suiji.shared.db;

/**
 * Told when a transaction has ended, while it is still the only writer: after a commit (the data
 * already forced to the disk) or after a rollback. The audit journal appends the committed
 * transaction's entries here, so the journal's order is the commits' order.
 */
public interface CommitHook {
  /** The transaction of this thread committed; its data is on the disk. */
  void committed();

  /** The transaction of this thread was rolled back: forget what it left for {@link #committed}. */
  void rolledBack();

  /** A nested transaction (a savepoint) begins: where to go back to if it is rolled back. */
  int mark();

  /** The nested transaction begun at {@code mark} was rolled back: forget what it left since. */
  void rolledBackTo(int mark);
}
