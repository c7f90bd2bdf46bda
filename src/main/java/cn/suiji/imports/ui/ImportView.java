package cn.suiji.imports.ui;

import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.RowChange;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.jspecify.annotations.Nullable;

/**
 * The import screen (导入): binds the kind, department and file choices, the column mapping
 * (one drop-down of file columns per field), the counts, the rejected rows and the 更新 rows with
 * what each changes (two tabs), and the buttons with
 * the progress bar and cancel to {@link ImportViewModel}.
 */
public final class ImportView {
  private final ImportViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<Choice<ImportKind>> kind;
  @FXML private Label departmentLabel;
  @FXML private ComboBox<Choice<String>> department;
  @FXML private Button chooseFileButton;
  @FXML private Label fileLabel;
  @FXML private Button templateButton;
  @FXML private Button readHeaderButton;
  @FXML private Label headerLabel;
  @FXML private TableView<MappingRow> mappingTable;
  @FXML private TableColumn<MappingRow, String> fieldColumn;
  @FXML private TableColumn<MappingRow, FileColumn> fileColumn;
  @FXML private Label warningLabel;
  @FXML private Label countRead;
  @FXML private Label countCreated;
  @FXML private Label countUpdated;
  @FXML private Label countUnchanged;
  @FXML private Label countDuplicates;
  @FXML private Label countRejected;
  @FXML private TableView<RowProblem> problemTable;
  @FXML private Label problemsPlaceholder;
  @FXML private TableColumn<RowProblem, String> problemRowColumn;
  @FXML private TableColumn<RowProblem, String> problemColumnColumn;
  @FXML private TableColumn<RowProblem, String> problemReasonColumn;
  @FXML private TabPane resultTabs;
  @FXML private Tab problemsTab;
  @FXML private Tab changesTab;
  @FXML private TableView<RowChange> changeTable;
  @FXML private TableColumn<RowChange, String> changeRowColumn;
  @FXML private TableColumn<RowChange, String> changeKeyColumn;
  @FXML private TableColumn<RowChange, String> changeNameColumn;
  @FXML private TableColumn<RowChange, String> changeTextColumn;
  @FXML private Button previewButton;
  @FXML private Button commitButton;
  @FXML private Button saveReportButton;
  @FXML private Label statusLabel;
  @FXML private ProgressBar progressBar;
  @FXML private Button cancelButton;

