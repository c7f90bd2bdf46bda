package cn.suiji.admin.ui;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.Deadline;
import cn.suiji.shared.time.SpecialDay;
import cn.suiji.shared.time.WorkingCalendar;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/** The working-day calendar: the special days of a year, editing, import/export, a deadline calculator. */
public final class CalendarViewModel {
  private final CalendarService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Integer> year = new SimpleObjectProperty<>();
  private final ObservableList<DayRow> days = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable LocalDate> editDate = new SimpleObjectProperty<>();
  private final ObjectProperty<SpecialDay.@Nullable Kind> editKind = new SimpleObjectProperty<>(SpecialDay.Kind.HOLIDAY);
  private final StringProperty editName = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable LocalDate> from = new SimpleObjectProperty<>(LocalDate.now());
  private final IntegerProperty workdays = new SimpleIntegerProperty(20);
  private final StringProperty deadline = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private WorkingCalendar shown = WorkingCalendar.empty();

  public CalendarViewModel(CalendarService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    year.addListener((obs, old, y) -> showYear());
  }

  public void refresh() {
    executor.execute(BackgroundTask.of(p -> service.calendar()).onSuccess(this::show).onFailure(this::fail));
  }

  private void show(WorkingCalendar calendar) {
    shown = calendar;
    Integer selected = year.get();
    years.setAll(calendar.years().keySet().stream().map(Year::getValue).toList());
    if (selected == null || !years.contains(selected)) {
      year.set(years.isEmpty() ? null : years.get(years.size() - 1));
    }
    showYear();
  }

  private void showYear() {
    Integer y = year.get();
    days.setAll(shown.days().entrySet().stream()
        .filter(e -> y != null && e.getKey().getYear() == y)
        .map(e -> new DayRow(e.getKey(), messages.label(e.getValue().kind()), e.getValue().name()))
        .toList());
  }

  /** Saves the day being edited; with no kind chosen it clears the day. */
  public void saveDay() {
    LocalDate date = editDate.get();
    if (date == null) {
      error.set(messages.get("calendar.edit.dateMissing"));
      return;
    }
    SpecialDay.Kind kind = editKind.get();
    SpecialDay day = kind == null ? null : new SpecialDay(kind, editName.get());
    run(() -> service.setDay(date, day));
  }

  public void clearDay() {
    LocalDate date = editDate.get();
    if (date != null) {
      run(() -> service.setDay(date, null));
    }
  }

  public void importFile() {
    dialogs.chooseFileToOpen(messages.get("calendar.import.title"), messages.get("calendar.file.filter"), "*.csv", "*.txt")
        .ifPresent(file -> run(() -> service.importFile(file)));
  }

  public void exportFile() {
    dialogs.chooseFileToSave(messages.get("calendar.export.title"), "节假日安排.csv", messages.get("calendar.file.filter"), "*.csv")
        .ifPresent(this::exportTo);
  }

  void exportTo(Path file) {
    executor.execute(BackgroundTask.<Boolean>of(p -> {
      service.exportFile(file);
      return true;
    }).onSuccess(ok -> dialogs.showInfo(messages.get("calendar.export.title"), messages.get("calendar.export.done", file)))
        .onFailure(this::fail));
  }

  /** Computes the deadline in the calculator. */
  public void computeDeadline() {
    LocalDate start = from.get();
    if (start == null) {
      error.set(messages.get("calendar.edit.dateMissing"));
      return;
    }
    try {
      Deadline d = shown.deadline(start, workdays.get());
      deadline.set(messages.get(d.provisional() ? "calendar.deadline.provisional" : "calendar.deadline.result", d.date()));
      error.set("");
    } catch (SuijiException e) {
      error.set(messages.describe(e));
    }
  }

  private void run(Runnable change) {
    error.set("");
    executor.execute(BackgroundTask.<Boolean>of(p -> {
      change.run();
      return true;
    }).onSuccess(ok -> refresh()).onFailure(this::fail));
  }

  private void fail(Throwable e) {
    String text = messages.describeFailure(e);
    error.set(text);
    dialogs.showError(messages.get("calendar.title"), text);
  }

  public ObservableList<Integer> years() {
    return years;
  }

  public ObjectProperty<@Nullable Integer> yearProperty() {
    return year;
  }

  public ObservableList<DayRow> days() {
    return days;
  }

  public ObjectProperty<@Nullable LocalDate> editDateProperty() {
    return editDate;
  }

  public ObjectProperty<SpecialDay.@Nullable Kind> editKindProperty() {
    return editKind;
  }

  public StringProperty editNameProperty() {
    return editName;
  }

  public ObjectProperty<@Nullable LocalDate> fromProperty() {
    return from;
  }

  public IntegerProperty workdaysProperty() {
    return workdays;
  }

  public StringProperty deadlineProperty() {
    return deadline;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** One special day as shown. */
  public record DayRow(LocalDate date, String kind, String name) {}
}
