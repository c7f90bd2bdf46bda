package cn.suiji.shared;

/**
 * How long work reports how far it got and learns that the user pressed cancel. Services take
 * one; the UI passes one bound to a progress bar, tests and the command line pass their own.
 */
public interface Progress {
  /** Work that nobody watches and nobody cancels. */
  Progress NONE = new Progress() {
    @Override
    public void update(long done, long total) {}

    @Override
    public boolean isCancelled() {
      return false;
    }
  };

  void update(long done, long total);

  boolean isCancelled();

  /**
   * The work entered a step whose length it cannot count (e.g. building indexes): {@code key}
   * names the step in the message bundles. The watcher may show it with an undetermined bar.
   */
  default void phase(String key) {}

  /** Throws {@link CancelledException} when cancel was pressed: the caller's transaction rolls back. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }

  /** Thrown out of a transaction to roll it back because the user cancelled. */
  final class CancelledException extends SuijiException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
      super("common.cancelled");
    }
  }
}
