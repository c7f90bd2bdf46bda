package cn.suiji;

import cn.suiji.app.SuijiApp;
import cn.suiji.cli.SuijiCommand;
import cn.suiji.shared.ui.concurrent.EarlyStart;
import org.slf4j.LoggerFactory;

/**
 * The entry point of {@code suiji.jar}. Not an {@code Application} subclass, so the JavaFX
 * runtime on the class path is accepted. No arguments, or {@code --db PATH} alone, opens the
 * window; anything else is the command line, which never touches the display.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length == 0 || (args.length == 2 && "--db".equals(args[0]))) {
      if (args.length == 2) {
        System.setProperty(SuijiApp.DB_PROPERTY, args[1]);
      }
      // logging's configuration runs beside the window's start, not before it (ADR 0016)
      EarlyStart.inBackground("suiji-logging", LoggerFactory::getILoggerFactory);
      javafx.application.Application.launch(SuijiApp.class);
      return;
    }
    System.exit(SuijiCommand.executeOnConsole(args));
  }
}
