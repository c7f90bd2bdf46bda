package cn.suiji.report.ui;

import cn.suiji.report.domain.CodeShare;
import cn.suiji.report.domain.EarlyWarning;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.OpenFollowUp;
import cn.suiji.report.domain.ProblemRate;
import cn.suiji.report.domain.RepeatedProblemTarget;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.report.domain.YearStats;
import cn.suiji.report.render.StatsPdf;
import cn.suiji.report.render.StatsWorkbook;
import cn.suiji.report.domain.WatchList;
import cn.suiji.report.service.StatsService;
import cn.suiji.report.service.WatchListService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.PdfPreviewOpener;
import cn.suiji.shared.ui.ProgressJob;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The 统计分析 screen: a year or a period from–to (and optionally one department) read off the
 * FX thread with progress and cancel — every grouping at once, so choosing another grouping
 * redraws from what was read — the early-warning lists, the export of both to .xlsx, and the
 * chosen grouping's table and chart printed through the print preview.
 */
public final class StatsViewModel {
  /** A department to choose; code null for all departments. */

  /** A ranked township or industry as the warning table shows it; {@code key} the township or industry code. */
  public record RateLine(String grouping, String name, int inspected, int withProblem, String rate, String interval,
      boolean township, String key) {}

  /** A follow-up as the warning table shows it: why it is listed, and what it is. */
  public record FollowUpLine(String why, String task, String target, String kind, String due, String body) {}

