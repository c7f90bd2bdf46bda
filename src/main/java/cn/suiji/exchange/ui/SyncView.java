package cn.suiji.exchange.ui;

import cn.suiji.exchange.ui.SyncViewModel.CountLine;
import cn.suiji.exchange.ui.SyncViewModel.RejectedLine;
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

/** Binds the 同步 screen to its ViewModel; the buttons wait while a job runs, the bar and cancel show only then. */
public final class SyncView {
  private final SyncViewModel viewModel;
  private final Parent root;

  @FXML private Label summary;
  @FXML private Label lastBatch;
  @FXML private Button packageButton;
  @FXML private Button workbookButton;
  @FXML private Button sentButton;
  @FXML private Button feedbackButton;
  @FXML private Button openRecordButton;
  @FXML private Button transmittalButton;
  @FXML private Button receiptButton;
  @FXML private Button uploadButton;
  @FXML private TextField endpoint;
  @FXML private ProgressBar jobProgress;
  @FXML private Button cancelButton;
  @FXML private Label outcome;
  @FXML private Label error;
  @FXML private TableView<CountLine> countTable;
  @FXML private TableColumn<CountLine, String> kindColumn;
  @FXML private TableColumn<CountLine, String> stateColumn;
  @FXML private TableColumn<CountLine, String> countColumn;
  @FXML private TableColumn<CountLine, String> oldestColumn;
  @FXML private TableView<RejectedLine> rejectedTable;
  @FXML private TableColumn<RejectedLine, String> keyColumn;
  @FXML private TableColumn<RejectedLine, String> rejectedKindColumn;
  @FXML private TableColumn<RejectedLine, String> reasonColumn;

  public SyncView(SyncViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    summary.textProperty().bind(viewModel.summaryProperty());
    lastBatch.textProperty().bind(viewModel.lastBatchProperty());
    endpoint.textProperty().bindBidirectional(viewModel.endpointProperty());
    viewModel.work().bind(outcome, error, jobProgress, cancelButton, packageButton, receiptButton, uploadButton,
        workbookButton, feedbackButton, transmittalButton);
    // 标记已上传 only while a workbook waits to be marked
    sentButton.disableProperty().bind(viewModel.work().working().or(viewModel.unsentWorkbookProperty().isEmpty()));
    countTable.setItems(viewModel.counts());
    Columns.text(kindColumn, CountLine::kind);
    Columns.text(stateColumn, CountLine::state);
    Columns.text(countColumn, c -> Integer.toString(c.count()));
    Columns.text(oldestColumn, CountLine::oldest);
    rejectedTable.setItems(viewModel.rejected());
    Columns.text(keyColumn, RejectedLine::key);
    Columns.keepWhole(keyColumn, "result:1000000"); // the id the platform's reason refers to
    Columns.text(rejectedKindColumn, RejectedLine::kind);
    Columns.text(reasonColumn, RejectedLine::reason);
    viewModel.selectedRejectedProperty().bind(rejectedTable.getSelectionModel().selectedItemProperty());
    openRecordButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> rejectedTable.getSelectionModel().getSelectedItem() == null
            || rejectedTable.getSelectionModel().getSelectedItem().record() == null,
        rejectedTable.getSelectionModel().selectedItemProperty()));
    rejectedTable.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        viewModel.openSelected();
      }
    });
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void exportPackage() {
    viewModel.exportPackage();
  }

  @FXML
  private void exportWorkbook() {
    viewModel.exportWorkbook();
  }

  @FXML
  private void markSent() {
    viewModel.markSent();
  }

  @FXML
  private void readFeedback() {
    viewModel.readFeedback();
  }

  @FXML
  private void printTransmittal() {
    viewModel.printTransmittal();
  }

  @FXML
  private void openRecord() {
    viewModel.openSelected();
  }

  @FXML
  private void readReceipt() {
    viewModel.readReceipt();
  }

  @FXML
  private void upload() {
    viewModel.upload();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
