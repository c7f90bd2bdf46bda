package cn.suiji.app;

import cn.suiji.admin.service.AuditLogService;
import cn.suiji.admin.service.BackupService;
import cn.suiji.admin.ui.AboutView;
import cn.suiji.admin.ui.AboutViewModel;
import cn.suiji.admin.ui.AuditLogView;
import cn.suiji.admin.ui.AuditLogViewModel;
import cn.suiji.admin.ui.CalendarView;
import cn.suiji.admin.ui.CalendarViewModel;
import cn.suiji.admin.ui.FirstStartView;
import cn.suiji.admin.ui.FirstStartViewModel;
import cn.suiji.admin.ui.OperatorSwitchViewModel;
import cn.suiji.admin.ui.SettingsView;
import cn.suiji.admin.ui.SettingsViewModel;
import cn.suiji.imports.ui.ImportMappingMemory;
import cn.suiji.imports.ui.ImportView;
import cn.suiji.imports.ui.ImportViewModel;
import cn.suiji.directory.ui.DepartmentsView;
import cn.suiji.directory.ui.DepartmentsViewModel;
import cn.suiji.directory.ui.ItemsView;
import cn.suiji.directory.ui.ItemsViewModel;
import cn.suiji.directory.ui.InspectorsView;
import cn.suiji.directory.ui.InspectorsViewModel;
import cn.suiji.directory.ui.RecusalsView;
import cn.suiji.directory.ui.RecusalsViewModel;
import cn.suiji.directory.ui.TargetsView;
import cn.suiji.directory.ui.TargetsViewModel;
import cn.suiji.draw.ui.DrawWizardView;
import cn.suiji.draw.ui.DrawWizardViewModel;
import cn.suiji.draw.ui.DrawsView;
import cn.suiji.draw.ui.DrawsViewModel;
import cn.suiji.shared.ui.CjkFonts;
import cn.suiji.home.ui.HomeSkeleton;
import cn.suiji.home.ui.HomeView;
import cn.suiji.home.ui.HomeViewModel;
import cn.suiji.home.ui.HomeViewModel.Destination;
import cn.suiji.home.ui.HomeViewModel.Screen;
import cn.suiji.inspection.ui.NoticesView;
import cn.suiji.inspection.ui.ResultsView;
import cn.suiji.publish.ui.DeadlinesView;
import cn.suiji.exchange.domain.RecordRef;
import cn.suiji.exchange.ui.SyncView;
import cn.suiji.exchange.ui.SyncViewModel;
import cn.suiji.joint.ui.JointView;
import cn.suiji.joint.ui.JointViewModel;
import cn.suiji.publish.ui.DeadlinesViewModel;
import cn.suiji.report.ui.EvaluationView;
import cn.suiji.report.ui.EvaluationViewModel;
import cn.suiji.report.render.StatsPdf;
import cn.suiji.report.ui.StatsView;
import cn.suiji.report.ui.StatsViewModel;
import cn.suiji.inspection.ui.ResultsViewModel;
import cn.suiji.inspection.ui.NoticesViewModel;
import cn.suiji.plan.ui.PlanView;
import cn.suiji.plan.ui.PlanViewModel;
import cn.suiji.rules.render.RulesPdf;
import cn.suiji.rules.ui.RulesView;
import cn.suiji.rules.ui.RulesViewModel;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PdfPrinting;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.PdfPreviewOpener;
import cn.suiji.shared.ui.PdfPreviews;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.ViewLoader;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/**
 * The main window: navigation on the left (only screens that exist), the chosen screen in
 * the middle, and a status bar with the data file, the user and the last backup. At start-up it
 * is shown before the data file is open — its frame and the home page's skeleton — and filled in
 * by {@link #attach} once the file is open (docs/decisions/0016-start-up.md).
 */
final class MainWindowView {
  private @Nullable Services services;
  private final Messages messages;
  private final DialogService dialogs;
  private final TaskExecutor executor;
  private final ViewLoader loader;
  private final Parent root;
  private final PdfPreviewOpener previews;
  private @Nullable OperatorSwitchViewModel operator;
  /** Run once, the first time the home page's figures are in (the start-up benchmark's mark). */
  private @Nullable Runnable onHomeFilled;

