package cn.suiji.draw.ui;

import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the draw wizard to its ViewModel: one pane per step, shown when it is the current one. */
public final class DrawWizardView {
  private final DrawWizardViewModel viewModel;
  private final Parent root;

  @FXML private Label stepTitle;
  @FXML private Label error;
  @FXML private ProgressIndicator busy;
  @FXML private VBox taskStep;
  @FXML private VBox poolStep;
  @FXML private VBox sampleStep;
  @FXML private VBox inspectorsStep;
  @FXML private VBox ceremonyStep;
  @FXML private VBox reviewStep;
  @FXML private TableView<DrawRows.TaskRow> taskTable;
  @FXML private TableColumn<DrawRows.TaskRow, String> taskCodeColumn;
  @FXML private TableColumn<DrawRows.TaskRow, String> taskNameColumn;
  @FXML private Label taskWindow;
  @FXML private HBox lateBox;
  @FXML private TextField lateReason;
  @FXML private VBox openAttemptBox;
  @FXML private Label openAttemptText;
  @FXML private Button resumeButton;
  @FXML private TextField openVoidReason;
  @FXML private Button openVoidButton;
  @FXML private Label planSummary;
  @FXML private TableView<DrawRows.ExclusionRow> exclusionTable;
  @FXML private TableColumn<DrawRows.ExclusionRow, String> exclusionReasonColumn;
  @FXML private TableColumn<DrawRows.ExclusionRow, String> exclusionCountColumn;
  @FXML private TableView<DrawRows.StratumRow> poolStrataTable;
  @FXML private TableColumn<DrawRows.StratumRow, String> poolStratumColumn;
  @FXML private TableColumn<DrawRows.StratumRow, String> poolNColumn;
  @FXML private Label poolSample;
  @FXML private TableView<DrawRows.StratumRow> strataTable;
  @FXML private TableColumn<DrawRows.StratumRow, String> stratumColumn;
  @FXML private TableColumn<DrawRows.StratumRow, String> nColumn;
  @FXML private TableColumn<DrawRows.StratumRow, String> askedColumn;
  @FXML private TableColumn<DrawRows.StratumRow, String> requestedColumn;
  @FXML private TableColumn<DrawRows.StratumRow, String> floorColumn;
  @FXML private TableColumn<DrawRows.StratumRow, String> kColumn;
  @FXML private Label sampleSummary;
  @FXML private TableView<DrawRows.GroupRow> groupTable;
  @FXML private TableColumn<DrawRows.GroupRow, String> groupKeyColumn;
  @FXML private TableColumn<DrawRows.GroupRow, String> groupNameColumn;
  @FXML private TableColumn<DrawRows.GroupRow, String> groupMColumn;
  @FXML private TableColumn<DrawRows.GroupRow, String> groupEligibleColumn;
  @FXML private TableView<DrawRows.InspectorRow> inspectorTable;
  @FXML private TableColumn<DrawRows.InspectorRow, String> inspectorGroupColumn;
  @FXML private TableColumn<DrawRows.InspectorRow, String> inspectorKeyColumn;
  @FXML private TableColumn<DrawRows.InspectorRow, String> inspectorNameColumn;
  @FXML private TableColumn<DrawRows.InspectorRow, String> inspectorReasonColumn;
  @FXML private Label conflictSummary;
  @FXML private TextField operator;
  @FXML private Button openButton;
  @FXML private Label commitment;
  @FXML private TextField witnesses;
  @FXML private TextField entropy;
  @FXML private Label verificationCode;
  @FXML private TableView<DrawRows.SelectedRow> selectedTable;
  @FXML private TableColumn<DrawRows.SelectedRow, String> orderColumn;
  @FXML private TableColumn<DrawRows.SelectedRow, String> targetColumn;
  @FXML private TableColumn<DrawRows.SelectedRow, String> numberColumn;
  @FXML private TableColumn<DrawRows.SelectedRow, String> inspectorsColumn;
  @FXML private TextField voidReason;
  @FXML private Button confirmButton;
  @FXML private Button voidButton;
  @FXML private HBox printBox;
  @FXML private Button previewButton;
  @FXML private Button savePdfButton;
  @FXML private Button saveWordButton;
  @FXML private ProgressBar jobProgress;
  @FXML private Button cancelJobButton;
  @FXML private Label outcome;
  @FXML private Button backButton;
  @FXML private Button nextButton;

