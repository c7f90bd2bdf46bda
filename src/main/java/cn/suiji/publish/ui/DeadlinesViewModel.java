package cn.suiji.publish.ui;

import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.domain.OnTimeRate;
import cn.suiji.publish.domain.PublicationDeadline;
import cn.suiji.publish.domain.Publication;
import cn.suiji.publish.domain.Review;
import cn.suiji.publish.service.DeadlineService;
import cn.suiji.publish.service.PublishService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.ScreenWork;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines view (公示期限): the first page of results awaiting publication, soonest due
 * first, filtered by state (soon yellow, overdue red, provisional marked); the inspections past
 * their task's window without a result; the on-time rate per task; and 标记已公示 for the rows
 * chosen or their whole task, on a day, with an optional receipt, after the review before
 * publication (reviewer and day, required; shown per task beside the on-time rate); and for the
 * chosen row's task, its 检查结果公告 (.docx/PDF) and its public export (.xlsx/.csv).
 */
public final class DeadlinesViewModel {
  /** The first page: at most this many results awaiting publication. */
  static final int PAGE = 200;

  /** Which rows the table shows. */
  public enum Filter { ALL, SOON, OVERDUE, OK }

  /** A result awaiting publication, as the table shows it. */
  public record Line(long inspectionId, String task, String target, String code, String resultDate, String dueDate,
      int workdaysLeft, DeadlineState state, String stateText, boolean provisional) {}

  /** An inspection past its task's window without a result. */
  public record PastLine(long inspectionId, String task, String target, String code, String taskEnd, String status) {}

  /** A task's on-time rate. */
  public record RateLine(String task, String department, int published, int onTime, String rate, String reviews) {}

  private final DeadlineService deadlines;
  private final PublishService publish;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<Line> all = FXCollections.observableArrayList();
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ObservableList<Line> chosen = FXCollections.observableArrayList();
  private final ObservableList<PastLine> pastWindow = FXCollections.observableArrayList();
  private final ObservableList<RateLine> rates = FXCollections.observableArrayList();
  private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
  private final ObjectProperty<LocalDate> markDate = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable Path> receipt = new SimpleObjectProperty<>();
  private final StringProperty reviewer = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable LocalDate> reviewedOn = new SimpleObjectProperty<>();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty outcome = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  /**
   * Writes a task's 检查结果公告 (.docx or .pdf by the file's name) on a day and says what was
   * written: supplied by the composition root, which holds the inspection feature's printer.
   */
  @FunctionalInterface
  public interface Announcer {
    String write(String taskCode, LocalDate day, Path out, Progress progress);
  }

  /** The public results export (.xlsx or .csv) of a task; says how many rows were written. */
  @FunctionalInterface
  public interface Exporter {
    String write(String taskCode, Path out, Progress progress);
  }

  private final @Nullable Announcer announcer;
  private final @Nullable Exporter exporter;

  public DeadlinesViewModel(DeadlineService deadlines, PublishService publish, TaskExecutor executor,
      DialogService dialogs, Messages messages) {
    this(deadlines, publish, null, null, executor, dialogs, messages);
  }

  /**
   * @param announcer writes the chosen task's 检查结果公告 (null: the button says it is not available)
   * @param exporter writes the chosen task's public export (null: likewise)
   */
  public DeadlinesViewModel(DeadlineService deadlines, PublishService publish, @Nullable Announcer announcer,
      @Nullable Exporter exporter, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.announcer = announcer;
    this.exporter = exporter;
    this.deadlines = deadlines;
    this.publish = publish;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    markDate.set(deadlines.today());
    reviewedOn.set(deadlines.today());
    filter.addListener((obs, old, f) -> applyFilter());
  }

  private record Snapshot(LocalDate asOf, List<PublicationDeadline> due, List<UnresultedInspection> past,
      List<OnTimeRate> rates) {}

  /** Reads the first page, the inspections past their window and the rates, off the FX thread. */
  public void refresh() {
    background(p -> {
      LocalDate today = deadlines.today();
      return new Snapshot(today, deadlines.firstPage(today, PAGE), deadlines.pastWindow(today), publish.onTimeByTask());
    }, s -> {
      all.setAll(s.due().stream().map(this::line).toList());
      applyFilter();
      pastWindow.setAll(s.past().stream().map(u -> new PastLine(u.inspectionId(), u.taskCode(), u.targetName(),
          u.targetCode(), u.taskEnd().toString(), messages.label(u.status()))).toList());
      rates.setAll(s.rates().stream().map(r -> new RateLine(r.taskCode(), r.departmentCode(), r.published(), r.onTime(),
          String.format(Locale.ROOT, "%.1f%%", r.percent()), r.reviews())).toList());
      long soon = s.due().stream().filter(d -> d.state() == DeadlineState.SOON).count();
      long overdue = s.due().stream().filter(d -> d.state() == DeadlineState.OVERDUE).count();
      summary.set(messages.get(s.due().size() >= PAGE ? "deadlines.summaryFirstPage" : "deadlines.summary",
          s.asOf().toString(), s.due().size(), soon, overdue, s.past().size()));
    });
  }

