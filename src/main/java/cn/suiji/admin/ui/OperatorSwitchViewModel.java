package cn.suiji.admin.ui;

import cn.suiji.admin.domain.Operator;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The current operator in the main window's status bar: shown, and switched by a choice (saved
 * and audited at once). A file with no operator (made by the command line) shows 未指定操作人员
 * here and in the log until one is added on the settings screen — never the computer's login.
 */
public final class OperatorSwitchViewModel {
  private final SettingsService settings;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<String> names = FXCollections.observableArrayList();
  private final StringProperty current = new SimpleStringProperty("");
  private List<Operator> operators = List.of();
  /** True while the list is being shown from the database, so showing is not taken for a switch. */
  private boolean showing;

  public OperatorSwitchViewModel(SettingsService settings, TaskExecutor executor, DialogService dialogs,
      Messages messages) {
    this.settings = settings;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    current.addListener((obs, old, name) -> {
      if (!showing && name != null && !name.isEmpty() && !name.equals(old)) {
        choose(name);
      }
    });
  }

  /** Reads the operators and the current one. */
  public void load() {
    executor.execute(BackgroundTask.of(p -> new Loaded(settings.operators(),
        settings.currentOperator().map(Operator::name).orElse(""))).onSuccess(this::show));
  }

  private void choose(String name) {
    executor.execute(BackgroundTask.<Boolean>of(p -> {
      settings.chooseOperator(name);
      return true;
    }).onSuccess(ok -> load()).onFailure(e -> {
      failed(e);
      load();
    }));
  }

  private void failed(Throwable e) {
    dialogs.showError(messages.get("status.operator"),
        messages.describeFailure(e));
  }

  private void show(Loaded loaded) {
    showing = true;
    try {
      operators = loaded.operators();
      names.setAll(operators.stream().map(Operator::name).toList());
      current.set(loaded.current());
    } finally {
      showing = false;
    }
  }

  /** How a name is shown: with its role word, 王晓明（经办人）; 未指定 for none. */
  public String display(String name) {
    if (name == null || name.isEmpty()) {
      return messages.get("operator.none");
    }
    return operators.stream().filter(o -> o.name().equals(name) && !o.role().isEmpty()).findFirst()
        .map(o -> o.name() + "（" + o.role() + "）").orElse(name);
  }

  public ObservableList<String> names() {
    return names;
  }

  public StringProperty currentProperty() {
    return current;
  }

  private record Loaded(List<Operator> operators, String current) {}
}
