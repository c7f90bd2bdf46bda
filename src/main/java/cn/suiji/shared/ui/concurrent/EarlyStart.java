package cn.suiji.shared.ui.concurrent;

/**
 * Work the window's first frame does not need, started on a daemon thread before the window is
 * built, so it runs beside the JavaFX start instead of before it. Used for logging's set-up: the
 * configuration of Logback took 1.3 s of a 3.4 s first frame on a loaded 2-core machine; while it
 * runs, SLF4J hands other threads stand-in loggers that pass their events on once it is done
 * (docs/decisions/0016-start-up.md).
 */
public final class EarlyStart {
  private EarlyStart() {}

  /** Starts {@code work} on a daemon thread named {@code name}; returns at once. */
  public static void inBackground(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }
}
