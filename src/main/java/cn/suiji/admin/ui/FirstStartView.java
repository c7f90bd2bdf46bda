package cn.suiji.admin.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the first-start choice to its ViewModel. */
public final class FirstStartView {
  private final FirstStartViewModel viewModel;
  private final Parent root;

  @FXML private TextField operatorName;
  @FXML private ComboBox<String> operatorRole;
  @FXML private Label phase;
  @FXML private TextField countyName;
  @FXML private VBox departmentRows;
  @FXML private Button loadDemoButton;
  @FXML private Button startEmptyButton;
  @FXML private Button addDepartmentButton;
  @FXML private HBox progressBox;
  @FXML private ProgressBar progress;
  @FXML private Label error;

  public FirstStartView(FirstStartViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    operatorName.textProperty().bindBidirectional(viewModel.operatorNameProperty());
    operatorRole.setItems(viewModel.roles());
    operatorRole.valueProperty().bindBidirectional(viewModel.operatorRoleProperty());
    phase.textProperty().bind(viewModel.phaseProperty());
    countyName.textProperty().bindBidirectional(viewModel.countyNameProperty());
    viewModel.departments().addListener((ListChangeListener<FirstStartViewModel.DepartmentRow>) c -> showRows());
    showRows();
    progress.progressProperty().bind(viewModel.shownProgressProperty());
    progressBox.visibleProperty().bind(viewModel.busyProperty());
    progressBox.managedProperty().bind(viewModel.busyProperty());
    loadDemoButton.disableProperty().bind(viewModel.busyProperty());
    startEmptyButton.disableProperty().bind(viewModel.busyProperty());
    addDepartmentButton.disableProperty().bind(viewModel.busyProperty());
    error.textProperty().bind(viewModel.errorProperty());
  }

  private void showRows() {
    departmentRows.getChildren().clear();
    int i = 0;
    for (FirstStartViewModel.DepartmentRow row : viewModel.departments()) {
      TextField code = field(row.code(), "setup.empty.code", "department-code-" + i);
      TextField name = field(row.name(), "setup.empty.name", "department-name-" + i);
      TextField prefix = field(row.prefix(), "setup.empty.prefix", "department-prefix-" + i);
      code.setPrefWidth(110);
      prefix.setPrefWidth(90);
      HBox line = new HBox(6, code, name, prefix);
      HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
      departmentRows.getChildren().add(line);
      i++;
    }
  }

  private static TextField field(javafx.beans.property.StringProperty value, String promptKey, String id) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(Messages.msg(promptKey));
    field.textProperty().bindBidirectional(value);
    return field;
  }

  @FXML
  private void loadDemo() {
    viewModel.loadDemo();
  }

  @FXML
  private void startEmpty() {
    viewModel.startEmpty();
  }

  @FXML
  private void addDepartment() {
    viewModel.addDepartment();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
