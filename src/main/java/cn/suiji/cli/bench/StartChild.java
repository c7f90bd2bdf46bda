package cn.suiji.cli.bench;

import cn.suiji.Launcher;
import cn.suiji.app.StartWatch;
import cn.suiji.app.SuijiApp;

/**
 * One start of {@code suiji bench start}, in its own JVM under the benchmark's display. Usage:
 * {@code StartChild app DB} starts the application as {@code suiji --db DB} does and prints
 * {@code FIRST_FRAME <nanoTime>} when its first frame is drawn and {@code HOME_FILLED <nanoTime>}
 * when the home page's figures are in, then the application closes itself cleanly;
 * {@code StartChild hello} starts the floor, {@link StartFloorWindow}, and prints its
 * {@code FIRST_FRAME}. The times are {@link System#nanoTime()}, which on Linux, Windows and macOS
 * is one clock for every process of the machine: the parent subtracts its own reading taken just
 * before it started this JVM.
 */
public final class StartChild {
  /** The prefix of the line printed when the first frame is drawn. */
  public static final String FIRST_FRAME = "FIRST_FRAME ";
  /** The prefix of the line printed when the home page's figures are in. */
  public static final String HOME_FILLED = "HOME_FILLED ";

  private StartChild() {}

  public static void main(String[] args) {
    if (args[0].equals("hello")) {
      StartFloorWindow.launchFloor();
      return;
    }
    SuijiApp.watchStart(new StartWatch() {
      @Override
      public void firstFrame() {
        mark(FIRST_FRAME);
      }

      @Override
      public void homeFilled() {
        mark(HOME_FILLED);
      }
    });
    Launcher.main(new String[] {"--db", args[1]});
  }

  /** Prints a mark with the time now; flushed at once, the parent reads it as it comes. */
  static void mark(String prefix) {
    System.out.println(prefix + System.nanoTime());
    System.out.flush();
  }
}
