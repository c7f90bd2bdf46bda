package cn.suiji.admin.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the settings screen to its ViewModel. */
public final class SettingsView {
  private final SettingsViewModel viewModel;
  private final Parent root;

  @FXML private TextField userName;
  @FXML private TextField countyName;
  @FXML private ComboBox<String> font;
  @FXML private Label message;

  public SettingsView(SettingsViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.load();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    userName.textProperty().bindBidirectional(viewModel.userNameProperty());
    countyName.textProperty().bindBidirectional(viewModel.countyNameProperty());
    font.setItems(viewModel.fonts());
    font.setConverter(new StringConverter<>() {
      @Override
      public String toString(String family) {
        return family == null || family.isEmpty() ? Messages.msg("settings.fontAuto") : family;
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    font.valueProperty().bindBidirectional(viewModel.fontProperty());
    message.textProperty().bind(viewModel.messageProperty());
  }

  @FXML
  private void save() {
    viewModel.save();
  }
}
