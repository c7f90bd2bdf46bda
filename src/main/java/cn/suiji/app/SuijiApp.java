package cn.suiji.app;

import atlantafx.base.theme.PrimerLight;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.CjkFonts;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.FxDialogService;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.ViewLoader;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.EarlyStart;
import cn.suiji.shared.ui.concurrent.FirstFrame;
import cn.suiji.shared.ui.concurrent.FxTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window comes first — its frame and the home page's skeleton —
 * and the data file is opened behind it on a background task (Flyway's check, the journal, the
 * checks after an unclean close); then the screens are built on it (docs/decisions/0016). A file
 * held by another copy, refused after a crash or written by a newer version ends in a clear
 * message and the application closes, as before.
 */
public final class SuijiApp extends Application {
  /** System property naming the database file (set by {@code --db} and by tests). */
  public static final String DB_PROPERTY = "suiji.db";
  /** How long {@link #stop()} waits for a data file still opening, so it is closed, not abandoned. */
  private static final long OPENING_WAIT_SECONDS = 120;
  private static volatile @Nullable StartWatch watch;

  /** Completed with the open services (or null when opening failed), from the background task. */
  private final CompletableFuture<@Nullable Services> opened = new CompletableFuture<>();
  private @Nullable Services services;
  /** The file was closed (and compacted) while the window still showed ({@link #closeFile}). */
  private volatile boolean closedAtWindow;
  private final FxTaskExecutor executor = new FxTaskExecutor();
  private final Function<Messages, DialogService> dialogFactory;
  /** The CJK font families installed, and the one the window started with (before the file's setting is read). */
  private List<String> installed = List.of();
  private Optional<String> startFont = Optional.empty();

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

  /** For {@code suiji bench start}: the marks of this process's start-up go to {@code w}. */
  public static void watchStart(StartWatch w) {
    watch = w;
  }

  @Override
  public void start(Stage stage) {
    Messages messages = Messages.current();
    DialogService dialogs = dialogFactory.apply(messages);
    Path file = DataLocation.resolve(System.getProperty(DB_PROPERTY));
    String dataFileText = messages.get("status.dataFile", file);
    // the first frame is the window's shape in a few plain nodes; the real window replaces it at once
    Scene scene = new Scene(FirstPaint.build(messages, dataFileText), 1200, 780);
    stage.setTitle(messages.get("app.title"));
    stage.setScene(scene);
    if (dialogs instanceof FxDialogService fx) {
      fx.setOwner(stage);
    }
    StartWatch w = watch;
    FirstFrame.whenDrawn(scene, () -> {
      if (w != null) {
        w.firstFrame();
      }
      // the file opens on the other core while the window is built here
      CompletableFuture<MainWindowView> built = new CompletableFuture<>();
      openBehind(file, built, dialogs, messages, scene);
      try {
        built.complete(buildWindow(stage, scene, messages, dialogs, dataFileText, w));
      } catch (RuntimeException e) {
        built.completeExceptionally(e); // the open's task does not wait for a window that never comes
        throw e;
      }
    });
    stage.show();
  }

