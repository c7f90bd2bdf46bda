package cn.suiji.plan.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.PlanTasks;
import cn.suiji.plan.domain.TaskChoices;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.plan.render.PlanTable;
import cn.suiji.plan.service.PlanService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskHandle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jspecify.annotations.Nullable;

/**
 * The annual-plan screen's state: the department and year chosen, the plan's tasks (filtered by
 * type, status and text; the View sorts), the task editor ({@link TaskEditorModel}) and the
 * exports — the plan table (.xlsx or .docx) and the table's current view. Reads and writes run
 * through the {@link TaskExecutor}.
 */
public final class PlanViewModel {
  private final PlanService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final Clock clock;
  private final TaskEditorModel editor;

  private final ObservableList<Option<String>> departments = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Option<String>> department = new SimpleObjectProperty<>();
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Integer> year = new SimpleObjectProperty<>();
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final FilteredList<Row> shown = new FilteredList<>(rows, r -> true);
  private final ObservableList<Option<TaskType>> types = FXCollections.observableArrayList();
  private final ObservableList<Option<TaskStatus>> statuses = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Option<TaskType>> typeFilter = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable Option<TaskStatus>> statusFilter = new SimpleObjectProperty<>();
  private final StringProperty filterText = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable Row> selected = new SimpleObjectProperty<>();
  private final StringProperty planTitle = new SimpleStringProperty("");
  private final StringProperty countText = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty exporting = new SimpleBooleanProperty(false);
  private final StringProperty planCode = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable LocalDate> filedDate = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable LocalDate> publishedDate = new SimpleObjectProperty<>();
  private final StringProperty planInfoMessage = new SimpleStringProperty("");
  private final BooleanProperty planChosen = new SimpleBooleanProperty(false);
  private PlanInfo planInfoBaseline = new PlanInfo("", null, null);
  private @Nullable TaskHandle export;
  private boolean choosing;
  /** Where the screen opens (from the home page): department, year and task; used by the first load. */
  private @Nullable Focus focus;

  public PlanViewModel(PlanService service, TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.clock = clock;
    this.editor = new TaskEditorModel(messages);
    types.add(new Option<>(null, messages.get("plan.filter.anyType")));
    for (TaskType t : TaskType.values()) {
      types.add(new Option<>(t, messages.label(t)));
    }
    statuses.add(new Option<>(null, messages.get("plan.filter.anyStatus")));
    for (TaskStatus s : TaskStatus.values()) {
      statuses.add(new Option<>(s, messages.label(s)));
    }
    typeFilter.set(types.get(0));
    statusFilter.set(statuses.get(0));
    typeFilter.addListener((obs, old, now) -> refilter());
    statusFilter.addListener((obs, old, now) -> refilter());
    filterText.addListener((obs, old, now) -> refilter());
    selected.addListener((obs, old, row) -> {
      if (row != null) {
        editor.edit(row.task(), row.provinceNumber(), row.drawnOn());
      }
    });
    department.addListener((obs, old, now) -> {
      if (!choosing && now != null && keepsEdits(department, old)) {
        loadYears(now.value());
      }
    });
    year.addListener((obs, old, now) -> {
      if (!choosing && now != null && keepsEdits(year, old)) {
        loadPlan();
      }
    });
  }

  /**
   * Opens the screen at a task (the home page's rows): the next {@link #load} shows the plan of
   * {@code departmentCode} and {@code year} with the task {@code taskCode} chosen.
   */
  public void focus(String departmentCode, int year, String taskCode) {
    this.focus = new Focus(departmentCode, year, taskCode);
  }

  /** Reads the departments, then the first one's latest plan (or the plan and task focused on). */
  public void load() {
    busy.set(true);
    Focus f = focus;
    focus = null;
    executor.execute(BackgroundTask.of(p -> {
          List<Department> all = service.departments();
          String first = f != null ? f.departmentCode() : all.isEmpty() ? null : all.get(0).code();
          List<Integer> planYears = first == null ? List.of() : service.years(first);
          return new Start(all, first, planYears);
        })
        .onSuccess(start -> {
          busy.set(false);
          choosing = true;
          departments.setAll(start.departments().stream().map(d -> new Option<>(d.code(), d.name())).toList());
          department.set(departments.stream().filter(o -> o.value() != null && o.value().equals(start.first()))
              .findFirst().orElse(departments.isEmpty() ? null : departments.get(0)));
          choosing = false;
          showYears(start.years(), f);
        })
        .onFailure(this::failed));
  }

