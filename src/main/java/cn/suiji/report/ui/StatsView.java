package cn.suiji.report.ui;

import cn.suiji.report.domain.CodeShare;
import cn.suiji.report.domain.EarlyWarning;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.RepeatedProblemTarget;
import cn.suiji.report.render.StatsWorkbook;
import cn.suiji.shared.ui.Choice;
import cn.suiji.report.ui.StatsViewModel.FollowUpLine;
import cn.suiji.report.ui.StatsViewModel.RateLine;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.Converters;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.ViewLoader;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Binds the 统计分析 screen to its ViewModel: the chosen grouping's table (the total last), its
 * chart (bars of drawn, inspected and problems per group; a line per month), the share per
 * result code, and the early-warning tables.
 */
public final class StatsView {
  private final StatsViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<Integer> year;
  @FXML private CheckBox periodCheck;
  @FXML private Label fromLabel;
  @FXML private DatePicker fromDate;
  @FXML private Label toLabel;
  @FXML private DatePicker toDate;
  @FXML private ComboBox<Choice<String>> department;
  @FXML private ComboBox<Grouping> grouping;
  @FXML private Button refreshButton;
  @FXML private Button exportButton;
  @FXML private Button printButton;
  @FXML private Button cancelButton;
  @FXML private ProgressBar progress;
  @FXML private Label summary;
  @FXML private TableView<GroupFigures> table;
  @FXML private TableColumn<GroupFigures, String> keyColumn;
  @FXML private TableColumn<GroupFigures, String> labelColumn;
  @FXML private TableColumn<GroupFigures, String> plannedColumn;
  @FXML private TableColumn<GroupFigures, String> drawnColumn;
  @FXML private TableColumn<GroupFigures, String> notifiedColumn;
  @FXML private TableColumn<GroupFigures, String> inspectedColumn;
  @FXML private TableColumn<GroupFigures, String> problemColumn;
  @FXML private TableColumn<GroupFigures, String> publishedColumn;
  @FXML private TableColumn<GroupFigures, String> followUpColumn;
  @FXML private TableColumn<GroupFigures, String> completionColumn;
  @FXML private TableColumn<GroupFigures, String> problemRateColumn;
  @FXML private TableColumn<GroupFigures, String> closureColumn;
  @FXML private TableColumn<GroupFigures, String> onTimeColumn;
  @FXML private BarChart<String, Number> bars;
  @FXML private LineChart<String, Number> line;
  @FXML private PieChart pie;
  @FXML private TableView<RepeatedProblemTarget> repeatedTable;
  @FXML private TableColumn<RepeatedProblemTarget, String> repeatedCodeColumn;
  @FXML private TableColumn<RepeatedProblemTarget, String> repeatedNameColumn;
  @FXML private TableColumn<RepeatedProblemTarget, String> repeatedCountColumn;
  @FXML private TableColumn<RepeatedProblemTarget, String> repeatedLastColumn;
  @FXML private TableColumn<RepeatedProblemTarget, String> repeatedTasksColumn;
  @FXML private Button watchButton;
  @FXML private Label ratesTitle;
  @FXML private TableView<RateLine> ratesTable;
  @FXML private TableColumn<RateLine, String> rateGroupingColumn;
  @FXML private TableColumn<RateLine, String> rateNameColumn;
  @FXML private TableColumn<RateLine, String> rateInspectedColumn;
  @FXML private TableColumn<RateLine, String> rateProblemColumn;
  @FXML private TableColumn<RateLine, String> rateRateColumn;
  @FXML private TableColumn<RateLine, String> rateIntervalColumn;
  @FXML private TableView<FollowUpLine> followUpTable;
  @FXML private TableColumn<FollowUpLine, String> followWhyColumn;
  @FXML private TableColumn<FollowUpLine, String> followTaskColumn;
  @FXML private TableColumn<FollowUpLine, String> followTargetColumn;
  @FXML private TableColumn<FollowUpLine, String> followKindColumn;
  @FXML private TableColumn<FollowUpLine, String> followDueColumn;
  @FXML private TableColumn<FollowUpLine, String> followBodyColumn;
  @FXML private Label outcome;
  @FXML private Label error;

  public StatsView(StatsViewModel viewModel, ViewLoader loader, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.root = loader.load(this);
    viewModel.load();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    year.setItems(viewModel.years());
    year.valueProperty().bindBidirectional(viewModel.yearProperty());
    periodCheck.selectedProperty().bindBidirectional(viewModel.byPeriodProperty());
    IsoDates.use(fromDate);
    IsoDates.use(toDate);
    fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
    toDate.valueProperty().bindBidirectional(viewModel.toProperty());
    year.disableProperty().bind(viewModel.byPeriodProperty());
    for (javafx.scene.Node n : List.of(fromLabel, fromDate, toLabel, toDate)) {
      n.visibleProperty().bind(viewModel.byPeriodProperty());
      n.managedProperty().bind(n.visibleProperty());
    }
    department.setItems(viewModel.departments());
    department.valueProperty().bindBidirectional(viewModel.departmentProperty());
    department.setConverter(Converters.showing(Choice::label));
    grouping.getItems().setAll(Grouping.values());
    grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());
    grouping.setConverter(Converters.showing(StatsWorkbook::groupingName));
    summary.textProperty().bind(viewModel.summaryProperty());
    outcome.textProperty().bind(viewModel.outcomeProperty());
    error.textProperty().bind(viewModel.errorProperty());
    refreshButton.disableProperty().bind(viewModel.runningProperty());
    exportButton.disableProperty().bind(viewModel.runningProperty());
    printButton.disableProperty().bind(viewModel.runningProperty());
    cancelButton.visibleProperty().bind(viewModel.runningProperty());
    progress.visibleProperty().bind(viewModel.runningProperty());
    progress.progressProperty().bind(viewModel.progressProperty());
    // hidden, they take no room: the filter row does not wrap for a bar that is not there
    cancelButton.managedProperty().bind(cancelButton.visibleProperty());
    progress.managedProperty().bind(progress.visibleProperty());
    ratesTitle.setText(messages.get("report.screen.rates", EarlyWarning.MIN_INSPECTED));

