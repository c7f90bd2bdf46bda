package cn.suiji.directory.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.ViewLoader;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/** The departments (执法部门) screen: binds the sortable table and the editor to {@link DepartmentsViewModel}. */
public final class DepartmentsView {
  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
  private final DepartmentsViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private TableView<DepartmentsViewModel.Row> table;
  @FXML private TableColumn<DepartmentsViewModel.Row, String> codeColumn;
  @FXML private TableColumn<DepartmentsViewModel.Row, String> nameColumn;
  @FXML private TableColumn<DepartmentsViewModel.Row, String> prefixColumn;
  @FXML private TableColumn<DepartmentsViewModel.Row, String> orderColumn;
  @FXML private TableColumn<DepartmentsViewModel.Row, String> stateColumn;
  @FXML private Label editorTitle;
  @FXML private TextField code;
  @FXML private TextField name;
  @FXML private TextField docPrefix;
  @FXML private TextField sortOrder;
  @FXML private Label errorLabel;
  @FXML private Button saveButton;
  @FXML private Button activeButton;
  @FXML private Button deleteButton;

  public DepartmentsView(DepartmentsViewModel viewModel, ViewLoader loader, Messages messages) {
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
    Columns.text(codeColumn, DepartmentsViewModel.Row::code);
    Columns.text(nameColumn, DepartmentsViewModel.Row::name);
    Columns.text(prefixColumn, DepartmentsViewModel.Row::docPrefix);
    Columns.text(orderColumn, DepartmentsViewModel.Row::sortOrder);
    Columns.text(stateColumn, DepartmentsViewModel.Row::state);
    SortedList<DepartmentsViewModel.Row> sorted = new SortedList<>(viewModel.rows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      if (row != null) {
        viewModel.selectedProperty().set(row);
      }
    });
    viewModel.selectedProperty().addListener((obs, old, row) -> {
      if (row == null) {
        table.getSelectionModel().clearSelection();
      } else if (table.getSelectionModel().getSelectedItem() != row) {
        table.getSelectionModel().select(row);
      }
    });
    code.textProperty().bindBidirectional(viewModel.codeProperty());
    name.textProperty().bindBidirectional(viewModel.nameProperty());
    docPrefix.textProperty().bindBidirectional(viewModel.docPrefixProperty());
    sortOrder.textProperty().bindBidirectional(viewModel.sortOrderProperty());
    viewModel.errors().addListener((MapChangeListener<DepartmentsViewModel.Field, String>) c -> markErrors());
    markErrors();
    editorTitle.textProperty().bind(viewModel.editorTitleProperty());
    errorLabel.textProperty().bind(viewModel.errorTextProperty());
    // pressable with problems: pressing it is how the clerk sees them all
    saveButton.disableProperty().bind(viewModel.busyProperty());
    activeButton.textProperty().bind(Bindings.when(viewModel.editingActiveProperty())
        .then(messages.get("departments.button.deactivate")).otherwise(messages.get("departments.button.activate")));
    activeButton.disableProperty().bind(viewModel.editingExistingProperty().not().or(viewModel.busyProperty()));
    deleteButton.disableProperty().bind(viewModel.editingExistingProperty().not().or(viewModel.busyProperty()));
  }

  private void markErrors() {
    Map<DepartmentsViewModel.Field, TextField> fields = Map.of(DepartmentsViewModel.Field.CODE, code,
        DepartmentsViewModel.Field.NAME, name, DepartmentsViewModel.Field.DOC_PREFIX, docPrefix,
        DepartmentsViewModel.Field.SORT_ORDER, sortOrder);
    fields.forEach((field, control) -> {
      String error = viewModel.errors().get(field);
      control.pseudoClassStateChanged(DANGER, error != null);
      control.setTooltip(error == null ? null : new Tooltip(error));
    });
  }

  @FXML
  private void newDepartment() {
    viewModel.newDepartment();
  }

  @FXML
  private void save() {
    viewModel.save();
  }

  @FXML
  private void toggleActive() {
    viewModel.toggleActive();
  }

  @FXML
  private void delete() {
    viewModel.delete();
  }

  @FXML
  private void export() {
    viewModel.export(TableSnapshot.of(table));
  }
}
