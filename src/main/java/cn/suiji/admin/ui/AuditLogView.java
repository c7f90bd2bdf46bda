package cn.suiji.admin.ui;

import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.ViewLoader;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Shows the audit log: filters, the entries in words, the chosen entry's detail, the chain check. */
public final class AuditLogView {
  private final AuditLogViewModel viewModel;
  private final Parent root;

  @FXML private TableView<AuditLogViewModel.Row> table;
  @FXML private TableColumn<AuditLogViewModel.Row, String> seqColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> atColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> userColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> actionColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> summaryColumn;
  @FXML private Label verdict;
  @FXML private DatePicker fromDate;
  @FXML private DatePicker toDate;
  @FXML private ComboBox<String> actionFilter;
  @FXML private ComboBox<String> userFilter;
  @FXML private ComboBox<String> entityFilter;
  @FXML private TextField searchText;
  @FXML private Label detailEmpty;
  @FXML private GridPane detailGrid;
  @FXML private Label changesTitle;
  @FXML private VBox changesBox;
  @FXML private Label changesNote;
  @FXML private Label count;
  @FXML private Button moreButton;

  public AuditLogView(AuditLogViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    Columns.text(seqColumn, AuditLogViewModel.Row::seq);
    Columns.text(atColumn, AuditLogViewModel.Row::at);
    Columns.text(userColumn, AuditLogViewModel.Row::user);
    Columns.text(actionColumn, AuditLogViewModel.Row::action);
    Columns.text(summaryColumn, AuditLogViewModel.Row::summary);
    Columns.keepWhole(atColumn, "2026-12-31 23:59:59");
    table.setItems(viewModel.rows());
    viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
    verdict.textProperty().bind(viewModel.verdictProperty());
    fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
    toDate.valueProperty().bindBidirectional(viewModel.toProperty());
    choice(actionFilter, viewModel.actions(), viewModel.actionProperty(), viewModel::actionName);
    choice(userFilter, viewModel.users(), viewModel.userProperty(), viewModel::userName);
    choice(entityFilter, viewModel.entities(), viewModel.entityProperty(), viewModel::entityName);
    searchText.textProperty().bindBidirectional(viewModel.searchProperty());
    count.textProperty().bind(viewModel.countProperty());
    moreButton.visibleProperty().bind(viewModel.moreProperty());
    moreButton.managedProperty().bind(viewModel.moreProperty());

    ColumnConstraints names = new ColumnConstraints();
    names.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    values.setMinWidth(0);
    detailGrid.getColumnConstraints().setAll(names, values);
    viewModel.detail().addListener((ListChangeListener<AuditLogViewModel.Line>) c -> showDetail());
    viewModel.changes().addListener((ListChangeListener<String>) c -> showChanges());
    changesNote.textProperty().bind(viewModel.changesNoteProperty());
    changesNote.visibleProperty().bind(viewModel.changesNoteProperty().isNotEmpty());
    changesNote.managedProperty().bind(changesNote.visibleProperty());
    viewModel.changesNoteProperty().addListener((obs, old, now) -> showChanges());
    showDetail();
    showChanges();
  }

  private static void choice(ComboBox<String> box, ObservableList<String> items, StringProperty chosen,
      Function<String, String> name) {
    box.setItems(items);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(String code) {
        return code == null ? "" : name.apply(code);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    box.valueProperty().bindBidirectional(chosen);
  }

  private void showDetail() {
    detailGrid.getChildren().clear();
    int row = 0;
    for (AuditLogViewModel.Line line : viewModel.detail()) {
      Label name = new Label(line.label());
      name.getStyleClass().add("muted");
      name.setMinWidth(Region.USE_PREF_SIZE);
      Label value = new Label(line.value());
      value.setWrapText(true);
      value.setId("detail-" + row);
      detailGrid.addRow(row++, name, value);
    }
    detailEmpty.setVisible(viewModel.detail().isEmpty());
    detailEmpty.setManaged(viewModel.detail().isEmpty());
  }

  private void showChanges() {
    changesBox.getChildren().setAll(viewModel.changes().stream().map(text -> {
      Label l = new Label(text);
      l.setWrapText(true);
      return l;
    }).toList());
    boolean any = !viewModel.changes().isEmpty() || !viewModel.changesNoteProperty().get().isEmpty();
    changesTitle.setVisible(any);
    changesTitle.setManaged(any);
  }

  @FXML
  private void verify() {
    viewModel.verify();
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void clearFilters() {
    viewModel.clearFilters();
  }

  @FXML
  private void showMore() {
    viewModel.showMore();
  }
}