    Columns.text(keyColumn, GroupFigures::key);
    Columns.keepWhole(keyColumn, "2026-SCJGJ-04");
    Columns.text(labelColumn, GroupFigures::label);
    Columns.text(plannedColumn, g -> g.planned() == null ? "—" : Integer.toString(g.planned()));
    Columns.text(drawnColumn, g -> Integer.toString(g.drawn()));
    Columns.text(notifiedColumn, g -> Integer.toString(g.notified()));
    Columns.text(inspectedColumn, g -> Integer.toString(g.inspected()));
    Columns.text(problemColumn, g -> Integer.toString(g.withProblem()));
    Columns.text(publishedColumn, g -> g.onTime() + "/" + g.published());
    Columns.text(followUpColumn, g -> g.followUpsClosed() + "/" + g.followUps());
    Columns.text(completionColumn, g -> g.completion().percentText());
    Columns.text(problemRateColumn, g -> g.problemRate().percentText());
    Columns.text(closureColumn, g -> g.closure().percentText());
    Columns.text(onTimeColumn, g -> g.onTimeRate().percentText());
    viewModel.rows().addListener((ListChangeListener<GroupFigures>) c -> showRows());
    viewModel.totalProperty().addListener((obs, old, t) -> showRows());
    viewModel.codes().addListener((ListChangeListener<CodeShare>) c -> pie.getData().setAll(
        viewModel.codes().stream().map(s -> new PieChart.Data(s.code() + " " + s.label() + "（" + s.results() + "）",
            s.results())).toList()));

    repeatedTable.setItems(viewModel.repeated());
    repeatedTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    ratesTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    watchButton.disableProperty().bind(viewModel.runningProperty());
    Columns.text(repeatedCodeColumn, RepeatedProblemTarget::targetCode);
    Columns.keepWhole(repeatedCodeColumn, "92620823MAMQGWM4XX");
    Columns.text(repeatedNameColumn, RepeatedProblemTarget::name);
    Columns.text(repeatedCountColumn, r -> Integer.toString(r.problemInspections()));
    Columns.text(repeatedLastColumn, r -> r.lastResult().toString());
    Columns.text(repeatedTasksColumn, RepeatedProblemTarget::taskCodes);
    ratesTable.setItems(viewModel.rates());
    Columns.text(rateGroupingColumn, RateLine::grouping);
    Columns.text(rateNameColumn, RateLine::name);
    Columns.text(rateInspectedColumn, r -> Integer.toString(r.inspected()));
    Columns.text(rateProblemColumn, r -> Integer.toString(r.withProblem()));
    Columns.text(rateRateColumn, RateLine::rate);
    Columns.text(rateIntervalColumn, RateLine::interval);
    followUpTable.setItems(viewModel.followUps());
    Columns.text(followWhyColumn, FollowUpLine::why);
    Columns.text(followTaskColumn, FollowUpLine::task);
    Columns.text(followTargetColumn, FollowUpLine::target);
    Columns.text(followKindColumn, FollowUpLine::kind);
    Columns.text(followDueColumn, FollowUpLine::due);
    Columns.text(followBodyColumn, FollowUpLine::body);
  }

  /** The table (rows, then the total) and the chart of the chosen grouping. */
  private void showRows() {
    List<GroupFigures> rows = List.copyOf(viewModel.rows());
    GroupFigures total = viewModel.totalProperty().get();
    table.getItems().setAll(rows);
    if (total != null && !rows.isEmpty()) {
      table.getItems().add(total);
    }
    boolean monthly = viewModel.groupingProperty().get() == Grouping.MONTH;
    bars.setVisible(!monthly);
    line.setVisible(monthly);
    List<GroupFigures> plotted = rows.stream().filter(g -> !g.key().isEmpty()).toList();
    XYChart<String, Number> chart = monthly ? line : bars;
    chart.getData().setAll(List.of(
        series("report.short.drawn", plotted, GroupFigures::drawn),
        series("report.short.inspected", plotted, GroupFigures::inspected),
        series("report.short.withProblem", plotted, GroupFigures::withProblem)));
  }

  private XYChart.Series<String, Number> series(String key, List<GroupFigures> rows,
      Function<GroupFigures, Integer> value) {
    XYChart.Series<String, Number> s = new XYChart.Series<>();
    s.setName(messages.get(key));
    for (GroupFigures g : rows) {
      s.getData().add(new XYChart.Data<>(g.label().isEmpty() ? g.key() : g.label(), value.apply(g)));
    }
    return s;
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void export() {
    viewModel.export();
  }

  @FXML
  private void toDirectedTask() {
    viewModel.toDirectedTask(List.copyOf(repeatedTable.getSelectionModel().getSelectedItems()),
        List.copyOf(ratesTable.getSelectionModel().getSelectedItems()));
  }

  @FXML
  private void print() {
    viewModel.print();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