  public ImportView(ImportViewModel viewModel, ViewLoader loader, Messages messages) {
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
    kind.setItems(viewModel.kinds());
    kind.valueProperty().bindBidirectional(viewModel.kindProperty());
    department.setItems(viewModel.departments());
    department.valueProperty().bindBidirectional(viewModel.departmentProperty());
    for (javafx.scene.Node n : new javafx.scene.Node[] {departmentLabel, department}) {
      n.visibleProperty().bind(viewModel.departmentNeededProperty());
      n.managedProperty().bind(viewModel.departmentNeededProperty());
    }
    fileLabel.textProperty().bind(viewModel.fileTextProperty());
    headerLabel.textProperty().bind(viewModel.headerTextProperty());
    warningLabel.textProperty().bind(viewModel.warningProperty());
    statusLabel.textProperty().bind(viewModel.statusProperty());

    Columns.text(fieldColumn, r -> r.required() ? messages.get("importer.mapping.requiredField", r.header()) : r.header());
    fileColumn.setCellValueFactory(c -> c.getValue().columnProperty());
    fileColumn.setCellFactory(c -> new ChoiceCell());
    mappingTable.setItems(viewModel.mapping());

    countRead.textProperty().bind(viewModel.readProperty().asString());
    countCreated.textProperty().bind(viewModel.createdProperty().asString());
    countUpdated.textProperty().bind(viewModel.updatedProperty().asString());
    countUnchanged.textProperty().bind(viewModel.unchangedProperty().asString());
    countDuplicates.textProperty().bind(viewModel.duplicatesProperty().asString());
    countRejected.textProperty().bind(viewModel.rejectedProperty().asString());
    Columns.text(problemRowColumn, p -> Integer.toString(p.row()));
    Columns.text(problemColumnColumn, RowProblem::column);
    Columns.text(problemReasonColumn, RowProblem::reason);
    problemTable.setItems(viewModel.problems());
    Columns.text(changeRowColumn, c -> Integer.toString(c.row()));
    Columns.text(changeKeyColumn, RowChange::key);
    Columns.text(changeNameColumn, RowChange::name);
    Columns.text(changeTextColumn, RowChange::changes);
    changeTable.setItems(viewModel.changes());
    problemsTab.textProperty().bind(Bindings.createStringBinding(() -> messages.get("importer.tab.count",
        messages.get("importer.problems.tab"), viewModel.rejectedProperty().get()), viewModel.rejectedProperty()));
    changesTab.textProperty().bind(Bindings.createStringBinding(() -> messages.get("importer.tab.count",
        messages.get("importer.changes.tab"), viewModel.updatedProperty().get()), viewModel.updatedProperty()));
    // after a pass with no rejected row but updates, show what the updates change
    viewModel.previewedProperty().addListener((obs, was, now) -> {
      if (now && viewModel.rejectedProperty().get() == 0 && viewModel.updatedProperty().get() > 0) {
        resultTabs.getSelectionModel().select(changesTab);
      }
    });
    // "no rejected rows" is a result: before a preview or an import there is none to state
    problemsPlaceholder.textProperty().bind(javafx.beans.binding.Bindings.when(
            viewModel.previewedProperty().or(viewModel.committedProperty()))
        .then(messages.get("importer.problems.none")).otherwise(messages.get("importer.problems.notYet")));

    var busy = viewModel.busyProperty();
    for (javafx.scene.Node n : new javafx.scene.Node[] {kind, department, chooseFileButton, templateButton,
        readHeaderButton, mappingTable}) {
      n.disableProperty().bind(busy);
    }
    readHeaderButton.disableProperty().unbind();
    readHeaderButton.disableProperty().bind(busy.or(viewModel.fileProperty().isNull()));
    previewButton.disableProperty().bind(viewModel.canPreviewBinding().not());
    commitButton.disableProperty().bind(viewModel.canCommitBinding().not());
    saveReportButton.disableProperty().bind(viewModel.hasReportProperty().not().or(busy));
    progressBar.visibleProperty().bind(busy);
    progressBar.progressProperty().bind(viewModel.progressProperty());
    cancelButton.visibleProperty().bind(busy);
    cancelButton.disableProperty().bind(viewModel.cancellableProperty().not());
  }

  /** A drop-down of the file's columns, always shown, bound to the row's choice. */
  private final class ChoiceCell extends TableCell<MappingRow, FileColumn> {
    private final ComboBox<FileColumn> box = new ComboBox<>(viewModel.fileColumns());
    private @Nullable ObjectProperty<FileColumn> bound;

    ChoiceCell() {
      box.setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected void updateItem(FileColumn item, boolean empty) {
      super.updateItem(item, empty);
      if (bound != null) {
        box.valueProperty().unbindBidirectional(bound);
        bound = null;
      }
      int i = getIndex();
      MappingRow row = empty || i < 0 || i >= getTableView().getItems().size() ? null : getTableView().getItems().get(i);
      if (row == null) {
        setGraphic(null);
        return;
      }
      bound = row.columnProperty();
      box.valueProperty().bindBidirectional(bound);
      box.setId("mapping-" + row.field());
      setGraphic(box);
    }
  }

  @FXML
  private void chooseFile() {
    viewModel.chooseFile();
  }

  @FXML
  private void readHeader() {
    viewModel.readHeader();
  }

  @FXML
  private void downloadTemplate() {
    viewModel.downloadTemplate();
  }

  @FXML
  private void preview() {
    viewModel.preview();
  }

  @FXML
  private void commit() {
    viewModel.commit();
  }

  @FXML
  private void saveReport() {
    viewModel.saveReport();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
