package cn.suiji.home.ui;

import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.domain.HomeWork;
import cn.suiji.home.domain.WorkTask;
import cn.suiji.home.service.HomeService;
import cn.suiji.publish.domain.DepartmentDeadlines;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The home page's state: the directory counts and the work in view — overdue undrawn tasks,
 * undrawn tasks not yet ended, drawn tasks with inspections waiting — as one list of rows, and
 * where each card and row leads ({@link Destination}, handed to the main window's navigation).
 */
public final class HomeViewModel {
  /** At most this many tasks of each kind are listed. */
  static final int LIMIT = 100;

  /** The screens the home page opens. */
  public enum Screen { PLAN, DRAW, DRAWS, NOTICES, DEPARTMENTS, ITEMS, TARGETS, INSPECTORS, DEADLINES }

  /** A screen to open, at a task when {@code taskCode} is set (with its plan's department and year). */
  public record Destination(Screen screen, @Nullable String taskCode, @Nullable String departmentCode, int year) {
    static Destination of(Screen screen) {
      return new Destination(screen, null, null, 0);
    }
  }

  /** What a row of work is. */
  public enum Kind { OVERDUE, DUE_SOON, WAITING }

  private final HomeService service;
  private final TaskExecutor executor;
  private final Messages messages;
  private final Consumer<Destination> navigator;
  private final Supplier<List<DepartmentDeadlines>> deadlineCounts;
  private final ObservableList<DeadlineRow> deadlines = FXCollections.observableArrayList();
  private final ObjectProperty<HomeFigures> figures = new SimpleObjectProperty<>(new HomeFigures(0, 0, 0, 0, 0, 0, 0));
  private final ObservableList<WorkRow> work = FXCollections.observableArrayList();
  private final IntegerProperty overdue = new SimpleIntegerProperty(0);
  private final IntegerProperty dueSoon = new SimpleIntegerProperty(0);
  private final IntegerProperty waiting = new SimpleIntegerProperty(0);
  /** False until the first figures are in: the cards show dashes, not zeros that are not true. */
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
  private volatile @Nullable Snapshot prefetched;

  public HomeViewModel(HomeService service, TaskExecutor executor, Messages messages, Consumer<Destination> navigator) {
    this(service, executor, messages, navigator, List::of);
  }

  /**
   * @param deadlineCounts each department's publication deadlines today (soon, overdue, past the
   *     window: {@code DeadlineService.countsByDepartment}), read off the FX thread
   */
  public HomeViewModel(HomeService service, TaskExecutor executor, Messages messages, Consumer<Destination> navigator,
      Supplier<List<DepartmentDeadlines>> deadlineCounts) {
    this.service = service;
    this.executor = executor;
    this.messages = messages;
    this.navigator = navigator;
    this.deadlineCounts = deadlineCounts;
  }

  /** A department's publication work: results due soon, overdue, inspections past their window. */
  public record DeadlineRow(String department, int soon, int overdue, int pastWindow) {}

  /**
   * Reads the figures and the work now, on the calling thread (a background one: the start-up
   * reads them right after the data file opens); the next {@link #refresh()} shows them without
   * reading again.
   */
  public void readAhead() {
    prefetched = snapshot();
  }

  /** Reads the figures and the work off the FX thread (or shows what {@link #readAhead()} read). */
  public void refresh() {
    Snapshot ahead = prefetched;
    if (ahead != null) {
      prefetched = null;
      show(ahead);
      return;
    }
    executor.execute(BackgroundTask.of(p -> snapshot()).onSuccess(this::show));
  }

  private void show(Snapshot s) {
    figures.set(s.figures());
    work.setAll(s.rows());
    overdue.set(s.work().overdue().size());
    dueSoon.set(s.work().dueSoon().size());
    waiting.set(s.work().drawn().size());
    deadlines.setAll(s.deadlines());
    loaded.set(true);
  }

  /** Built off the FX thread: the working-day counts read the calendar. */
  private Snapshot snapshot() {
    HomeFigures f = service.figures();
    HomeWork w = service.work(LIMIT);
    List<WorkRow> rows = new ArrayList<>();
    for (WorkTask t : w.overdue()) {
      rows.add(row(Kind.OVERDUE, t, messages.get("home.work.overdueDays", service.daysOverdue(t.end()))));
    }
    for (WorkTask t : w.dueSoon()) {
      rows.add(row(Kind.DUE_SOON, t, messages.get("home.work.workdaysLeft", service.workdaysLeft(t.end()))));
    }
    for (WorkTask t : w.drawn()) {
      rows.add(row(Kind.WAITING, t, waitingText(t)));
    }
    List<DeadlineRow> counts = deadlineCounts.get().stream()
        .filter(d -> d.soon() + d.overdue() + d.pastWindow() > 0)
        .map(d -> new DeadlineRow(d.departmentName(), d.soon(), d.overdue(), d.pastWindow())).toList();
    return new Snapshot(f, w, rows, counts);
  }

  private String waitingText(WorkTask t) {
    List<String> parts = new ArrayList<>();
    if (t.awaitingNotice() > 0) {
      parts.add(messages.get("home.work.awaitingNotice", t.awaitingNotice()));
    }
    if (t.awaitingInspection() > 0) {
      parts.add(messages.get("home.work.awaitingInspection", t.awaitingInspection()));
    }
    if (t.awaitingPublication() > 0) {
      parts.add(messages.get("home.work.awaitingPublication", t.awaitingPublication()));
    }
    return String.join(messages.get("home.work.separator"), parts);
  }

  private WorkRow row(Kind kind, WorkTask t, String state) {
    String kindText = switch (kind) {
      case OVERDUE -> messages.get("home.work.kind.overdue");
      case DUE_SOON -> messages.get("home.work.kind.dueSoon");
      case WAITING -> messages.get("home.work.kind.waiting");
    };
    return new WorkRow(kind, kindText, t.code(), t.name(), t.department(), t.end().toString(), state, t);
  }

  /**
   * A row was clicked: an undrawn task opens the draw wizard at it; a drawn one whose notices are
   * still to be delivered the notices screen at its draw, else the draw records.
   */
  public void open(WorkRow row) {
    Screen screen = row.kind() != Kind.WAITING ? Screen.DRAW
        : row.task().awaitingNotice() > 0 ? Screen.NOTICES : Screen.DRAWS;
    navigator.accept(destination(screen, row.task()));
  }

  /** The task code of a row was clicked: the plan screen at that task. */
  public void openPlan(WorkRow row) {
    navigator.accept(destination(Screen.PLAN, row.task()));
  }

  /** A figure card was clicked: its directory or the plan. */
  public void openScreen(Screen screen) {
    navigator.accept(Destination.of(screen));
  }

  /** A work card was clicked: the first task of its kind, or its screen when there is none. */
  public void openFirst(Kind kind) {
    work.stream().filter(r -> r.kind() == kind).findFirst().ifPresentOrElse(this::open,
        () -> openScreen(kind == Kind.WAITING ? Screen.DRAWS : Screen.DRAW));
  }

  private static Destination destination(Screen screen, WorkTask t) {
    return new Destination(screen, t.code(), t.departmentCode(), t.year());
  }

  public ObjectProperty<HomeFigures> figuresProperty() {
    return figures;
  }

  /** Overdue rows first, then the ones due soon, then drawn tasks with inspections waiting. */
  public ObservableList<WorkRow> work() {
    return work;
  }

  /** True once the figures and the work have been read (and stays true on later refreshes). */
  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public IntegerProperty overdueProperty() {
    return overdue;
  }

  public IntegerProperty dueSoonProperty() {
    return dueSoon;
  }

  public IntegerProperty waitingProperty() {
    return waiting;
  }

  private record Snapshot(HomeFigures figures, HomeWork work, List<WorkRow> rows, List<DeadlineRow> deadlines) {}

  /** Departments with results due soon or overdue, or inspections past their window (others are left out). */
  public ObservableList<DeadlineRow> deadlines() {
    return deadlines;
  }

  /** A department's deadline row was clicked: the deadlines view. */
  public void openDeadlines() {
    navigator.accept(Destination.of(Screen.DEADLINES));
  }

  /** One line of the work table, as shown. */
  public record WorkRow(Kind kind, String kindText, String code, String name, String department, String end,
      String state, WorkTask task) {}
}
