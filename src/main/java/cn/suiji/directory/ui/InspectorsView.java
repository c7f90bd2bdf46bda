package cn.suiji.directory.ui;

import cn.suiji.directory.domain.CertState;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.ViewLoader;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;

/**
 * The inspector directory (执法检查人员名录库): binds the filters, the sortable table (ID numbers
 * masked, certificate expiry with its state), the add/edit pane with a message under each field,
 * and the export of the table's current view to {@link InspectorsViewModel}.
 */
public final class InspectorsView {
  private static final String EXPIRED = "cert-expired";
  private static final String EXPIRING = "cert-expiring";

  private final InspectorsViewModel viewModel;
  private final InspectorEditor editor;
  private final Parent root;

  @FXML private TextField searchText;
  @FXML private ComboBox<Choice<String>> department;
  @FXML private ComboBox<Choice<cn.suiji.directory.domain.InspectorStatus>> status;
  @FXML private ComboBox<Choice<CertState>> certState;
  @FXML private TableView<InspectorsViewModel.Row> table;
  @FXML private TableColumn<InspectorsViewModel.Row, String> keyColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> nameColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> departmentColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> postColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> idColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> certNoColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> expiryColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> statusColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> areaColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> phoneColumn;
  @FXML private TableColumn<InspectorsViewModel.Row, String> itemsColumn;
  @FXML private Label editorTitle;
  @FXML private Label editorNone;
  @FXML private VBox editorFields;
  @FXML private TextField keyField;
  @FXML private Label keyError;
  @FXML private TextField nameField;
  @FXML private Label nameError;
  @FXML private TextField idNumberField;
  @FXML private Label idNumberError;
  @FXML private ComboBox<Choice<cn.suiji.directory.domain.Gender>> genderField;
  @FXML private Label genderError;
  @FXML private ComboBox<Choice<String>> departmentField;
  @FXML private Label departmentError;
  @FXML private TextField postField;
  @FXML private Label postError;
  @FXML private TextField enforcementField;
  @FXML private Label enforcementError;
  @FXML private TextField certNoField;
  @FXML private Label certNoError;
  @FXML private TextField certExpiryField;
  @FXML private Label certExpiryError;
  @FXML private ComboBox<Choice<cn.suiji.directory.domain.InspectorStatus>> statusField;
  @FXML private Label statusError;
  @FXML private TextField areaField;
  @FXML private Label areaError;
  @FXML private TextField phoneField;
  @FXML private Label phoneError;
  @FXML private ListView<InspectorEditor.ItemChoice> itemsField;
  @FXML private Label itemsError;
  @FXML private Button saveButton;
  @FXML private Button editButton;
  @FXML private Label countLabel;
  @FXML private ProgressBar exportProgress;
  @FXML private Button exportButton;
  @FXML private Button cancelExportButton;

