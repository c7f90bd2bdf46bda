package cn.suiji.admin.ui;

import cn.suiji.admin.domain.Operator;
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

/**
 * First start on an empty database: who is operating, then load the demo county or name the
 * county and its departments. The progress says what is being done, phase by phase.
 */
public final class FirstStartViewModel {
  private final SetupService setup;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final StringProperty operatorName = new SimpleStringProperty("");
  private final StringProperty operatorRole = new SimpleStringProperty("");
  private final ObservableList<String> roles = FXCollections.observableArrayList();
  private final StringProperty phase = new SimpleStringProperty("");
  private final StringProperty countyName = new SimpleStringProperty("");
  private final ObservableList<DepartmentRow> departments = FXCollections.observableArrayList(new DepartmentRow());
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty error = new SimpleStringProperty("");
  private final DoubleProperty shownProgress = new SimpleDoubleProperty(-1);
  private @Nullable TaskHandle running;
  private @Nullable Boolean demoRunning;
  private Runnable onDone = () -> {};

  public FirstStartViewModel(SetupService setup, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.setup = setup;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    roles.setAll(messages.get("settings.role.clerk"), messages.get("settings.role.lead"));
    operatorRole.set(roles.get(0));
    // the bar shows the work's own progress while it writes; past the last step (the commit,
    // forced to the disk) it runs without a total and says so, instead of sitting at 100 %
    progress.addListener((obs, old, value) -> showPhase(value.doubleValue()));
  }

  private void showPhase(double p) {
    if (!busy.get() || demoRunning == null) {
      return;
    }
    if (!demoRunning) {
      phase.set(messages.get("setup.phase.empty"));
    } else if (p < 0) {
      phase.set(messages.get("setup.phase.generate"));
    } else if (p < 1) {
      phase.set(messages.get("setup.phase.write", Math.round(p * 100)));
    } else {
      phase.set(messages.get("setup.phase.commit"));
    }
    shownProgress.set(p >= 1 ? -1 : p);
  }

  public void setOnDone(Runnable onDone) {
    this.onDone = onDone;
  }

  /** Creates the demo county in the background; cancel leaves the database empty. */
  public void loadDemo() {
    Operator me = operator();
    if (me == null) {
      return;
    }
    demoRunning = true;
    start(BackgroundTask.of(p -> setup.loadDemo(me, p)).onSuccess(s -> finished()));
  }

  /** The operator as typed; null (and the error shown) when the name is missing. */
  private @Nullable Operator operator() {
    Operator me = new Operator(operatorName.get(), operatorRole.get());
    if (me.name().isEmpty() || me.name().length() > Operator.NAME_MAX) {
      error.set(messages.get("setup.error.operatorMissing"));
      return null;
    }
    return me;
  }

  /** Checks the form, then saves county and departments in one transaction. */
  public void startEmpty() {
    Operator me = operator();
    if (me == null) {
      return;
    }
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
    demoRunning = false;
    start(BackgroundTask.<Boolean>of(p -> {
      setup.startEmpty(me, county, drafts);
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
    showPhase(-1);
    task.onFailure(e -> {
      busy.set(false);
      String text = messages.describeFailure(e);
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
    phase.set(messages.get("setup.phase.open"));
    shownProgress.set(-1);
    busy.set(false);
    onDone.run();
  }

  public StringProperty operatorNameProperty() {
    return operatorName;
  }

  public StringProperty operatorRoleProperty() {
    return operatorRole;
  }

  /** Role words offered (the clerk may type another). */
  public ObservableList<String> roles() {
    return roles;
  }

  /** What is being done now, under the progress bar. */
  public StringProperty phaseProperty() {
    return phase;
  }

  /** The bar's value: the work's progress, or indeterminate (-1) while it has no total. */
  public DoubleProperty shownProgressProperty() {
    return shownProgress;
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