  public DrawWizardView(DrawWizardViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    VBox[] panes = {taskStep, poolStep, sampleStep, inspectorsStep, ceremonyStep, reviewStep};
    for (int i = 0; i < panes.length; i++) {
      VBox pane = panes[i];
      int index = i;
      pane.visibleProperty().bind(viewModel.currentIndexProperty().isEqualTo(index));
      pane.managedProperty().bind(pane.visibleProperty());
    }
    stepTitle.textProperty().bind(viewModel.stepTitleProperty());
    error.textProperty().bind(viewModel.errorProperty());
    busy.visibleProperty().bind(viewModel.busyProperty());

    taskTable.setItems(viewModel.tasks());
    Columns.text(taskCodeColumn, DrawRows.TaskRow::code);
    Columns.text(taskNameColumn, DrawRows.TaskRow::name);
    taskTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.chooseTask(row));
    viewModel.selectedTaskProperty().addListener((obs, old, row) -> {
      if (row != null && taskTable.getSelectionModel().getSelectedItem() != row) {
        taskTable.getSelectionModel().select(row);
        taskTable.scrollTo(row);
      }
    });
    taskWindow.textProperty().bind(viewModel.taskChoice().taskWindowProperty());
    lateBox.visibleProperty().bind(viewModel.taskChoice().lateProperty());
    lateBox.managedProperty().bind(lateBox.visibleProperty());
    lateReason.textProperty().bindBidirectional(viewModel.taskChoice().lateReasonProperty());
    openAttemptBox.visibleProperty().bind(viewModel.taskChoice().openAttemptProperty().isNotNull());
    openAttemptBox.managedProperty().bind(openAttemptBox.visibleProperty());
    openAttemptText.textProperty().bind(viewModel.taskChoice().openAttemptTextProperty());
    resumeButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(
        () -> viewModel.taskChoice().openAttemptProperty().get() == null || !viewModel.taskChoice().openAttemptProperty().get().resumable(),
        viewModel.taskChoice().openAttemptProperty())));
    openVoidReason.textProperty().bindBidirectional(viewModel.taskChoice().openVoidReasonProperty());
    openVoidButton.disableProperty().bind(viewModel.busyProperty());

    planSummary.textProperty().bind(viewModel.planRows().summaryProperty());
    exclusionTable.setItems(viewModel.planRows().exclusions());
    Columns.text(exclusionReasonColumn, DrawRows.ExclusionRow::reason);
    Columns.text(exclusionCountColumn, DrawRows.ExclusionRow::count);
    poolStrataTable.setItems(viewModel.planRows().strata());
    Columns.text(poolStratumColumn, DrawRows.StratumRow::key);
    Columns.text(poolNColumn, DrawRows.StratumRow::n);
    poolSample.textProperty().bind(viewModel.planRows().poolSampleProperty());

    strataTable.setItems(viewModel.planRows().strata());
    Columns.text(stratumColumn, DrawRows.StratumRow::key);
    Columns.text(nColumn, DrawRows.StratumRow::n);
    Columns.text(askedColumn, DrawRows.StratumRow::asked);
    Columns.text(requestedColumn, DrawRows.StratumRow::requestedK);
    Columns.text(floorColumn, DrawRows.StratumRow::floorK);
    Columns.text(kColumn, DrawRows.StratumRow::k);
    sampleSummary.textProperty().bind(viewModel.planRows().sampleSummaryProperty());

    groupTable.setItems(viewModel.planRows().groups());
    Columns.text(groupKeyColumn, DrawRows.GroupRow::key);
    Columns.text(groupNameColumn, DrawRows.GroupRow::name);
    Columns.text(groupMColumn, DrawRows.GroupRow::m);
    Columns.text(groupEligibleColumn, DrawRows.GroupRow::eligible);
    inspectorTable.setItems(viewModel.planRows().inspectorExclusions());
    Columns.text(inspectorGroupColumn, DrawRows.InspectorRow::group);
    Columns.text(inspectorKeyColumn, DrawRows.InspectorRow::key);
    Columns.text(inspectorNameColumn, DrawRows.InspectorRow::name);
    Columns.text(inspectorReasonColumn, DrawRows.InspectorRow::reason);
    conflictSummary.textProperty().bind(viewModel.planRows().conflictSummaryProperty());

    operator.textProperty().bindBidirectional(viewModel.operatorProperty());
    operator.disableProperty().bind(viewModel.committed());
    openButton.disableProperty().bind(viewModel.committed().or(viewModel.busyProperty()));
    commitment.textProperty().bind(viewModel.commitmentProperty());
    witnesses.textProperty().bindBidirectional(viewModel.witnessesProperty());
    entropy.textProperty().bindBidirectional(viewModel.entropyProperty());
    // the entropy is typed only once the commitment is on screen
    entropy.disableProperty().bind(viewModel.committed().not());

    verificationCode.textProperty().bind(viewModel.verificationCodeProperty());
    selectedTable.setItems(viewModel.selected());
    Columns.text(orderColumn, DrawRows.SelectedRow::order);
    Columns.text(targetColumn, DrawRows.SelectedRow::target);
    Columns.text(numberColumn, DrawRows.SelectedRow::number);
    Columns.text(inspectorsColumn, DrawRows.SelectedRow::inspectors);
    voidReason.textProperty().bindBidirectional(viewModel.voidReasonProperty());
    confirmButton.disableProperty().bind(viewModel.finishedProperty().or(viewModel.busyProperty()));
    voidButton.disableProperty().bind(viewModel.finishedProperty().or(viewModel.busyProperty()));
    outcome.textProperty().bind(viewModel.outcomeProperty());
    // only a confirmed record is printed: the buttons appear after 确认
    printBox.visibleProperty().bind(viewModel.finishedProperty());
    printBox.managedProperty().bind(printBox.visibleProperty());
    var running = viewModel.job().runningProperty();
    previewButton.disableProperty().bind(running);
    savePdfButton.disableProperty().bind(running);
    saveWordButton.disableProperty().bind(running);
    jobProgress.progressProperty().bind(viewModel.job().progressProperty());
    jobProgress.visibleProperty().bind(running);
    cancelJobButton.visibleProperty().bind(running);

    backButton.disableProperty().bind(viewModel.canGoBack().not());
    nextButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.finishedProperty())
        .or(viewModel.currentIndexProperty().isEqualTo(viewModel.steps().size() - 1)));
  }

  @FXML
  private void next() {
    viewModel.next();
  }

  @FXML
  private void back() {
    viewModel.back();
  }

  @FXML
  private void resumeOpenAttempt() {
    viewModel.resumeOpenAttempt();
  }

  @FXML
  private void voidOpenAttempt() {
    viewModel.voidOpenAttempt();
  }

  /** Asks the ViewModel before the page is left: {@code proceed} runs once it may be. */
  public void leave(Runnable proceed) {
    viewModel.leave(proceed);
  }

  @FXML
  private void openCeremony() {
    viewModel.openCeremony();
  }

  private javafx.stage.@org.jspecify.annotations.Nullable Stage projector;

  /** Opens the projector window (or brings it to the front): what the room watches. */
  @FXML
  private void openProjector() {
    if (projector != null && projector.isShowing()) {
      projector.toFront();
      return;
    }
    projector = CeremonyView.open(viewModel.ceremony(), viewModel.messages(), root.getScene().getWindow());
  }

  @FXML
  private void confirm() {
    viewModel.confirm();
  }

  @FXML
  private void voidAttempt() {
    viewModel.voidAttempt();
  }

  @FXML
  private void previewRecord() {
    viewModel.previewRecord();
  }

  @FXML
  private void saveRecordPdf() {
    viewModel.saveRecordPdf();
  }

  @FXML
  private void saveRecordWord() {
    viewModel.saveRecordWord();
  }

  @FXML
  private void cancelJob() {
    viewModel.cancelJob();
  }
}
