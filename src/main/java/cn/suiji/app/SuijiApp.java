package cn.suiji.app;

import atlantafx.base.theme.PrimerLight;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.CjkFonts;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.FxDialogService;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.ViewLoader;
import cn.suiji.shared.ui.concurrent.FxTaskExecutor;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The database is opened in {@link #init()}, off the FX thread; a
 * file held by another copy or written by a newer version ends in a clear message.
 */
public final class SuijiApp extends Application {
  /** System property naming the database file (set by {@code --db} and by tests). */
  public static final String DB_PROPERTY = "suiji.db";
  private static final Logger LOG = LoggerFactory.getLogger(SuijiApp.class);

  private @Nullable Services services;
  private @Nullable SuijiException openError;
  private String chosenFont = "";
  private final FxTaskExecutor executor = new FxTaskExecutor();
  private final Function<Messages, DialogService> dialogFactory;

  public SuijiApp() {
    this(FxDialogService::new);
  }

  /**
   * The application with other dialogs: TestFX flows pass a fake that answers the file choosers
   * (a native file dialog cannot be driven headless) through {@code FxToolkit.setupApplication(() -> …)}.
   */
  SuijiApp(Function<Messages, DialogService> dialogFactory) {
    this.dialogFactory = dialogFactory;
  }

  @Override
  public void init() {
    try {
      services = Services.open(DataLocation.resolve(System.getProperty(DB_PROPERTY)));
      chosenFont = services.settings().get(SettingsService.UI_FONT).orElse("");
    } catch (SuijiException e) {
      LOG.error("Could not open the database", e);
      openError = e;
    }
  }

  @Override
  public void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    Messages messages = Messages.current();
    DialogService dialogs = dialogFactory.apply(messages);
    if (services == null) {
      dialogs.showError(messages.get("app.error.title"), openError != null ? openError : new SuijiException("db.error.open", "?", "?"));
      Platform.exit();
      return;
    }
    Services s = services;
    MainWindowView main = new MainWindowView(s, messages, dialogs, executor, new ViewLoader(messages));
    Scene scene = new Scene(main.root(), 1200, 780);
    scene.getStylesheets().add(Styles.STYLESHEET);
    CjkFonts.pick(chosenFont, CjkFonts.installedFamilies())
        .ifPresentOrElse(f -> scene.getStylesheets().add(CjkFonts.stylesheetFor(f)),
            () -> LOG.warn("No font with Chinese glyphs found; install one, e.g. fonts-wqy-microhei"));
    stage.setTitle(messages.get("app.title"));
    stage.setScene(scene);
    if (dialogs instanceof FxDialogService fx) {
      fx.setOwner(stage);
    }
    // a draw attempt whose commitment was shown is not left open by closing the window
    stage.setOnCloseRequest(event -> {
      event.consume();
      main.leave(stage::close);
    });
    stage.show();
    main.shown();
    for (String notice : s.noticesOnOpen()) {
      dialogs.showInfo(messages.get("recovery.title"), notice);
    }
  }

  @Override
  public void stop() {
    executor.shutdown();
    if (services != null) {
      services.close();
    }
  }
}
