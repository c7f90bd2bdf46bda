package cn.suiji.inspection.ui;

import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the notices screen to its ViewModel. */
public final class NoticesView {
  private final NoticesViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<NoticesViewModel.DrawChoice> drawChoice;
  @FXML private DatePicker issueDate;
  @FXML private CheckBox withSheets;
  @FXML private Button announceButton;
  @FXML private Button printButton;
  @FXML private DatePicker deliveryDate;
  @FXML private ComboBox<DeliveryMethod> method;
  @FXML private Button deliverChosenButton;
  @FXML private Button deliverAllButton;
  @FXML private TextField voidReason;
  @FXML private Button voidButton;
  @FXML private ProgressBar jobProgress;
  @FXML private Button cancelButton;
  @FXML private Label summary;
  @FXML private TableView<NoticesViewModel.Line> table;
  @FXML private TableColumn<NoticesViewModel.Line, String> orderColumn;
  @FXML private TableColumn<NoticesViewModel.Line, String> targetColumn;
  @FXML private TableColumn<NoticesViewModel.Line, String> codeColumn;
  @FXML private TableColumn<NoticesViewModel.Line, String> numberColumn;
  @FXML private TableColumn<NoticesViewModel.Line, String> statusColumn;
  @FXML private TableColumn<NoticesViewModel.Line, String> deliveredColumn;
  @FXML private Label outcome;
  @FXML private Label error;

  public NoticesView(NoticesViewModel viewModel, ViewLoader loader, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    drawChoice.setItems(viewModel.drawChoices());
    drawChoice.valueProperty().bindBidirectional(viewModel.drawProperty());
    IsoDates.use(issueDate);
    IsoDates.use(deliveryDate);
    issueDate.valueProperty().bindBidirectional(viewModel.issueDateProperty());
    deliveryDate.valueProperty().bindBidirectional(viewModel.deliveryDateProperty());
    withSheets.selectedProperty().bindBidirectional(viewModel.withSheetsProperty());
    method.getItems().setAll(DeliveryMethod.values());
    method.setConverter(new StringConverter<>() {
      @Override
      public String toString(DeliveryMethod m) {
        return m == null ? "" : messages.label(m);
      }

      @Override
      public DeliveryMethod fromString(String text) {
        return DeliveryMethod.DIRECT;
      }
    });
    method.valueProperty().bindBidirectional(viewModel.methodProperty());
    voidReason.textProperty().bindBidirectional(viewModel.voidReasonProperty());
    table.setItems(viewModel.lines());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<NoticesViewModel.Line>) c ->
        viewModel.chosen().setAll(table.getSelectionModel().getSelectedItems()));
    Columns.text(orderColumn, l -> Integer.toString(l.order()));
    Columns.text(targetColumn, NoticesViewModel.Line::target);
    Columns.text(codeColumn, NoticesViewModel.Line::code);
    Columns.text(numberColumn, NoticesViewModel.Line::number);
    Columns.text(statusColumn, NoticesViewModel.Line::status);
    Columns.text(deliveredColumn, NoticesViewModel.Line::delivered);
    // an 18-character credit code and a number of the thousands are useful only whole
    Columns.keepWhole(codeColumn, "92620823MAMQGWM4XX");
    Columns.keepWhole(numberColumn, "青市监抽通〔2026〕1000号");
    var running = viewModel.job().runningProperty();
    var working = viewModel.busyProperty().or(running);
    for (Button b : new Button[] {announceButton, printButton, deliverChosenButton, deliverAllButton, voidButton}) {
      b.disableProperty().bind(working);
    }
    jobProgress.progressProperty().bind(viewModel.job().progressProperty());
    jobProgress.visibleProperty().bind(running);
    jobProgress.managedProperty().bind(running);
    cancelButton.visibleProperty().bind(running);
    cancelButton.managedProperty().bind(running);
    summary.textProperty().bind(viewModel.summaryProperty());
    outcome.textProperty().bind(viewModel.outcomeProperty());
    error.textProperty().bind(viewModel.errorProperty());
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void previewAnnouncement() {
    viewModel.previewAnnouncement();
  }

  @FXML
  private void previewNotices() {
    viewModel.previewNotices();
  }

  @FXML
  private void deliverChosen() {
    viewModel.deliverChosen();
  }

  @FXML
  private void deliverAll() {
    viewModel.deliverAll();
  }

  @FXML
  private void voidChosen() {
    viewModel.voidChosen();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