  @FXML private BorderPane rootPane;
  @FXML private Label countyTitle;
  @FXML private ListView<Page> navigation;
  @FXML private ScrollPane contentScroll;
  @FXML private StackPane content;
  @FXML private Label dataFile;
  @FXML private ComboBox<String> operatorChoice;
  @FXML private Label lastBackup;
  /**
   * Asked before the shown screen is left (another page, the window closing), when the screen
   * has something that must not be left half done (the draw wizard's open attempt); it runs the
   * given action once the screen may be left, or never when the clerk stays. Null: leave at once.
   */
  private @Nullable Consumer<Runnable> leaving;
  private boolean reverting;
  /** Where the home page asked to go (a screen at a task); read once by the next screen built. */
  private @Nullable Destination pending;
  /** A rejected entry's record the results page opens at (from 同步). */
  private @Nullable RecordRef pendingRecord;
  /** The home page's state read ahead at start-up ({@link #prepare}); taken by the first home page built. */
  private @Nullable HomeViewModel preparedHome;

  /** The window on an open data file; {@link #shown()} then decides first start or home. */
  MainWindowView(Services services, Messages messages, DialogService dialogs, TaskExecutor executor, ViewLoader loader) {
    this(messages, dialogs, executor, loader, "");
    use(services);
  }

  /**
   * The window's frame while the data file is still opening: header, navigation (disabled),
   * status bar with the file's path, and the home page's skeleton; {@link #attach} fills it in.
   */
  MainWindowView(Messages messages, DialogService dialogs, TaskExecutor executor, ViewLoader loader, String dataFileText) {
    this.messages = messages;
    this.dialogs = dialogs;
    this.executor = executor;
    this.loader = loader;
    this.root = loader.load(this);
    this.previews = new PdfPreviews(PdfPrinting.system(), executor, dialogs, messages, loader,
        () -> root.getScene() == null ? null : root.getScene().getWindow());
    dataFile.setText(dataFileText);
    navigation.setDisable(true);
    operatorChoice.setDisable(true);
    content.getChildren().setAll(HomeSkeleton.opening(messages));
  }

  /** The data file is open: the screens are built on it, and first start or home is shown. */
  void attach(Services opened) {
    use(opened);
    shown();
  }

  /**
   * The data file is open and {@link #prepare} has read what the window shows first: first start
   * or home is shown at once, with no further read.
   */
  void attach(Services opened, Prepared prepared) {
    use(opened);
    preparedHome = prepared.home();
    begin(prepared.start());
  }

  /**
   * Reads, on the background thread that opened the file, what the first screen shows (the status
   * bar, first start or not, the home page's figures), so the home page is filled in the pulse
   * that shows it rather than after two more trips to a background thread.
   */
  Prepared prepare(Services opened) {
    Start start = new Start(status(opened), !opened.settings().setupDone() && opened.departments().all().isEmpty());
    HomeViewModel home = null;
    if (!start.firstStart()) {
      home = homeViewModel(opened);
      home.readAhead();
    }
    return new Prepared(start, home);
  }

  /** What {@link #prepare} read. */
  record Prepared(Start start, @Nullable HomeViewModel home) {}

  private void use(Services opened) {
    this.services = opened;
    OperatorSwitchViewModel vm = new OperatorSwitchViewModel(opened.settings(), executor, dialogs, messages);
    this.operator = vm;
    operatorChoice.setItems(vm.names());
    operatorChoice.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String name) {
        return vm.display(name);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    operatorChoice.valueProperty().bindBidirectional(vm.currentProperty());
    operatorChoice.setDisable(false);
    navigation.setDisable(false);
    navigation.refresh(); // the cells take their ids now
  }

  /** Runs {@code action} once, when the home page first shows its figures. */
  void setOnHomeFilled(Runnable action) {
    this.onHomeFilled = action;
  }

  private Services services() {
    Services s = services;
    if (s == null) {
      throw new IllegalStateException("the data file is not open yet");
    }
    return s;
  }

