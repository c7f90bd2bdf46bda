package cn.suiji.shared.ui.concurrent;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: runs an action once a window's first frame is on the screen. The
 * first layout pulse after {@code show()} lays out and hands the frame to the renderer; JavaFX
 * starts the next pulse only after that frame is rendered, so the action runs at the second
 * pulse (one is requested, as a still window has no reason for another). The product's window
 * and the benchmark's "hello" floor are timed the same way.
 */
public final class FirstFrame {
  private FirstFrame() {}

  /** Runs {@code action} on the FX thread once the first frame of {@code scene}'s window has been drawn. */
  public static void whenDrawn(Scene scene, Runnable action) {
    int[] pulses = {0};
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
        return;
      }
      pulses[0]++;
      if (pulses[0] == 1) {
        Platform.requestNextPulse();
      } else {
        scene.removePostLayoutPulseListener(listener[0]);
        action.run();
      }
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
