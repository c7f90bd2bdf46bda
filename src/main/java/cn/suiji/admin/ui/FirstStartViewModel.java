package cn.suiji.admin.ui;

import cn.suiji.admin.service.SetupService;
import cn.suiji.directory.domain.Department;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskHandle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/** First start on an empty database: load the demo county, or name the county and its departments. */
public final class FirstStartViewModel {
  private final SetupService setup;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final StringProperty countyName = new SimpleStringProperty("");
  private final ObservableList<DepartmentRow> departments = FXCollections.observableArrayList(new DepartmentRow());
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty error = new SimpleStringProperty("");
  private @Nullable TaskHandle running;
  private Runnable onDone = () -> {};

  public FirstStartViewModel(SetupService setup, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.setup = setup;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
  }

  public void setOnDone(Runnable onDone) {
    this.onDone = onDone;
  }

  /** Creates the demo county in the background; cancel leaves the database empty. */
  public void loadDemo() {
    start(BackgroundTask.of(setup::loadDemo).onSuccess(s -> finished()));
  }

  /** Checks the form, then saves county and departments in one transaction. */
  public void startEmpty() {
    List<Department> drafts = new ArrayList<>();
    try {
      for (int i = 0; i < departments.size(); i++) {
        DepartmentRow row = departments.get(i);
        drafts.add(Department.draft(row.code.get(), row.name.get(), row.prefix.get(), i));
      }
    } catch (SuijiException e) {
      error.set(messages.describe(e));
      return;
    }
    String county = countyName.get();
    start(BackgroundTask.<Boolean>of(p -> {
      setup.startEmpty(county, drafts);
      return true;
    }).onSuccess(ok -> finished()));
  }

  public void addDepartment() {
    departments.add(new DepartmentRow());
  }

  public void cancel() {
    if (running != null) {
      running.cancel();
    }
  }

  private <T> void start(BackgroundTask<T> task) {
    error.set("");
    busy.set(true);
    progress.set(-1);
    task.onFailure(e -> {
      busy.set(false);
      String text = e instanceof SuijiException se ? messages.describe(se) : messages.get("common.unexpected");
      error.set(text);
      dialogs.showError(messages.get("setup.error.title"), text);
    }).onCancelled(() -> {
      busy.set(false);
      error.set(messages.get("common.cancelled"));
    });
    running = executor.execute(task);
    progress.bind(running.progressProperty());
  }

  private void finished() {
    progress.unbind();
    busy.set(false);
    onDone.run();
  }

  public StringProperty countyNameProperty() {
    return countyName;
  }

  public ObservableList<DepartmentRow> departments() {
    return departments;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** One department being typed in. */
  public static final class DepartmentRow {
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty prefix = new SimpleStringProperty("");

    public StringProperty code() {
      return code;
    }

    public StringProperty name() {
      return name;
    }

    public StringProperty prefix() {
      return prefix;
    }
  }
}