  private OperatorSwitchViewModel operator() {
    OperatorSwitchViewModel o = operator;
    if (o == null) {
      throw new IllegalStateException("the data file is not open yet");
    }
    return o;
  }

  Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    navigation.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(Page page, boolean empty) {
        super.updateItem(page, empty);
        setText(empty || page == null ? null : messages.get(page.titleKey()));
        // ids only once the file is open: a screen cannot be opened from the skeleton, and
        // whatever looks for "#nav-…" (the TestFX flows) waits until it can
        setId(empty || page == null || services == null ? null : "nav-" + page.id());
      }
    });
    navigation.getItems().setAll(pages());
    operatorChoice.setId("operatorChoice");
    navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, page) -> {
      if (page == null || reverting) {
        return;
      }
      Consumer<Runnable> guard = leaving;
      if (guard == null || old == null) {
        show(page);
        return;
      }
      // stay on the page until its screen lets go, then switch
      select(old);
      guard.accept(() -> {
        select(page);
        show(page);
      });
    });
  }

  private void select(Page page) {
    reverting = true;
    try {
      navigation.getSelectionModel().select(page);
    } finally {
      reverting = false;
    }
  }

  private void show(Page page) {
    leaving = null;
    try {
      content.getChildren().setAll(page.screen().get());
      contentScroll.setVvalue(0);
      contentScroll.setHvalue(0);
    } finally {
      pending = null;
    }
  }

  /**
   * Opens a screen the home page points at, through the navigation (so the shown screen may
   * still ask before it is left); the screen built then starts at the destination's task.
   */
  private void open(Destination d) {
    String id = switch (d.screen()) {
      case PLAN -> "plan";
      case DRAW -> "draw";
      case DRAWS -> "draws";
      case NOTICES -> "notices";
      case DEPARTMENTS -> "departments";
      case ITEMS -> "items";
      case TARGETS -> "targets";
      case INSPECTORS -> "inspectors";
      case DEADLINES -> "deadlines";
    };
    navigation.getItems().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(page -> {
      pending = d;
      navigation.getSelectionModel().select(page);
    });
  }

  /** The pending destination's task if it is for {@code screen}. */
  private @Nullable Destination pendingFor(Screen screen) {
    Destination d = pending;
    return d != null && d.screen() == screen && d.taskCode() != null ? d : null;
  }

  private Parent planPage() {
    PlanViewModel vm = new PlanViewModel(services().plans(), executor, dialogs, messages, services().clock());
    Destination d = pendingFor(Screen.PLAN);
    if (d != null && d.departmentCode() != null && d.taskCode() != null) {
      vm.focus(d.departmentCode(), d.year(), d.taskCode());
    }
    PlanView view = new PlanView(vm, loader, messages);
    leaving = view::leave; // unsaved edits are not dropped without asking
    return view.root();
  }

  private Parent noticesPage() {
    NoticesViewModel vm = new NoticesViewModel(services().notices(), services().noticeFiles(), executor, dialogs,
        messages, previews, services().clock());
    Destination d = pendingFor(Screen.NOTICES);
    if (d != null && d.taskCode() != null) {
      vm.focusTask(d.taskCode());
    }
    return new NoticesView(vm, loader, messages).root();
  }

  private Parent resultsPage() {
    ResultsViewModel vm = new ResultsViewModel(services().results(), services().resultCodes(), services().followUps(),
        services().notices(), services().resultImporter(), dialogs, executor, messages);
    RecordRef r = pendingRecord;
    pendingRecord = null;
    if (r != null) {
      vm.focus(r.taskCode(), r.inspectionId());
    }
    return new ResultsView(vm, loader, messages).root();
  }

  /**
   * Opens the record of an entry the platform rejected (the 同步 screen): a result or publication
   * on the results page at its inspection, a draw list on the draws page at its task, a plan on
   * the plan page at its first task — through the navigation, as the home page's cards do.
   */
  private void openRecord(RecordRef r) {
    switch (r.kind()) {
      case DRAW -> open(new Destination(Screen.DRAWS, r.taskCode(), null, 0));
      case PLAN -> open(new Destination(Screen.PLAN, r.taskCode(), r.departmentCode(), r.year()));
      case RESULT, PUBLICATION -> navigation.getItems().stream().filter(p -> p.id().equals("results")).findFirst()
          .ifPresent(page -> {
            pendingRecord = r;
            navigation.getSelectionModel().select(page);
          });
    }
  }

  private Parent drawsPage() {
    DrawsViewModel vm = new DrawsViewModel(services().draw(), executor, dialogs, messages, previews);
    Destination d = pendingFor(Screen.DRAWS);
    if (d != null && d.taskCode() != null) {
      vm.focus(d.taskCode());
    }
    return new DrawsView(vm, loader).root();
  }

  /** Runs {@code proceed} once the shown screen may be left (the window is about to close). */
  void leave(Runnable proceed) {
    Consumer<Runnable> guard = leaving;
    if (guard == null) {
      proceed.run();
    } else {
      guard.accept(proceed);
    }
  }

  private Parent drawPage() {
    DrawWizardViewModel vm = new DrawWizardViewModel(services().draw(), executor, dialogs, messages, previews);
    Destination d = pendingFor(Screen.DRAW);
    if (d != null && d.taskCode() != null) {
      vm.focus(d.taskCode());
    }
    DrawWizardView view = new DrawWizardView(vm, loader);
    leaving = view::leave;
    return view.root();
  }

  private List<Page> pages() {
    return List.of(
        new Page("home", "nav.home", this::homePage),
        new Page("targets", "nav.targets", () -> new TargetsView(new TargetsViewModel(services().targets(), services().targetEdit(),
            new TargetOutcomesFromResults(services().results(), messages), executor, dialogs, messages), loader, messages).root()),
        new Page("items", "nav.items", () -> new ItemsView(new ItemsViewModel(services().items(), services().departments(),
            executor, dialogs, messages, services().clock()), loader, messages).root()),
        new Page("inspectors", "nav.inspectors", () -> new InspectorsView(new InspectorsViewModel(services().inspectors(), executor, dialogs, messages), loader).root()),
        new Page("recusals", "nav.recusals", () -> new RecusalsView(new RecusalsViewModel(services().recusals(), executor, dialogs, messages), loader, messages).root()),
        new Page("import", "nav.import", this::importPage),
        new Page("plan", "nav.plan", this::planPage),
        new Page("draw", "nav.draw", this::drawPage),
        new Page("draws", "nav.draws", this::drawsPage),
        new Page("notices", "nav.notices", this::noticesPage),
        new Page("results", "nav.results", this::resultsPage),
        new Page("deadlines", "nav.deadlines", () -> new DeadlinesView(new DeadlinesViewModel(services().deadlines(),
            services().publish(), (task, day, out, progress) -> {
              var a = services().resultAnnouncements().announce(task, day);
              services().noticeFiles().resultAnnouncement(a, out, progress);
              return messages.get("cli.publish.announced", a.number(), a.title(), a.results().rows().size(), out);
            }, (task, out, progress) -> {
              var done = services().publicExport().export(task, out);
              return messages.get("cli.publish.exported", done.rows(), out);
            }, executor, dialogs, messages), loader, messages).root()),
        new Page("stats", "nav.stats", () -> new StatsView(new StatsViewModel(services().stats(),
            services().watchList(), executor, dialogs, messages, previews, StatsPdf.standard()), loader, messages).root()),
        // issue 15: the 14-indicator evaluation beside the statistics (ADR 0031)
        new Page("evaluation", "nav.evaluation", () -> new EvaluationView(new EvaluationViewModel(
            services().evaluation(), services().stats(), executor, dialogs, messages), loader, messages).root()),
        // issue 14: 同步 holds the province's outbox and the joint tasks exchanged with other departments (ADR 0038)
        new Page("sync", "nav.sync", this::syncPage),
        new Page("departments", "nav.departments", () -> new DepartmentsView(new DepartmentsViewModel(
            services().departments(), executor, dialogs, messages), loader, messages).root()),
        new Page("rules", "nav.rules", () -> new RulesView(new RulesViewModel(services().rules(), executor, dialogs, messages, RulesPdf.standard(), previews), loader).root()),
        new Page("calendar", "nav.calendar", () -> new CalendarView(new CalendarViewModel(services().calendar(), executor, dialogs, messages), loader, messages).root()),
        new Page("audit", "nav.audit", () -> new AuditLogView(new AuditLogViewModel(new AuditLogService(services().auditor(), services().database().dsl()), executor, dialogs, messages), loader).root()),
        new Page("settings", "nav.settings", this::settingsPage),
        new Page("about", "nav.about", () -> new AboutView(AboutViewModel.ofThisJvm(services().database().file(), messages),
            loader).root()));
  }

  /**
   * 同步: the province's outbox (the exchange's screen) and, in a second tab, the joint tasks
   * exchanged with other departments' data files (ADR 0038) — one navigation entry, as the
   * navigation has room for no more at 1024×700.
   */
  private Parent syncPage() {
    Parent province = new SyncView(new SyncViewModel(services().outbox(), services().exchange(), services().platform(),
        services().transmittals(), previews, this::openRecord, executor, dialogs, messages), loader).root();
    Parent joint = new JointView(new JointViewModel(services().joint(), executor, dialogs, messages), loader).root();
    javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
        new javafx.scene.control.Tab(messages.get("joint.tab.province"), province),
        new javafx.scene.control.Tab(messages.get("joint.tab.joint"), joint));
    tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("syncTabs");
    return tabs;
  }

  private Parent homePage() {
    HomeViewModel ahead = preparedHome;
    preparedHome = null;
    HomeViewModel vm = ahead != null ? ahead : homeViewModel(services());
    Runnable filled = onHomeFilled;
    if (filled != null) {
      vm.loadedProperty().addListener((obs, old, loaded) -> {
        if (loaded && onHomeFilled != null) {
          onHomeFilled = null;
          filled.run();
        }
      });
    }
    return new HomeView(vm, loader, messages).root();
  }

  private HomeViewModel homeViewModel(Services opened) {
    return new HomeViewModel(opened.home(), executor, messages, this::open,
        () -> opened.deadlines().countsByDepartment(opened.deadlines().today()));
  }

  private Parent importPage() {
    ImportMappingMemory memory = new ImportMappingMemory(services().settings()::get, services().settings()::set);
    ImportViewModel vm = new ImportViewModel(services()::importer, services().importKinds(), memory,
        services().departments()::all, executor, dialogs, messages);
    return new ImportView(vm, loader, messages).root();
  }

  private Parent settingsPage() {
    SettingsViewModel vm = new SettingsViewModel(services().settings(), services().backups(), CjkFonts.installedFamilies(), executor,
        dialogs, messages);
    vm.setOnSaved(this::refreshStatus);
    return new SettingsView(vm, loader).root();
  }

  /** Called once the window is on screen: first start, or the home page (decided off the FX thread). */
  void shown() {
    executor.execute(BackgroundTask.of(p -> new Start(status(services()),
            !services().settings().setupDone() && services().departments().all().isEmpty()))
        .onSuccess(this::begin));
  }

  private void begin(Start start) {
    showStatus(start.status());
    if (start.firstStart()) {
      navigation.setDisable(true);
      FirstStartViewModel vm = new FirstStartViewModel(services().setup(), executor, dialogs, messages);
      vm.setOnDone(this::afterSetup);
      content.getChildren().setAll(new FirstStartView(vm, loader).root());
    } else {
      navigation.getSelectionModel().selectFirst();
      operator().load();
      backupIfDue();
    }
  }

  private void afterSetup() {
    navigation.setDisable(false);
    refreshStatus();
    navigation.getSelectionModel().clearSelection();
    navigation.getSelectionModel().selectFirst();
  }

  private void refreshStatus() {
    operator().load();
    executor.execute(BackgroundTask.of(p -> status(services())).onSuccess(this::showStatus));
  }

  /** Reads what the header and status bar show; runs in the background. */
  private Status status(Services opened) {
    LocalDate today = LocalDate.now(opened.clock());
    var last = opened.backups().last();
    String backup = last.map(b -> b.stale(today)
            ? messages.get("status.backupStale", b.at().toLocalDate(), BackupService.STALE_DAYS)
            : messages.get("status.lastBackup", b.at().toLocalDate()))
        .orElse(messages.get("status.noBackup"));
    return new Status(
        opened.settings().countyName().orElse(""),
        messages.get("status.dataFile", opened.database().file().map(Object::toString).orElse(messages.get("status.inMemory"))),
        backup, last.map(b -> b.stale(today)).orElse(true));
  }

  /** The file is being closed (and compacted): the window takes no more input and says so. */
  void closing(String text) {
    dataFile.setText(text);
    root().setDisable(true);
  }

  private void showStatus(Status s) {
    countyTitle.setText(s.county());
    dataFile.setText(s.dataFile());
    lastBackup.setText(s.lastBackup());
    if (s.backupStale()) {
      if (!lastBackup.getStyleClass().contains(Styles.WARNING)) {
        lastBackup.getStyleClass().add(Styles.WARNING);
      }
    } else {
      lastBackup.getStyleClass().remove(Styles.WARNING);
    }
  }

  /** The day's automatic copy, made in the background once the window shows; the status bar then says so. */
  private void backupIfDue() {
    executor.execute(BackgroundTask.of(p -> services().backups().dailyIfDue()).onSuccess(made -> {
      if (made.isPresent()) {
        refreshStatus();
      }
    }));
  }

  private record Status(String county, String dataFile, String lastBackup, boolean backupStale) {}

  private record Start(Status status, boolean firstStart) {}
}
