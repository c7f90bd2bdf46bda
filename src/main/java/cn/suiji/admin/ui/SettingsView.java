package cn.suiji.admin.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the settings screen to its ViewModel. */
public final class SettingsView {
  private final SettingsViewModel viewModel;
  private final Parent root;

  @FXML private VBox operatorRows;
  @FXML private ComboBox<String> currentOperator;
  @FXML private TextField countyName;
  @FXML private ComboBox<String> font;
  @FXML private Label message;
  @FXML private Label lastBackup;
  @FXML private Button backupButton;

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
    viewModel.operators().addListener((ListChangeListener<SettingsViewModel.OperatorRow>) c -> showOperators());
    showOperators();
    currentOperator.setItems(viewModel.operatorNames());
    currentOperator.valueProperty().bindBidirectional(viewModel.currentOperatorProperty());
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
    lastBackup.textProperty().bind(viewModel.lastBackupProperty());
    backupButton.disableProperty().bind(viewModel.backingUpProperty());
  }

  /** One line per operator: name, role (a word offered or typed), remove. */
  private void showOperators() {
    operatorRows.getChildren().clear();
    int i = 0;
    for (SettingsViewModel.OperatorRow row : viewModel.operators()) {
      Label nameLabel = new Label(Messages.msg("settings.operator.name"));
      nameLabel.setMinWidth(Label.USE_PREF_SIZE);
      TextField name = new TextField();
      name.setId("operator-name-" + i);
      name.setPrefWidth(200);
      name.textProperty().bindBidirectional(row.name());
      Label roleLabel = new Label(Messages.msg("settings.operator.role"));
      roleLabel.setMinWidth(Label.USE_PREF_SIZE);
      ComboBox<String> role = new ComboBox<>(viewModel.roles());
      role.setId("operator-role-" + i);
      role.setEditable(true);
      role.setPrefWidth(130);
      role.valueProperty().bindBidirectional(row.role());
      Button remove = new Button(Messages.msg("settings.operator.remove"));
      remove.setMinWidth(Button.USE_PREF_SIZE);
      remove.setOnAction(e -> viewModel.removeOperator(row));
      HBox line = new HBox(8, nameLabel, name, roleLabel, role, remove);
      line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      HBox.setHgrow(name, Priority.SOMETIMES);
      operatorRows.getChildren().add(line);
      i++;
    }
  }

  @FXML
  private void addOperator() {
    viewModel.addOperator();
  }

  @FXML
  private void backupNow() {
    viewModel.backupNow();
  }

  @FXML
  private void save() {
    viewModel.save();
  }
}