  public InspectorsView(InspectorsViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.editor = viewModel.editor();
    this.root = loader.load(this);
    viewModel.load();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    searchText.textProperty().bindBidirectional(viewModel.searchTextProperty());
    bind(department, viewModel.departments(), viewModel.departmentProperty());
    bind(status, viewModel.statuses(), viewModel.statusProperty());
    bind(certState, viewModel.certStates(), viewModel.certStateProperty());

    Columns.text(keyColumn, InspectorsViewModel.Row::key);
    Columns.text(nameColumn, InspectorsViewModel.Row::name);
    Columns.text(departmentColumn, InspectorsViewModel.Row::department);
    Columns.text(postColumn, InspectorsViewModel.Row::post);
    Columns.text(idColumn, InspectorsViewModel.Row::idNumber);
    Columns.keepWhole(idColumn, "**************0000");
    Columns.text(certNoColumn, InspectorsViewModel.Row::certNo);
    Columns.text(expiryColumn, InspectorsViewModel.Row::expiry);
    Columns.text(statusColumn, InspectorsViewModel.Row::status);
    Columns.text(areaColumn, InspectorsViewModel.Row::area);
    Columns.text(phoneColumn, InspectorsViewModel.Row::phone);
    Columns.text(itemsColumn, InspectorsViewModel.Row::items);
    expiryColumn.setCellFactory(c -> new ExpiryCell());
    SortedList<InspectorsViewModel.Row> sorted = new SortedList<>(viewModel.rows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
    table.setRowFactory(t -> {
      TableRow<InspectorsViewModel.Row> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          viewModel.editSelected();
        }
      });
      return row;
    });
    editButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    countLabel.textProperty().bind(viewModel.countTextProperty());
    exportProgress.visibleProperty().bind(viewModel.exportingProperty());
    cancelExportButton.visibleProperty().bind(viewModel.exportingProperty());
    exportButton.disableProperty().bind(viewModel.exportingProperty());
    bindEditor();
  }

  private void bindEditor() {
    editorTitle.textProperty().bind(editor.titleProperty());
    editorTitle.visibleProperty().bind(editor.openProperty());
    editorFields.visibleProperty().bind(editor.openProperty());
    editorFields.managedProperty().bind(editor.openProperty());
    editorNone.visibleProperty().bind(editor.openProperty().not());
    editorNone.managedProperty().bind(editor.openProperty().not());
    field(keyField, keyError, InspectorField.KEY);
    keyField.disableProperty().bind(editor.existingProperty());
    field(nameField, nameError, InspectorField.NAME);
    field(idNumberField, idNumberError, InspectorField.ID_NUMBER);
    field(postField, postError, InspectorField.POST);
    field(enforcementField, enforcementError, InspectorField.ENFORCEMENT_FIELD);
    field(certNoField, certNoError, InspectorField.CERT_NO);
    field(certExpiryField, certExpiryError, InspectorField.CERT_EXPIRY);
    field(areaField, areaError, InspectorField.AREA);
    field(phoneField, phoneError, InspectorField.PHONE);
    bind(genderField, editor.genders(), editor.genderProperty());
    error(genderError, InspectorField.GENDER);
    bind(departmentField, editor.departments(), editor.departmentProperty());
    error(departmentError, InspectorField.DEPARTMENT);
    bind(statusField, editor.statuses(), editor.statusProperty());
    error(statusError, InspectorField.STATUS);
    itemsField.setItems(editor.items());
    itemsField.setCellFactory(CheckBoxListCell.forListView(InspectorEditor.ItemChoice::chosen));
    error(itemsError, InspectorField.ITEMS);
    // pressable with problems: pressing it is how the clerk sees them all
    saveButton.disableProperty().bind(editor.savingProperty());
  }

  private void field(TextField box, Label message, InspectorField f) {
    box.textProperty().bindBidirectional(editor.value(f));
    error(message, f);
  }

  private void error(Label message, InspectorField f) {
    message.textProperty().bind(editor.error(f));
    message.visibleProperty().bind(editor.error(f).isNotEmpty());
    message.managedProperty().bind(editor.error(f).isNotEmpty());
  }

  private static <T> void bind(ComboBox<Choice<T>> box, javafx.collections.ObservableList<Choice<T>> items,
      javafx.beans.property.ObjectProperty<Choice<T>> value) {
    box.setItems(items);
    box.valueProperty().bindBidirectional(value);
  }

  /** The expiry date, red when the certificate has run out, amber when it runs out within 30 days. */
  private static final class ExpiryCell extends TableCell<InspectorsViewModel.Row, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      getStyleClass().removeAll(EXPIRED, EXPIRING);
      InspectorsViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
      setText(empty ? null : text);
      if (row != null && row.certState() == CertState.EXPIRED) {
        getStyleClass().add(EXPIRED);
      } else if (row != null && row.certState() == CertState.EXPIRING) {
        getStyleClass().add(EXPIRING);
      }
    }
  }

  @FXML
  private void clear() {
    viewModel.clearFilters();
  }

  @FXML
  private void add() {
    viewModel.add();
  }

  @FXML
  private void edit() {
    viewModel.editSelected();
  }

  @FXML
  private void save() {
    editor.save();
  }

  @FXML
  private void cancel() {
    editor.cancel();
  }

  @FXML
  private void export() {
    viewModel.export(TableSnapshot.of(table));
  }

  @FXML
  private void cancelExport() {
    viewModel.cancelExport();
  }
}
