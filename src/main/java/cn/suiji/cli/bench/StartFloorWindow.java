package cn.suiji.cli.bench;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.FirstFrame;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of {@code suiji bench start}: the least a JavaFX window can be — one label in a
 * window of the application's size, no stylesheet, no database — started the same way as the
 * application (a child JVM on the same class path, the same display) and timed the same way
 * ({@link FirstFrame}). The one class of the command line that uses JavaFX: it runs only in the
 * benchmark's child JVM, never in the command line's own process (ArchitectureTest says so).
 */
public final class StartFloorWindow extends Application {
  /** Starts the floor window (from {@link StartChild}, which is not an Application itself). */
  static void launchFloor() {
    Application.launch(StartFloorWindow.class);
  }

  @Override
  public void start(Stage stage) {
    Scene scene = new Scene(new StackPane(new Label(Messages.msg("cli.bench.start.hello"))), 1200, 780);
    FirstFrame.whenDrawn(scene, () -> {
      StartChild.mark(StartChild.FIRST_FRAME);
      Platform.exit();
    });
    stage.setTitle(Messages.msg("cli.bench.start.hello"));
    stage.setScene(scene);
    stage.show();
  }
}
