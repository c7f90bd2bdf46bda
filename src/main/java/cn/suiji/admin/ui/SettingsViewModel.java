package cn.suiji.admin.ui;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The settings screen: who is using the app, the county's name, the interface font. */
public final class SettingsViewModel {
  private final SettingsService settings;
  private final TaskExecutor executor;
  private final Messages messages;
  private final StringProperty userName = new SimpleStringProperty("");
  private final StringProperty countyName = new SimpleStringProperty("");
  private final StringProperty font = new SimpleStringProperty("");
  private final ObservableList<String> fonts = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private Runnable onSaved = () -> {};

  public SettingsViewModel(SettingsService settings, List<String> installedFonts, TaskExecutor executor, Messages messages) {
    this.settings = settings;
    this.executor = executor;
    this.messages = messages;
    fonts.add("");
    fonts.addAll(installedFonts);
  }

  public void setOnSaved(Runnable onSaved) {
    this.onSaved = onSaved;
  }

  public void load() {
    executor.execute(BackgroundTask.of(p -> new String[] {settings.currentUser(), settings.countyName().orElse(""),
        settings.get(SettingsService.UI_FONT).orElse("")}).onSuccess(v -> {
          userName.set(v[0]);
          countyName.set(v[1]);
          font.set(v[2]);
        }));
  }

  public void save() {
    String user = userName.get();
    String county = countyName.get();
    String chosen = font.get() == null ? "" : font.get();
    executor.execute(BackgroundTask.<Boolean>of(p -> {
      settings.saveGeneral(user, county, chosen);
      return true;
    }).onSuccess(ok -> {
      message.set(messages.get("settings.saved"));
      onSaved.run();
    }).onFailure(e -> message.set(e instanceof SuijiException se ? messages.describe(se) : messages.get("common.unexpected"))));
  }

  public StringProperty userNameProperty() {
    return userName;
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
}
