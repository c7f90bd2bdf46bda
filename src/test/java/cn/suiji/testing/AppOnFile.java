package cn.suiji.testing;

import cn.suiji.app.SuijiApp;
import java.nio.file.Path;
import javafx.application.Application;
import org.jspecify.annotations.Nullable;
import org.testfx.api.FxToolkit;

/** The real application started by TestFX on a data file, and stopped again: what every flow test does around itself. */
public final class AppOnFile {
  private AppOnFile() {}

  /** Starts the application on {@code db} (the primary stage TestFX shares between classes). */
  public static Application start(Path db) throws Exception {
    System.setProperty(SuijiApp.DB_PROPERTY, db.toString());
    FxToolkit.registerPrimaryStage();
    return FxToolkit.setupApplication(SuijiApp.class);
  }

  /** Stops it (when started), closes every window it left and forgets the data file. */
  public static void stop(@Nullable Application app) throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }
}
