package cn.suiji.joint.ui;

import cn.suiji.joint.ui.JointViewModel.InspectionLine;
import cn.suiji.joint.ui.JointViewModel.TaskLine;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the 联合抽查 screen to its ViewModel; the buttons wait while a job runs, the bar and cancel show only then. */
public final class JointView {
  private final JointViewModel viewModel;
  private final Parent root;

  @FXML private TextField taskCode;
  @FXML private TextField partnerCode;
  @FXML private TextField department;
  @FXML private TextField date;
  @FXML private TextField codes;
  @FXML private Button exportTaskButton;
  @FXML private Button summaryButton;
  @FXML private Button importButton;
  @FXML private Button recordButton;
  @FXML private Button resultsButton;
  @FXML private ProgressBar jointProgress;
  @FXML private Button jointCancelButton;
  @FXML private Label jointOutcome;
  @FXML private Label jointError;
  @FXML private TableView<TaskLine> taskTable;
  @FXML private TableColumn<TaskLine, String> taskCodeColumn;
  @FXML private TableColumn<TaskLine, String> taskNameColumn;
  @FXML private TableColumn<TaskLine, String> leadColumn;
  @FXML private TableColumn<TaskLine, String> jointCountColumn;
  @FXML private TableView<InspectionLine> inspectionTable;
  @FXML private TableColumn<InspectionLine, String> orderColumn;
  @FXML private TableColumn<InspectionLine, String> targetCodeColumn;
  @FXML private TableColumn<InspectionLine, String> targetNameColumn;
  @FXML private TableColumn<InspectionLine, String> inspectorsColumn;
  @FXML private TableColumn<InspectionLine, String> resultColumn;

  public JointView(JointViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    taskCode.textProperty().bindBidirectional(viewModel.taskCodeProperty());
    partnerCode.textProperty().bindBidirectional(viewModel.partnerCodeProperty());
    department.textProperty().bindBidirectional(viewModel.departmentProperty());
    date.textProperty().bindBidirectional(viewModel.dateProperty());
    codes.textProperty().bindBidirectional(viewModel.codesProperty());
    viewModel.work().bind(jointOutcome, jointError, jointProgress, jointCancelButton, exportTaskButton, summaryButton,
        importButton, recordButton, resultsButton);
    taskTable.setItems(viewModel.tasks());
    Columns.text(taskCodeColumn, TaskLine::code);
    Columns.keepWhole(taskCodeColumn, "2026-SCJGJ-03");
    Columns.text(taskNameColumn, TaskLine::name);
    Columns.text(leadColumn, TaskLine::lead);
    Columns.text(jointCountColumn, t -> t.results() + "/" + t.inspections());
    viewModel.selectedTaskProperty().addListener((o, was, now) -> {
      if (now != null && taskTable.getSelectionModel().getSelectedItem() != now) {
        taskTable.getSelectionModel().select(now);
      }
    });
    taskTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        viewModel.selectedTaskProperty().set(now);
      }
    });
    inspectionTable.setItems(viewModel.inspections());
    Columns.text(orderColumn, InspectionLine::order);
    Columns.text(targetCodeColumn, InspectionLine::code);
    Columns.keepWhole(targetCodeColumn, "91620000MA00000000");
    Columns.text(targetNameColumn, InspectionLine::name);
    Columns.text(inspectorsColumn, InspectionLine::inspectors);
    Columns.text(resultColumn, InspectionLine::result);
    inspectionTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
        viewModel.selectedInspectionProperty().set(now));
  }

  @FXML
  private void exportTask() {
    viewModel.exportTask();
  }

  @FXML
  private void exportSummary() {
    viewModel.exportSummary();
  }

  @FXML
  private void importPackage() {
    viewModel.importPackage();
  }

  @FXML
  private void recordResult() {
    viewModel.recordResult();
  }

  @FXML
  private void exportResults() {
    viewModel.exportResults();
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
