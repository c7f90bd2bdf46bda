package cn.suiji.home.ui;

import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.domain.UpcomingTask;
import cn.suiji.home.service.HomeService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The home page's state: the directory counts and the tasks that end soon. */
public final class HomeViewModel {
  private final HomeService service;
  private final TaskExecutor executor;
  private final Messages messages;
  private final ObjectProperty<HomeFigures> figures = new SimpleObjectProperty<>(new HomeFigures(0, 0, 0, 0, 0, 0, 0));
  private final ObservableList<UpcomingRow> upcoming = FXCollections.observableArrayList();

  public HomeViewModel(HomeService service, TaskExecutor executor, Messages messages) {
    this.service = service;
    this.executor = executor;
    this.messages = messages;
  }

  /** Reads the figures off the FX thread. */
  public void refresh() {
    executor.execute(BackgroundTask.of(p -> new Snapshot(service.figures(), service.upcoming(10).stream().map(this::row).toList()))
        .onSuccess(s -> {
          figures.set(s.figures());
          upcoming.setAll(s.upcoming());
        }));
  }

  private UpcomingRow row(UpcomingTask t) {
    long left = service.workdaysLeft(t.end());
    String leftText = left < 0 ? messages.get("home.upcoming.notStarted") : messages.get("home.upcoming.workdays", left);
    return new UpcomingRow(t.code(), t.name(), t.leadDepartment(), t.end().toString(), leftText);
  }

  public ObjectProperty<HomeFigures> figuresProperty() {
    return figures;
  }

  public ObservableList<UpcomingRow> upcoming() {
    return upcoming;
  }

  /** Built off the FX thread: the working-day counts read the calendar. */
  private record Snapshot(HomeFigures figures, List<UpcomingRow> upcoming) {}

  /** One line of the upcoming-deadlines table, as shown. */
  public record UpcomingRow(String code, String name, String department, String end, String left) {}
}