  private Line line(PublicationDeadline d) {
    String state = messages.label(d.state()) + (d.provisional() ? messages.get("deadlines.provisional") : "");
    return new Line(d.inspectionId(), d.taskCode(), d.targetName(), d.targetCode(), d.resultDate().toString(),
        d.dueDate().toString(), d.workdaysLeft(), d.state(), state, d.provisional());
  }

  private void applyFilter() {
    Filter f = filter.get();
    lines.setAll(all.stream().filter(l -> f == Filter.ALL || l.state().name().equals(f.name())).toList());
  }

  /** Asks for the receipt file (a screenshot or the platform's confirmation page). */
  public void chooseReceipt() {
    dialogs.chooseFileToOpen(messages.get("deadlines.receipt.choose"), messages.get("deadlines.receipt.filter"),
        "*.png", "*.jpg", "*.jpeg", "*.pdf").ifPresent(receipt::set);
  }

  public void clearReceipt() {
    receipt.set(null);
  }

  /** Marks the rows chosen published on the day chosen (one transaction). */
  public void markChosen() {
    error.set("");
    outcome.set("");
    List<Long> ids = chosen.stream().map(Line::inspectionId).toList();
    if (ids.isEmpty()) {
      error.set(messages.get("publish.mark.none"));
      return;
    }
    LocalDate date = markDate.get();
    Path file = receipt.get();
    Review review = review();
    if (review == null) {
      return;
    }
    background(p -> publish.mark(ids, date, file, review), this::marked);
  }

  /** Marks every result of the first chosen row's task awaiting publication, after asking. */
  public void markTask() {
    error.set("");
    outcome.set("");
    if (chosen.isEmpty()) {
      error.set(messages.get("deadlines.chooseTask"));
      return;
    }
    String task = chosen.get(0).task();
    LocalDate date = markDate.get();
    Path file = receipt.get();
    Review review = review();
    if (review == null) {
      return;
    }
    if (!dialogs.confirm(messages.get("deadlines.markTask.title"), messages.get("deadlines.markTask.confirm", task, date))) {
      return;
    }
    background(p -> publish.markTask(task, date, file, review), this::marked);
  }

  /** Writes the chosen row's task's 检查结果公告 to a .docx or .pdf the clerk names, dated today. */
  public void announceTask() {
    String task = chosenTask();
    Announcer a = announcer;
    if (task == null || a == null) {
      return;
    }
    dialogs.chooseFileToSave(messages.get("deadlines.announce.choose"), task + "-检查结果公告.docx",
        messages.get("deadlines.announce.filter"), "*.docx", "*.pdf").ifPresent(out -> {
          LocalDate day = deadlines.today();
          background(p -> a.write(task, day, out, p), outcome::set);
        });
  }

  /** Writes the chosen row's task's public results export to an .xlsx or .csv the clerk names. */
  public void exportTask() {
    String task = chosenTask();
    Exporter x = exporter;
    if (task == null || x == null) {
      return;
    }
    dialogs.chooseFileToSave(messages.get("deadlines.export.choose"), task + "-检查结果公示.xlsx",
        messages.get("deadlines.export.filter"), "*.xlsx", "*.csv").ifPresent(out ->
            background(p -> x.write(task, out, p), outcome::set));
  }

  private @Nullable String chosenTask() {
    error.set("");
    outcome.set("");
    if (chosen.isEmpty()) {
      error.set(messages.get("deadlines.chooseTask"));
      return null;
    }
    return chosen.get(0).task();
  }

  /** The review typed (reviewer and day), or null with the error shown when a field is empty. */
  private @Nullable Review review() {
    String who = reviewer.get() == null ? "" : reviewer.get().strip();
    LocalDate on = reviewedOn.get();
    if (who.isEmpty()) {
      error.set(messages.get("publish.review.noReviewer"));
      return null;
    }
    if (on == null) {
      error.set(messages.get("deadlines.review.noDate"));
      return null;
    }
    return new Review(who, on);
  }

  private void marked(List<Publication> done) {
    long late = done.stream().filter(x -> !x.onTime()).count();
    outcome.set(messages.get("deadlines.marked", done.size(), markDate.get(), late));
    receipt.set(null);
    refresh();
  }

  private <T> void background(BackgroundTask.Work<T> work, Consumer<T> done) {
    ScreenWork.background(executor, busy, work, done, e -> error.set(messages.describeFailure(e)));
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  /** The rows chosen in the table (the view keeps it in step with the selection). */
  public ObservableList<Line> chosen() {
    return chosen;
  }

  public ObservableList<PastLine> pastWindow() {
    return pastWindow;
  }

  public ObservableList<RateLine> rates() {
    return rates;
  }

  public ObjectProperty<Filter> filterProperty() {
    return filter;
  }

  public ObjectProperty<LocalDate> markDateProperty() {
    return markDate;
  }

  public ObjectProperty<@Nullable Path> receiptProperty() {
    return receipt;
  }

  /** 审核人: who reviewed the batch before publication (required to mark). */
  public StringProperty reviewerProperty() {
    return reviewer;
  }

  /** 审核日期: the day of the review (today by default; not after the publication day). */
  public ObjectProperty<@Nullable LocalDate> reviewedOnProperty() {
    return reviewedOn;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
