package cn.suiji.draw.ui;

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

/** Binds the list of stored draws to its ViewModel. */
public final class DrawsView {
  private final DrawsViewModel viewModel;
  private final Parent root;

  @FXML private TableView<DrawRows.DrawRow> drawTable;
  @FXML private TableColumn<DrawRows.DrawRow, String> taskColumn;
  @FXML private TableColumn<DrawRows.DrawRow, String> taskNameColumn;
  @FXML private TableColumn<DrawRows.DrawRow, String> attemptColumn;
  @FXML private TableColumn<DrawRows.DrawRow, String> statusColumn;
  @FXML private TableColumn<DrawRows.DrawRow, String> timeColumn;
  @FXML private TableColumn<DrawRows.DrawRow, String> codeColumn;
  @FXML private Button reverifyButton;
  @FXML private Button exportButton;
  @FXML private Button previewButton;
  @FXML private Button savePdfButton;
  @FXML private Button saveWordButton;
  @FXML private TextField voidReason;
  @FXML private Button voidButton;
  @FXML private ProgressBar jobProgress;
  @FXML private Button cancelButton;
  @FXML private Label result;
  @FXML private Label error;

  public DrawsView(DrawsViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    drawTable.setItems(viewModel.draws());
    Columns.text(taskColumn, DrawRows.DrawRow::task);
    Columns.text(taskNameColumn, DrawRows.DrawRow::taskName);
    Columns.text(attemptColumn, DrawRows.DrawRow::attempt);
    Columns.text(statusColumn, DrawRows.DrawRow::status);
    Columns.text(timeColumn, DrawRows.DrawRow::time);
    Columns.text(codeColumn, DrawRows.DrawRow::code);
    drawTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
    viewModel.selectedProperty().addListener((obs, old, row) -> {
      if (row != null && drawTable.getSelectionModel().getSelectedItem() != row) {
        drawTable.getSelectionModel().select(row);
        drawTable.scrollTo(row);
      }
    });
    reverifyButton.disableProperty().bind(viewModel.busyProperty());
    exportButton.disableProperty().bind(viewModel.busyProperty());
    var working = viewModel.busyProperty().or(viewModel.job().runningProperty());
    previewButton.disableProperty().bind(working);
    savePdfButton.disableProperty().bind(working);
    saveWordButton.disableProperty().bind(working);
    voidReason.textProperty().bindBidirectional(viewModel.voidReasonProperty());
    voidButton.disableProperty().bind(working);
    jobProgress.progressProperty().bind(viewModel.job().progressProperty());
    jobProgress.visibleProperty().bind(viewModel.job().runningProperty());
    cancelButton.visibleProperty().bind(viewModel.job().runningProperty());
    result.textProperty().bind(viewModel.resultProperty());
    error.textProperty().bind(viewModel.errorProperty());
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void reverify() {
    viewModel.reverify();
  }

  @FXML
  private void export() {
    viewModel.export();
  }

  @FXML
  private void preview() {
    viewModel.preview();
  }

  @FXML
  private void savePdf() {
    viewModel.savePdf();
  }

  @FXML
  private void saveWord() {
    viewModel.saveWord();
  }

  @FXML
  private void voidOpen() {
    viewModel.voidOpen();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