  /** Builds the main window (its frame and the home page's skeleton) in place of the first paint. */
  private MainWindowView buildWindow(Stage stage, Scene scene, Messages messages, DialogService dialogs,
      String dataFileText, @Nullable StartWatch w) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    MainWindowView main = new MainWindowView(messages, dialogs, executor, new ViewLoader(messages), dataFileText);
    scene.getStylesheets().add(Styles.STYLESHEET);
    // the font chosen in settings is read once the file is open; until then the first CJK one installed
    installed = CjkFonts.installedFamilies();
    startFont = CjkFonts.pick("", installed);
    startFont.ifPresentOrElse(f -> scene.getStylesheets().add(CjkFonts.stylesheetFor(f)),
        () -> LoggerFactory.getLogger(SuijiApp.class).warn("No font with Chinese glyphs found; install one, e.g. fonts-wqy-microhei"));
    scene.setRoot(main.root());
    // a draw attempt whose commitment was shown is not left open by closing the window
    stage.setOnCloseRequest(event -> {
      event.consume();
      main.leave(() -> closeFile(stage, main, messages));
    });
    if (w != null) {
      main.setOnHomeFilled(() -> {
        w.homeFilled();
        Platform.exit();
      });
    }
    return main;
  }

  /**
   * Opens the data file on a background task, reads the first screen ahead once the window is
   * built, then attaches the window to it (or says why not and exits).
   */
  private void openBehind(Path file, CompletableFuture<MainWindowView> built, DialogService dialogs, Messages messages,
      Scene scene) {
    EarlyStart.inBackground("suiji-warm-up", Database::warmUp); // beside H2's open, on the other core
    executor.execute(BackgroundTask.of(progress -> open(file, built))
        .onSuccess(o -> {
          Services s = o.services();
          services = s;
          Optional<String> font = startFont;
          CjkFonts.pick(o.font(), installed).filter(f -> !font.equals(Optional.of(f))).ifPresent(f -> {
            font.ifPresent(old -> scene.getStylesheets().remove(CjkFonts.stylesheetFor(old)));
            scene.getStylesheets().add(CjkFonts.stylesheetFor(f));
          });
          MainWindowView main = built.join();
          MainWindowView.Prepared prepared = o.prepared();
          if (prepared != null) {
            main.attach(s, prepared);
          } else {
            main.attach(s);
          }
          for (String notice : s.noticesOnOpen()) {
            dialogs.showInfo(messages.get("recovery.title"), notice);
          }
        })
        .onFailure(e -> {
          dialogs.showError(messages.get("app.error.title"), e instanceof SuijiException se ? se
              : new SuijiException(e, "db.error.open", file, String.valueOf(e.getMessage())));
          Platform.exit();
        }));
  }

  /** Runs on a background thread: opens the file, and says so to {@link #stop()} either way. */
  private Opened open(Path file, CompletableFuture<MainWindowView> built) {
    Services s;
    try {
      s = Services.open(file);
      opened.complete(s);
    } catch (RuntimeException e) {
      opened.complete(null); // logged by the executor, shown by the failure handler
      throw e;
    }
    String font = s.settings().get(SettingsService.UI_FONT).orElse("");
    MainWindowView.Prepared prepared = null;
    try {
      prepared = built.join().prepare(s);
    } catch (RuntimeException e) {
      // the window then reads the same again the ordinary way, and says what failed there
      LoggerFactory.getLogger(SuijiApp.class).warn("Reading the first screen ahead failed", e);
    }
    return new Opened(s, font, prepared);
  }

  /**
   * Closes the window; when closing the file will rewrite it whole after a session that grew it
   * (docs/decisions/0030), the window stays, greyed, with 正在整理数据文件 in its status bar
   * until that is done on a background task, so the clerk does not take a closed window for a
   * closed file.
   */
  private void closeFile(Stage stage, MainWindowView main, Messages messages) {
    Services s = services;
    if (s == null || !s.database().compactsAtClose()) {
      stage.close();
      return;
    }
    main.closing(messages.get("status.compacting"));
    executor.execute(BackgroundTask.of(progress -> {
      s.close();
      closedAtWindow = true;
      return Boolean.TRUE;
    }).onSuccess(done -> stage.close()).onFailure(e -> stage.close()));
  }


  /** The open data file, the font chosen in its settings, and the first screen read ahead (null: read it again). */
  private record Opened(Services services, String font, MainWindowView.@Nullable Prepared prepared) {}

  @Override
  public void stop() {
    Services s = services;
    if (s == null) {
      // the window was closed while the file was still opening: wait for it, then close it, so
      // the next start does not take it for a file left by a crash
      s = opened.completeOnTimeout(null, OPENING_WAIT_SECONDS, TimeUnit.SECONDS).join();
    }
    executor.shutdown();
    if (s != null && !closedAtWindow) {
      s.close();
    }
  }
}
