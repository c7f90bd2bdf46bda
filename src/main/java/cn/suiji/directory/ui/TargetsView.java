package cn.suiji.directory.ui;

import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetSort;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.ViewLoader;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * The target directory (检查对象名录库): binds the search box, the filter boxes, the page of
 * rows, the detail pane and the export to {@link TargetsViewModel}. Sorting by a column header
 * asks the ViewModel for a new first page in that order instead of sorting the page on screen.
 */
public final class TargetsView {
  private final TargetsViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ChoiceBox<SearchField> searchField;
  @FXML private TextField searchText;
  @FXML private ComboBox<Choice<String>> township;
  @FXML private ComboBox<Choice<String>> industry;
  @FXML private ComboBox<Choice<cn.suiji.directory.domain.TargetKind>> kind;
  @FXML private ComboBox<Choice<cn.suiji.directory.domain.TargetStatus>> status;
  @FXML private ComboBox<Choice<Boolean>> abnormal;
  @FXML private ComboBox<Choice<Boolean>> serious;
  @FXML private ComboBox<Choice<cn.suiji.directory.domain.RiskClass>> riskClass;
  @FXML private TableView<TargetsViewModel.Row> table;
  @FXML private TableColumn<TargetsViewModel.Row, String> nameColumn;
  @FXML private TableColumn<TargetsViewModel.Row, String> codeColumn;
  @FXML private TableColumn<TargetsViewModel.Row, String> legalRepColumn;
  @FXML private TableColumn<TargetsViewModel.Row, String> townshipColumn;
  @FXML private TableColumn<TargetsViewModel.Row, String> industryColumn;
  @FXML private TableColumn<TargetsViewModel.Row, String> kindColumn;
  @FXML private TableColumn<TargetsViewModel.Row, String> statusColumn;
  @FXML private TableColumn<TargetsViewModel.Row, String> riskColumn;
  @FXML private Label detailNone;
  @FXML private GridPane detailGrid;
  @FXML private Button previousButton;
  @FXML private Button nextButton;
  @FXML private Label pageLabel;
  @FXML private Label countLabel;
  @FXML private ProgressBar exportProgress;
  @FXML private Button exportButton;
  @FXML private Button cancelExportButton;

  public TargetsView(TargetsViewModel viewModel, ViewLoader loader, Messages messages) {
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
    searchField.getItems().setAll(SearchField.values());
    searchField.setConverter(new StringConverter<>() {
      @Override
      public String toString(SearchField f) {
        return f == null ? "" : messages.label(f);
      }

      @Override
      public SearchField fromString(String s) {
        return SearchField.AUTO;
      }
    });
    searchField.valueProperty().bindBidirectional(viewModel.searchFieldProperty());
    searchText.textProperty().bindBidirectional(viewModel.searchTextProperty());
    bind(township, viewModel.townships(), viewModel.townshipProperty());
    bind(industry, viewModel.industries(), viewModel.industryProperty());
    bind(kind, viewModel.kinds(), viewModel.kindProperty());
    bind(status, viewModel.statuses(), viewModel.statusProperty());
    bind(abnormal, viewModel.flags(), viewModel.abnormalProperty());
    bind(serious, viewModel.flags(), viewModel.seriousProperty());
    bind(riskClass, viewModel.riskClasses(), viewModel.riskClassProperty());

    Columns.text(nameColumn, TargetsViewModel.Row::name);
    Columns.text(codeColumn, TargetsViewModel.Row::code);
    Columns.text(legalRepColumn, TargetsViewModel.Row::legalRep);
    Columns.text(townshipColumn, TargetsViewModel.Row::township);
    Columns.text(industryColumn, TargetsViewModel.Row::industry);
    Columns.text(kindColumn, TargetsViewModel.Row::kind);
    Columns.text(statusColumn, TargetsViewModel.Row::status);
    Columns.text(riskColumn, TargetsViewModel.Row::riskClass);
    Map<TableColumn<TargetsViewModel.Row, ?>, TargetSort> sorts = Map.of(nameColumn, TargetSort.NAME,
        codeColumn, TargetSort.CODE, legalRepColumn, TargetSort.LEGAL_REP, townshipColumn, TargetSort.TOWNSHIP,
        industryColumn, TargetSort.INDUSTRY, kindColumn, TargetSort.KIND, statusColumn, TargetSort.STATUS,
        riskColumn, TargetSort.RISK_CLASS);
    table.setSortPolicy(t -> {
      if (t.getSortOrder().isEmpty()) {
        viewModel.sortBy(TargetSort.NAME, true);
      } else {
        TableColumn<TargetsViewModel.Row, ?> column = t.getSortOrder().get(0);
        viewModel.sortBy(sorts.get(column), column.getSortType() == TableColumn.SortType.ASCENDING);
      }
      return true;
    });
    table.setItems(viewModel.rows());
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      if (row != null) {
        viewModel.selectedProperty().set(row);
      }
    });
    viewModel.selectedProperty().addListener((obs, old, row) -> {
      if (row != null && table.getSelectionModel().getSelectedItem() != row) {
        table.getSelectionModel().select(row);
      }
    });
    viewModel.detail().addListener((ListChangeListener<TargetsViewModel.DetailLine>) c -> showDetail());
    showDetail();

    previousButton.disableProperty().bind(viewModel.canPreviousProperty().not());
    nextButton.disableProperty().bind(viewModel.canNextProperty().not());
    pageLabel.textProperty().bind(viewModel.pageTextProperty());
    countLabel.textProperty().bind(viewModel.countTextProperty());
    exportProgress.visibleProperty().bind(viewModel.exportingProperty());
    exportProgress.progressProperty().bind(viewModel.exportProgressProperty());
    cancelExportButton.visibleProperty().bind(viewModel.exportingProperty());
    exportButton.disableProperty().bind(viewModel.exportingProperty());
  }

  private static <T> void bind(ComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
      javafx.beans.property.ObjectProperty<Choice<T>> value) {
    box.setItems(items);
    box.valueProperty().bindBidirectional(value);
  }

  private void showDetail() {
    detailGrid.getChildren().clear();
    int i = 0;
    for (TargetsViewModel.DetailLine line : viewModel.detail()) {
      Label label = new Label(line.label());
      label.getStyleClass().add("muted");
      Label value = new Label(line.value());
      value.setWrapText(true);
      value.setId("detail-" + i);
      detailGrid.addRow(i++, label, value);
    }
    detailNone.setVisible(viewModel.detail().isEmpty());
    detailNone.setManaged(viewModel.detail().isEmpty());
  }

  @FXML
  private void search() {
    viewModel.search();
  }

  @FXML
  private void clear() {
    viewModel.clearFilters();
    viewModel.search();
  }

  @FXML
  private void previous() {
    viewModel.previousPage();
  }

  @FXML
  private void next() {
    viewModel.nextPage();
  }

  @FXML
  private void export() {
    viewModel.export();
  }

  @FXML
  private void cancelExport() {
    viewModel.cancelExport();
  }
}