  private void loadYears(@Nullable String code) {
    if (code == null) {
      return;
    }
    executor.execute(BackgroundTask.of(p -> service.years(code)).onSuccess(y -> showYears(y, null))
        .onFailure(this::failed));
  }

  /** Offers the years with a plan and this year ± 1; chooses the latest year with a plan (or the focused one). */
  private void showYears(List<Integer> planYears, @Nullable Focus f) {
    int now = LocalDate.now(clock).getYear();
    TreeSet<Integer> all = new TreeSet<>(planYears);
    all.add(now - 1);
    all.add(now);
    all.add(now + 1);
    choosing = true;
    years.setAll(new ArrayList<>(all.descendingSet()));
    if (f != null && !years.contains(f.year())) {
      years.add(f.year());
    }
    year.set(f != null ? Integer.valueOf(f.year()) : planYears.isEmpty() ? now : planYears.get(0));
    choosing = false;
    loadPlan(f == null ? null : f.taskCode());
  }

  /** Reads the chosen department's plan of the chosen year and what the editor offers. */
  public void loadPlan() {
    loadPlan(null);
  }

  private void loadPlan(@Nullable String select) {
    Option<String> d = department.get();
    Integer y = year.get();
    if (d == null || d.value() == null || y == null) {
      return;
    }
    String code = d.value();
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> new Loaded(service.plan(code, y), service.choices(code, y)))
        .onSuccess(loaded -> {
          busy.set(false);
          PlanTasks plan = loaded.plan();
          planTitle.set(plan.plan() == null ? messages.get("plan.noPlan", d.label(), y) : plan.plan().title());
          showPlanInfo(plan.plan());
          rows.setAll(plan.tasks().stream().map(t -> row(t, plan)).toList());
          editor.choose(loaded.choices(), plan.tasks().stream().map(PlanTask::code).toList());
          refilter();
          // a reload keeps the task the clerk has chosen meanwhile (a slower, earlier load
          // finishing after a click must not move the editor back to the first task)
          String keep = select != null ? select : selected.get() == null ? null : selected.get().code();
          Row wanted = keep == null ? null
              : shown.stream().filter(r -> r.code().equals(keep)).findFirst().orElse(null);
          Row chosen = wanted != null ? wanted : shown.isEmpty() ? null : shown.get(0);
          selected.set(chosen);
          // the rows are records: a row read again equal to the one chosen fires no change, and
          // editor.choose() above has cleared the editor, so the task is shown here in any case
          if (chosen == null) {
            editor.clear();
          } else {
            editor.edit(chosen.task(), chosen.provinceNumber(), chosen.drawnOn());
          }
        })
        .onFailure(this::failed));
  }

  private void refilter() {
    TaskType t = typeFilter.get() == null ? null : typeFilter.get().value();
    TaskStatus s = statusFilter.get() == null ? null : statusFilter.get().value();
    String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
    shown.setPredicate(r -> (t == null || r.task().type() == t) && (s == null || r.task().status() == s)
        && (text.isEmpty() || r.searchText().contains(text)));
    countText.set(messages.get("plan.count", shown.size(), rows.size()));
  }

  /**
   * The clerk chose another task in the table: with unsaved edits only after confirming that they
   * are dropped. Returns false when the clerk stays (the View then keeps the old row chosen).
   */
  public boolean choose(@Nullable Row row) {
    if (row == null || row == selected.get()) {
      return true;
    }
    if (!mayDrop()) {
      return false;
    }
    selected.set(row);
    return true;
  }

  /** Starts a new task in the editor (after asking, with unsaved edits). */
  public void newTask() {
    if (!mayDrop()) {
      return;
    }
    selected.set(null);
    editor.clear();
  }

  /** True when the editor or the plan's fields hold edits not saved. */
  public boolean unsaved() {
    return editor.unsaved() || !currentPlanInfo().equals(planInfoBaseline);
  }

  /**
   * The screen is left (another page, the window closing): with unsaved edits the clerk is asked
   * first, and {@code proceed} runs only when the clerk agrees to drop them.
   */
  public void leave(Runnable proceed) {
    if (!unsaved() || dialogs.confirm(messages.get("plan.title"), messages.get("plan.leave.discard"))) {
      proceed.run();
    }
  }

  /**
   * The clerk chose another department or year: with unsaved edits only after confirming that
   * they are dropped; otherwise the choice goes back to {@code old} (and the plan stays shown).
   */
  private <T> boolean keepsEdits(ObjectProperty<@Nullable T> choice, @Nullable T old) {
    if (old == null || !unsaved()
        || dialogs.confirm(messages.get("plan.title"), messages.get("plan.switch.discard"))) {
      return true;
    }
    choosing = true;
    try {
      choice.set(old);
    } finally {
      choosing = false;
    }
    return false;
  }

  private boolean mayDrop() {
    return !editor.unsaved() || dialogs.confirm(messages.get("plan.title"), messages.get("plan.editor.discard"));
  }

  /**
   * Saves the editor's task with its provincial number (not a drawn one; an invalid one only
   * shows its problems), then shows the plan again with it chosen.
   */
  public void save() {
    Option<String> d = department.get();
    Integer y = year.get();
    if (editor.readOnlyProperty().get() || d == null || d.value() == null || y == null) {
      return;
    }
    if (!editor.validProperty().get()) {
      editor.showProblems();
      return;
    }
    String code = d.value();
    var draft = editor.draft();
    String number = editor.provinceNumberProperty().get();
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> service.saveTask(code, y, draft, number))
        .onSuccess(saved -> {
          busy.set(false);
          loadPlan(saved.code());
        })
        .onFailure(this::failed));
  }

  /** Cancels the chosen task after the clerk confirms. */
  public void cancelTask() {
    Row row = selected.get();
    if (row == null || !dialogs.confirm(messages.get("plan.cancel.title"),
        messages.get("plan.cancel.confirm", row.code(), row.name()))) {
      return;
    }
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> {
          service.cancelTask(row.code());
          return row.code();
        })
        .onSuccess(code -> {
          busy.set(false);
          loadPlan(code);
        })
        .onFailure(this::failed));
  }

  /** Asks for a file (.xlsx or .docx) and writes the plan table to it. */
  public void exportPlan() {
    Option<String> d = department.get();
    Integer y = year.get();
    if (d == null || d.value() == null || y == null) {
      return;
    }
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("plan.export.title"),
        messages.get("plan.export.fileName", d.label(), y), messages.get("plan.export.filter"), "*.xlsx", "*.docx");
    if (file.isEmpty()) {
      return;
    }
    String code = d.value();
    exporting.set(true);
    export = executor.execute(BackgroundTask.of(p -> service.export(code, y, "", file.get()))
        .onSuccess(n -> {
          exporting.set(false);
          dialogs.showInfo(messages.get("plan.export.title"), messages.get("plan.export.done", n, file.get()));
        })
        .onFailure(e -> {
          exporting.set(false);
          failed(e);
        }));
  }

  /** Asks for a file and writes the table's current view (columns, order and filter as shown). */
  public void exportView(TableSnapshot snapshot) {
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("plan.exportView.title"),
        messages.get("plan.exportView.fileName"), messages.get("plan.exportView.filter"), "*.xlsx");
    if (file.isEmpty()) {
      return;
    }
    exporting.set(true);
    export = executor.execute(BackgroundTask.of(p -> {
          snapshot.write(file.get(), messages.get("plan.exportView.sheet"), p);
          return snapshot.rows().size();
        })
        .onSuccess(n -> {
          exporting.set(false);
          dialogs.showInfo(messages.get("plan.exportView.title"), messages.get("plan.exportView.done", n, file.get()));
        })
        .onCancelled(() -> exporting.set(false))
        .onFailure(e -> {
          exporting.set(false);
          failed(e);
        }));
  }

  public void cancelExport() {
    if (export != null) {
      export.cancel();
    }
  }

  private void failed(Throwable e) {
    busy.set(false);
    dialogs.showFailure(messages.get("plan.error.title"), e);
  }

  /** Saves the plan's code, filed and published dates (the plan is made if missing). */
  public void savePlanInfo() {
    Option<String> d = department.get();
    Integer y = year.get();
    if (d == null || d.value() == null || y == null) {
      return;
    }
    String code = d.value();
    PlanInfo info = currentPlanInfo();
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> service.savePlanInfo(code, y, info.code(), info.filed(), info.published()))
        .onSuccess(plan -> {
          busy.set(false);
          planTitle.set(plan.title());
          showPlanInfo(plan);
          planInfoMessage.set(messages.get("plan.info.saved"));
        })
        .onFailure(this::failed));
  }

  private void showPlanInfo(@Nullable AnnualPlan plan) {
    planCode.set(plan == null || plan.code() == null ? "" : plan.code());
    filedDate.set(plan == null ? null : plan.filedDate());
    publishedDate.set(plan == null ? null : plan.publishedDate());
    planInfoBaseline = currentPlanInfo();
    planInfoMessage.set("");
    planChosen.set(true);
  }

  private PlanInfo currentPlanInfo() {
    return new PlanInfo(planCode.get() == null ? "" : planCode.get().strip(), filedDate.get(), publishedDate.get());
  }

  private Row row(PlanTask t, PlanTasks plan) {
    String partners = String.join("、", t.partners().stream().map(this::departmentName).toList());
    String items = String.join("、", t.items().stream().map(i -> i.name().isEmpty() ? i.code() : i.name()).toList());
    String window = messages.get("plan.render.window", t.startDate().toString(), t.endDate().toString());
    String search = (t.code() + " " + t.name() + " " + items + " " + partners).toLowerCase(Locale.ROOT);
    String number = plan.provinceNumbers().get(t.code());
    return new Row(t, t.code(), t.name(), messages.label(t.type()), PlanTable.amount(t), PlanTable.scope(t.scope()),
        items, window, partners, messages.label(t.mode()), messages.label(t.status()), search + " " + (number == null
        ? "" : number.toLowerCase(Locale.ROOT)), number, plan.drawnOn().get(t.code()));
  }

  private String departmentName(String code) {
    return departments.stream().filter(o -> code.equals(o.value())).map(Option::label).findFirst().orElse(code);
  }

  public TaskEditorModel editor() { return editor; }
  public ObservableList<Option<String>> departments() { return departments; }
  public ObjectProperty<@Nullable Option<String>> departmentProperty() { return department; }
  public ObservableList<Integer> years() { return years; }
  public ObjectProperty<@Nullable Integer> yearProperty() { return year; }
  public ObservableList<Row> rows() { return rows; }
  /** The rows the filters let through (the View wraps them in a sorted list). */
  public FilteredList<Row> shown() { return shown; }
  public ObservableList<Option<TaskType>> types() { return types; }
  public ObservableList<Option<TaskStatus>> statuses() { return statuses; }
  public ObjectProperty<@Nullable Option<TaskType>> typeFilterProperty() { return typeFilter; }
  public ObjectProperty<@Nullable Option<TaskStatus>> statusFilterProperty() { return statusFilter; }
  public StringProperty filterTextProperty() { return filterText; }
  public ObjectProperty<@Nullable Row> selectedProperty() { return selected; }
  public StringProperty planTitleProperty() { return planTitle; }
  public StringProperty countTextProperty() { return countText; }
  public BooleanProperty busyProperty() { return busy; }
  public BooleanProperty exportingProperty() { return exporting; }
  public StringProperty planCodeProperty() { return planCode; }
  public ObjectProperty<@Nullable LocalDate> filedDateProperty() { return filedDate; }
  public ObjectProperty<@Nullable LocalDate> publishedDateProperty() { return publishedDate; }
  public StringProperty planInfoMessageProperty() { return planInfoMessage; }
  /** True once a department and year are shown (the plan's fields can be set). */
  public BooleanProperty planChosenProperty() { return planChosen; }

  private record Start(List<Department> departments, @Nullable String first, List<Integer> years) {}

  private record Focus(String departmentCode, int year, String taskCode) {}

  private record PlanInfo(String code, @Nullable LocalDate filed, @Nullable LocalDate published) {}

  private record Loaded(PlanTasks plan, TaskChoices choices) {}

  /** One line of the tasks table, as shown. */
  public record Row(PlanTask task, String code, String name, String type, String amount, String scope, String items,
      String window, String partners, String mode, String status, String searchText, @Nullable String provinceNumber,
      @Nullable LocalDate drawnOn) {}
}
