package cn.suiji.publish.ui;

import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.ui.DeadlinesViewModel.Filter;
import cn.suiji.publish.ui.DeadlinesViewModel.Line;
import cn.suiji.publish.ui.DeadlinesViewModel.PastLine;
import cn.suiji.publish.ui.DeadlinesViewModel.RateLine;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.Labels;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the deadlines view to its ViewModel; due-soon rows yellow and overdue rows red by style class. */
public final class DeadlinesView {
  private final DeadlinesViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<Filter> filter;
  @FXML private Label summary;
  @FXML private TextField reviewer;
  @FXML private DatePicker reviewedOn;
  @FXML private DatePicker markDate;
  @FXML private Button receiptButton;
  @FXML private Label receiptName;
  @FXML private Button markButton;
  @FXML private Button markTaskButton;
  @FXML private Button announceButton;
  @FXML private Button exportButton;
  @FXML private TableView<Line> table;
  @FXML private TableColumn<Line, String> taskColumn;
  @FXML private TableColumn<Line, String> targetColumn;
  @FXML private TableColumn<Line, String> codeColumn;
  @FXML private TableColumn<Line, String> resultColumn;
  @FXML private TableColumn<Line, String> dueColumn;
  @FXML private TableColumn<Line, String> leftColumn;
  @FXML private TableColumn<Line, String> stateColumn;
  @FXML private TableView<PastLine> pastTable;
  @FXML private TableColumn<PastLine, String> pastTaskColumn;
  @FXML private TableColumn<PastLine, String> pastTargetColumn;
  @FXML private TableColumn<PastLine, String> pastEndColumn;
  @FXML private TableColumn<PastLine, String> pastStatusColumn;
  @FXML private TableView<RateLine> rateTable;
  @FXML private TableColumn<RateLine, String> rateTaskColumn;
  @FXML private TableColumn<RateLine, String> ratePublishedColumn;
  @FXML private TableColumn<RateLine, String> rateColumn;
  @FXML private TableColumn<RateLine, String> rateReviewColumn;
  @FXML private Label outcome;
  @FXML private Label error;

  public DeadlinesView(DeadlinesViewModel viewModel, ViewLoader loader, Messages messages) {
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
    filter.getItems().setAll(Filter.values());
    filter.setConverter(new StringConverter<>() {
      @Override
      public String toString(Filter f) {
        if (f == null) {
          return "";
        }
        return messages.get(switch (f) {
          case ALL -> "deadlines.filter.all";
          case SOON -> "deadlines.filter.soon";
          case OVERDUE -> "deadlines.filter.overdue";
          case OK -> "deadlines.filter.ok";
        });
      }

      @Override
      public Filter fromString(String text) {
        return Filter.ALL;
      }
    });
    filter.valueProperty().bindBidirectional(viewModel.filterProperty());
    IsoDates.use(markDate);
    IsoDates.use(reviewedOn);
    reviewer.textProperty().bindBidirectional(viewModel.reviewerProperty());
    reviewedOn.valueProperty().bindBidirectional(viewModel.reviewedOnProperty());
    markDate.valueProperty().bindBidirectional(viewModel.markDateProperty());
    receiptName.textProperty().bind(viewModel.receiptProperty().map(p -> p.getFileName().toString())
        .orElse(messages.get("deadlines.receipt.none")));
    summary.textProperty().bind(viewModel.summaryProperty());
    outcome.textProperty().bind(viewModel.outcomeProperty());
    error.textProperty().bind(viewModel.errorProperty());
    Labels.collapseWhenEmpty(outcome);
    Labels.collapseWhenEmpty(error);
    for (Button b : new Button[] {markButton, markTaskButton, receiptButton, announceButton, exportButton}) {
      b.disableProperty().bind(viewModel.busyProperty());
    }
    table.setItems(viewModel.lines());
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Line>) c ->
        viewModel.chosen().setAll(table.getSelectionModel().getSelectedItems()));
    table.setRowFactory(t -> new StateRow());
    Columns.text(taskColumn, Line::task);
    Columns.text(targetColumn, Line::target);
    Columns.text(codeColumn, Line::code);
    Columns.keepWhole(codeColumn, "92620823MAMQGWM4XX"); // a credit code is useful only whole
    Columns.text(resultColumn, Line::resultDate);
    Columns.text(dueColumn, Line::dueDate);
    Columns.text(leftColumn, l -> Integer.toString(l.workdaysLeft()));
    Columns.text(stateColumn, Line::stateText);
    pastTable.setItems(viewModel.pastWindow());
    Columns.text(pastTaskColumn, PastLine::task);
    Columns.text(pastTargetColumn, PastLine::target);
    Columns.text(pastEndColumn, PastLine::taskEnd);
    Columns.text(pastStatusColumn, PastLine::status);
    rateTable.setItems(viewModel.rates());
    Columns.text(rateTaskColumn, RateLine::task);
    Columns.text(ratePublishedColumn, r -> r.onTime() + "/" + r.published());
    Columns.text(rateColumn, RateLine::rate);
    Columns.text(rateReviewColumn, RateLine::reviews);
  }

  /** A row coloured by its state: {@link Styles#DEADLINE_SOON} yellow, {@link Styles#DEADLINE_OVERDUE} red. */
  private static final class StateRow extends TableRow<Line> {
    @Override
    protected void updateItem(Line line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll(Styles.DEADLINE_SOON, Styles.DEADLINE_OVERDUE);
      if (!empty && line != null && line.state() == DeadlineState.SOON) {
        getStyleClass().add(Styles.DEADLINE_SOON);
      } else if (!empty && line != null && line.state() == DeadlineState.OVERDUE) {
        getStyleClass().add(Styles.DEADLINE_OVERDUE);
      }
    }
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void chooseReceipt() {
    viewModel.chooseReceipt();
  }

  @FXML
  private void markChosen() {
    viewModel.markChosen();
  }

  @FXML
  private void markTask() {
    viewModel.markTask();
  }

  @FXML
  private void announceTask() {
    viewModel.announceTask();
  }

  @FXML
  private void exportTask() {
    viewModel.exportTask();
  }
}
