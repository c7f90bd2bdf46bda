package cn.suiji.admin.ui;

import cn.suiji.admin.domain.Operator;
import cn.suiji.admin.service.BackupService;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The settings screen: the operators and the current one, the county's name, the interface font. */
public final class SettingsViewModel {
  private final SettingsService settings;
  private final BackupService backups;
  private final DialogService dialogs;
  private final TaskExecutor executor;
  private final Messages messages;
  private final ObservableList<OperatorRow> operators = FXCollections.observableArrayList();
  /** The names typed so far, for the choice of the current operator. */
  private final ObservableList<String> operatorNames = FXCollections.observableArrayList();
  private final StringProperty currentOperator = new SimpleStringProperty("");
  private final ObservableList<String> roles = FXCollections.observableArrayList();
  private final StringProperty countyName = new SimpleStringProperty("");
  private final StringProperty font = new SimpleStringProperty("");
  private final ObservableList<String> fonts = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty lastBackup = new SimpleStringProperty("");
  private final BooleanProperty backingUp = new SimpleBooleanProperty(false);
  private Runnable onSaved = () -> {};

  public SettingsViewModel(SettingsService settings, BackupService backups, List<String> installedFonts,
      TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.settings = settings;
    this.backups = backups;
    this.dialogs = dialogs;
    this.executor = executor;
    this.messages = messages;
    fonts.add("");
    fonts.addAll(installedFonts);
    roles.setAll(messages.get("settings.role.clerk"), messages.get("settings.role.lead"));
  }

  public void setOnSaved(Runnable onSaved) {
    this.onSaved = onSaved;
  }

  public void load() {
    executor.execute(BackgroundTask.of(p -> new Loaded(settings.operators(),
        settings.currentOperator().map(Operator::name).orElse(""), settings.countyName().orElse(""),
        settings.get(SettingsService.UI_FONT).orElse(""))).onSuccess(v -> {
          operators.clear();
          v.operators().forEach(o -> addOperator(o.name(), o.role()));
          if (operators.isEmpty()) {
            addOperator();
          }
          currentOperator.set(v.current());
          countyName.set(v.county());
          font.set(v.font());
        }));
    showLastBackup();
  }

  private void showLastBackup() {
    executor.execute(BackgroundTask.of(p -> backups.last()).onSuccess(last -> lastBackup.set(last
        .map(b -> messages.get("settings.backup.last", b.at().toLocalDate() + " " + b.at().toLocalTime(), b.where()))
        .orElse(messages.get("status.noBackup")))));
  }

  /** Copies the data file into a folder the clerk chooses (a USB stick), in the background. */
  public void backupNow() {
    if (backingUp.get()) {
      return;
    }
    dialogs.chooseFolder(messages.get("settings.backup.chooseFolder")).ifPresent(folder -> {
      backingUp.set(true);
      message.set(messages.get("settings.backup.running"));
      executor.execute(BackgroundTask.of(p -> backups.backupTo(folder)).onSuccess(copy -> {
        backingUp.set(false);
        message.set(messages.get("settings.backup.done", copy));
        showLastBackup();
        onSaved.run();
      }).onFailure(e -> {
        backingUp.set(false);
        String text = messages.describeFailure(e);
        message.set(text);
        dialogs.showError(messages.get("settings.backup.title"), text);
      }));
    });
  }

  public ReadOnlyStringProperty lastBackupProperty() {
    return lastBackup;
  }

  public ReadOnlyBooleanProperty backingUpProperty() {
    return backingUp;
  }

  /** A new, empty operator row (role 经办人). */
  public void addOperator() {
    addOperator("", roles.get(0));
  }

  private void addOperator(String name, String role) {
    OperatorRow row = new OperatorRow(name, role);
    row.name.addListener((obs, old, now) -> {
      names();
      if (old != null && old.equals(currentOperator.get())) {
        currentOperator.set(now);
      }
    });
    operators.add(row);
    names();
  }

  public void removeOperator(OperatorRow row) {
    operators.remove(row);
    names();
    if (!operatorNames.contains(currentOperator.get())) {
      currentOperator.set(operatorNames.isEmpty() ? "" : operatorNames.get(0));
    }
  }

  private void names() {
    String keep = currentOperator.get();
    operatorNames.setAll(operators.stream().map(r -> r.name.get().strip()).filter(n -> !n.isEmpty()).distinct().toList());
    currentOperator.set(keep);
  }

  public void save() {
    List<Operator> list = operators.stream().map(r -> new Operator(r.name.get(), r.role.get()))
        .filter(o -> !o.name().isEmpty()).toList(); // an untouched new row is no operator
    String current = currentOperator.get() == null ? "" : currentOperator.get().strip();
    String county = countyName.get();
    String chosen = font.get() == null ? "" : font.get();
    executor.execute(BackgroundTask.<Boolean>of(p -> {
      settings.saveGeneral(list, current, county, chosen);
      return true;
    }).onSuccess(ok -> {
      message.set(messages.get("settings.saved"));
      onSaved.run();
    }).onFailure(e -> message.set(messages.describeFailure(e))));
  }

  public ObservableList<OperatorRow> operators() {
    return operators;
  }

  public ObservableList<String> operatorNames() {
    return operatorNames;
  }

  public StringProperty currentOperatorProperty() {
    return currentOperator;
  }

  public ObservableList<String> roles() {
    return roles;
  }

  public StringProperty countyNameProperty() {
    return countyName;
  }

  public StringProperty fontProperty() {
    return font;
  }

  public ObservableList<String> fonts() {
    return fonts;
  }

  public StringProperty messageProperty() {
    return message;
  }

  /** One operator being edited. */
  public static final class OperatorRow {
    final StringProperty name;
    final StringProperty role;

    OperatorRow(String name, String role) {
      this.name = new SimpleStringProperty(name);
      this.role = new SimpleStringProperty(role);
    }

    public StringProperty name() {
      return name;
    }

    public StringProperty role() {
      return role;
    }
  }

  private record Loaded(List<Operator> operators, String current, String county, String font) {}
}