  private final StatsService stats;
  private final WatchListService watchList;
  private final DialogService dialogs;
  private final PdfPreviewOpener previews;
  private final StatsPdf pdf;
  private final Messages messages;
  private final ProgressJob job;
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ObservableList<Choice<String>> departments = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Integer> year = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<String>> department;
  private final BooleanProperty byPeriod = new SimpleBooleanProperty(false);
  private final ObjectProperty<@Nullable LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable LocalDate> to = new SimpleObjectProperty<>();
  private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.DEPARTMENT);
  private final ObservableList<GroupFigures> rows = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable GroupFigures> total = new SimpleObjectProperty<>();
  private final ObservableList<CodeShare> codes = FXCollections.observableArrayList();
  private final ObservableList<RepeatedProblemTarget> repeated = FXCollections.observableArrayList();
  private final ObservableList<RateLine> rates = FXCollections.observableArrayList();
  private final ObservableList<FollowUpLine> followUps = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty outcome = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private @Nullable YearStats shown;
  private @Nullable EarlyWarning warning;
  private String shownDepartment = "";

  public StatsViewModel(StatsService stats, WatchListService watchList, TaskExecutor executor, DialogService dialogs,
      Messages messages, PdfPreviewOpener previews, StatsPdf pdf) {
    this.stats = stats;
    this.watchList = watchList;
    this.dialogs = dialogs;
    this.previews = previews;
    this.pdf = pdf;
    this.messages = messages;
    this.job = new ProgressJob(executor);
    Choice<String> all = new Choice<>(null, messages.get("report.summary.allDepartments"));
    this.department = new SimpleObjectProperty<>(all);
    departments.add(all);
    grouping.addListener((obs, old, g) -> showRows());
  }

  /** Reads the years and departments to choose from, then the latest year's figures. */
  public void load() {
    error.set("");
    job.run(p -> new Choices(stats.years(), stats.departments()), c -> {
      years.setAll(c.years());
      c.departments().forEach((code, name) -> departments.add(new Choice<>(code, code + " " + name)));
      year.set(c.years().isEmpty() ? LocalDate.now().getYear() : c.years().get(0));
      Integer y = year.get();
      if (from.get() == null && y != null) {
        from.set(LocalDate.of(y, 1, 1));
        to.set(LocalDate.of(y, 12, 31));
      }
      refresh();
    }, this::failed, () -> {});
  }

  private record Choices(List<Integer> years, Map<String, String> departments) {}

  private record Read(YearStats stats, EarlyWarning warning) {}

  /**
   * Reads the chosen year or period and department: every grouping, the coverage, the codes and
   * the warnings.
   */
  public void refresh() {
    Integer y = year.get();
    LocalDate f = from.get();
    LocalDate t = to.get();
    error.set("");
    outcome.set("");
    StatsScope scope;
    if (byPeriod.get()) {
      if (f == null || t == null) {
        error.set(messages.get("report.screen.periodMissing"));
        return;
      }
      scope = StatsScope.period(f, t, department.get().value());
    } else if (y == null) {
      return;
    } else {
      scope = new StatsScope(y, department.get().value());
    }
    String departmentName = department.get().value() == null ? department.get().label()
        : department.get().label().substring(department.get().value().length()).strip();
    job.run(p -> new Read(stats.year(scope, p), stats.warnings(scope, stats.today(), EarlyWarning.MIN_INSPECTED)),
        read -> {
          shownDepartment = departmentName;
          show(read);
        }, this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  private void show(Read read) {
    shown = read.stats();
    warning = read.warning();
    YearStats s = read.stats();
    GroupFigures t = s.total();
    String when = s.scope().from() == null ? messages.get("report.print.year", s.scope().year())
        : messages.get("report.print.period", s.scope().from().toString(), String.valueOf(s.scope().to()));
    summary.set(messages.get("report.screen.summary", when, department.get().label(),
        s.coverage().coveredTargets(), s.coverage().directoryTargets(), s.coverage().share().percentText(),
        t.completion().percentText(), t.problemRate().percentText(), t.closure().percentText(),
        t.onTimeRate().percentText()));
    codes.setAll(s.codes());
    EarlyWarning w = read.warning();
    repeated.setAll(w.repeated());
    List<RateLine> r = new ArrayList<>();
    w.townships().forEach(p -> r.add(rate(messages.get("report.grouping.township"), true, p)));
    w.industries().forEach(p -> r.add(rate(messages.get("report.grouping.industry"), false, p)));
    rates.setAll(r);
    List<FollowUpLine> f = new ArrayList<>();
    w.overdueFollowUps().forEach(o -> f.add(followUp(messages.get("report.screen.overdue"), o)));
    w.referralsWithoutFeedback().forEach(o -> f.add(followUp(messages.get("report.screen.noFeedback"), o)));
    followUps.setAll(f);
    showRows();
  }

  private RateLine rate(String grouping, boolean township, ProblemRate p) {
    return new RateLine(grouping, p.label().isEmpty() ? p.key() : p.label(), p.inspected(), p.withProblem(),
        p.rate().percentText(), String.format(Locale.ROOT, "%.1f%% – %.1f%%", p.interval().lower() * 100,
            p.interval().upper() * 100), township, p.key());
  }

  private FollowUpLine followUp(String why, OpenFollowUp o) {
    return new FollowUpLine(why, o.taskCode(), o.targetName() + " " + o.targetCode(), messages.label(o.kind()),
        o.dueDate() == null ? "" : o.dueDate().toString(), o.receivingBody() == null ? "" : o.receivingBody());
  }

  private void showRows() {
    YearStats s = shown;
    if (s == null) {
      return;
    }
    total.set(s.view(grouping.get()).total());
    rows.setAll(s.view(grouping.get()).rows());
  }

  /** Asks where to save, then writes every grouping, the codes and the warnings as .xlsx off the FX thread. */
  public void export() {
    YearStats s = shown;
    EarlyWarning w = warning;
    if (s == null) {
      error.set(messages.get("report.screen.nothing"));
      return;
    }
    error.set("");
    outcome.set("");
    String name = fileName(s) + ".xlsx";
    dialogs.chooseFileToSave(messages.get("report.screen.export"), name, messages.get("report.screen.xlsx"), "*.xlsx")
        .ifPresent(file -> job.run(p -> {
          StatsWorkbook.write(s, w, file, p);
          return file;
        }, (Path f) -> outcome.set(messages.get("report.screen.exported", f.getFileName().toString())), this::failed,
            () -> outcome.set(messages.get("report.screen.cancelled"))));
  }

  /** The chosen grouping's table and chart, the coverage and the codes, as a PDF in the print preview. */
  public void print() {
    YearStats s = shown;
    if (s == null) {
      error.set(messages.get("report.screen.nothing"));
      return;
    }
    error.set("");
    outcome.set("");
    Grouping g = grouping.get();
    String departmentName = shownDepartment;
    job.run(p -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.write(s, departmentName, List.of(g), out, p);
      return new PrintableDocument(StatsPdf.title(s, departmentName), fileName(s) + "-" + StatsWorkbook.groupingName(g),
          out.toByteArray(), null);
    }, previews::open, this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  private String fileName(YearStats s) {
    return s.scope().from() == null ? messages.get("report.screen.fileName", s.scope().year())
        : messages.get("report.screen.periodFileName", s.scope().from().toString(), String.valueOf(s.scope().to()));
  }

  /**
   * Turns the chosen repeated-problem targets, or townships and industries, into a directed task
   * of the next year's plan of the department shown, after asking; says which task was made.
   */
  public void toDirectedTask(List<RepeatedProblemTarget> targets, List<RateLine> groups) {
    YearStats s = shown;
    if (s == null) {
      error.set(messages.get("report.screen.nothing"));
      return;
    }
    error.set("");
    outcome.set("");
    String code = s.scope().departmentCode();
    if (code == null) {
      error.set(messages.get("report.watch.noDepartment"));
      return;
    }
    WatchList list = new WatchList(s.scope().lastYear(), targets.stream().map(WatchList.Target::of).toList(),
        groups.stream().filter(RateLine::township).map(RateLine::key).toList(),
        groups.stream().filter(g -> !g.township()).map(RateLine::key).toList());
    if (list.isEmpty()) {
      error.set(messages.get("report.watch.empty"));
      return;
    }
    String question = list.targets().isEmpty()
        ? messages.get("report.watch.confirmGroups", list.townships().size() + list.industries().size(),
            shownDepartment, list.year() + 1)
        : messages.get("report.watch.confirmTargets", list.targets().size(), shownDepartment, list.year() + 1);
    if (!dialogs.confirm(messages.get("report.watch.title"), question)) {
      return;
    }
    job.run(p -> watchList.toDirectedTask(list, code), made -> outcome.set(messages.get("report.watch.done",
        made.code(), made.name(), made.year())), this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  public void cancel() {
    job.cancel();
  }

  private void failed(Throwable e) {
    error.set(messages.describeFailure(e));
  }

  public ObservableList<Integer> years() {
    return years;
  }

  public ObservableList<Choice<String>> departments() {
    return departments;
  }

  public ObjectProperty<@Nullable Integer> yearProperty() {
    return year;
  }

  public ObjectProperty<Choice<String>> departmentProperty() {
    return department;
  }

  /** Whether a period from–to is read instead of the year. */
  public BooleanProperty byPeriodProperty() {
    return byPeriod;
  }

  public ObjectProperty<@Nullable LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<@Nullable LocalDate> toProperty() {
    return to;
  }

  public ObjectProperty<Grouping> groupingProperty() {
    return grouping;
  }

  /** The chosen grouping's rows. */
  public ObservableList<GroupFigures> rows() {
    return rows;
  }

  /** The chosen grouping's total row. */
  public ObjectProperty<@Nullable GroupFigures> totalProperty() {
    return total;
  }

  public ObservableList<CodeShare> codes() {
    return codes;
  }

  public ObservableList<RepeatedProblemTarget> repeated() {
    return repeated;
  }

  public ObservableList<RateLine> rates() {
    return rates;
  }

  public ObservableList<FollowUpLine> followUps() {
    return followUps;
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

  public ReadOnlyBooleanProperty runningProperty() {
    return job.runningProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return job.progressProperty();
  }
}
