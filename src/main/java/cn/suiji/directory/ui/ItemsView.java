package cn.suiji.directory.ui;

import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.ItemField;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/**
 * The item list (抽查事项清单) screen: binds the filters, the sortable table and the editor to
 * {@link ItemsViewModel}; a field with a problem is marked red as the clerk types.
 */
public final class ItemsView {
  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
  private final ItemsViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<Choice<Long>> department;
  @FXML private ComboBox<Choice<ItemClass>> itemClass;
  @FXML private ComboBox<Choice<TargetKind>> kind;
  @FXML private TextField searchText;
  @FXML private CheckBox allVersions;
  @FXML private Label countLabel;
  @FXML private TableView<ItemsViewModel.Row> table;
  @FXML private TableColumn<ItemsViewModel.Row, String> departmentColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> codeColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> nameColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> classColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> kindColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> methodColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> ratioColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> frequencyColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> validFromColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> validToColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> reviewColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> publicisedColumn;
  @FXML private TableColumn<ItemsViewModel.Row, String> tasksColumn;
  @FXML private Label editorTitle;
  @FXML private Label usedLabel;
  @FXML private ComboBox<Choice<Long>> editDepartment;
  @FXML private TextField code;
  @FXML private TextField name;
  @FXML private TextField subItem;
  @FXML private TextArea legalBasis;
  @FXML private TextField implementingBody;
  @FXML private ComboBox<TargetKind> editKind;
  @FXML private TextArea content;
  @FXML private TextField method;
  @FXML private TextField ratio;
  @FXML private TextField frequency;
  @FXML private TextField inspectorRequirement;
  @FXML private ComboBox<ItemClass> editClass;
  @FXML private DatePicker validFrom;
  @FXML private DatePicker validTo;
  @FXML private DatePicker legalReview;
  @FXML private DatePicker publicised;
  @FXML private Label errorLabel;
  @FXML private Button newVersionButton;
  @FXML private Button saveButton;
  @FXML private Button exportButton;
  private final Map<ItemField, Control> controls = new EnumMap<>(ItemField.class);

  public ItemsView(ItemsViewModel viewModel, ViewLoader loader, Messages messages) {
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
    department.setItems(viewModel.departments());
    department.valueProperty().bindBidirectional(viewModel.departmentProperty());
    itemClass.setItems(viewModel.classes());
    itemClass.valueProperty().bindBidirectional(viewModel.itemClassProperty());
    kind.setItems(viewModel.kinds());
    kind.valueProperty().bindBidirectional(viewModel.kindProperty());
    searchText.textProperty().bindBidirectional(viewModel.searchTextProperty());
    allVersions.selectedProperty().bindBidirectional(viewModel.allVersionsProperty());
    countLabel.textProperty().bind(viewModel.countTextProperty());

    Columns.text(departmentColumn, ItemsViewModel.Row::department);
    Columns.text(codeColumn, ItemsViewModel.Row::code);
    Columns.text(nameColumn, ItemsViewModel.Row::name);
    Columns.text(classColumn, ItemsViewModel.Row::itemClass);
    Columns.text(kindColumn, ItemsViewModel.Row::kind);
    Columns.text(methodColumn, ItemsViewModel.Row::method);
    Columns.text(ratioColumn, ItemsViewModel.Row::ratio);
    Columns.text(frequencyColumn, ItemsViewModel.Row::frequency);
    Columns.text(validFromColumn, ItemsViewModel.Row::validFrom);
    Columns.text(validToColumn, ItemsViewModel.Row::validTo);
    Columns.text(reviewColumn, ItemsViewModel.Row::legalReview);
    Columns.text(publicisedColumn, ItemsViewModel.Row::publicised);
    Columns.text(tasksColumn, ItemsViewModel.Row::tasks);
    SortedList<ItemsViewModel.Row> sorted = new SortedList<>(viewModel.rows());
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

    editDepartment.setItems(viewModel.editDepartments());
    editDepartment.valueProperty().bindBidirectional(viewModel.editDepartmentProperty());
    bind(ItemField.CODE, code);
    bind(ItemField.NAME, name);
    bind(ItemField.SUB_ITEM, subItem);
    bind(ItemField.LEGAL_BASIS, legalBasis);
    bind(ItemField.IMPLEMENTING_BODY, implementingBody);
    bind(ItemField.CONTENT, content);
    bind(ItemField.METHOD, method);
    bind(ItemField.RATIO, ratio);
    bind(ItemField.FREQUENCY, frequency);
    bind(ItemField.INSPECTOR_REQUIREMENT, inspectorRequirement);
    editKind.getItems().setAll(TargetKind.values());
    editKind.setConverter(labels());
    editKind.valueProperty().bindBidirectional(viewModel.editKindProperty());
    controls.put(ItemField.TARGET_KIND, editKind);
    editClass.getItems().setAll(ItemClass.values());
    editClass.setConverter(labels());
    editClass.valueProperty().bindBidirectional(viewModel.editClassProperty());
    controls.put(ItemField.ITEM_CLASS, editClass);
    bind(ItemField.VALID_FROM, validFrom);
    bind(ItemField.VALID_TO, validTo);
    bind(ItemField.LEGAL_REVIEW, legalReview);
    bind(ItemField.PUBLICISED, publicised);
    viewModel.errors().addListener((MapChangeListener<ItemField, String>) c -> markErrors());
    markErrors();
    editorTitle.textProperty().bind(viewModel.editorTitleProperty());
    usedLabel.textProperty().bind(viewModel.usedTextProperty());
    errorLabel.textProperty().bind(viewModel.errorTextProperty());
    // a save is pressable on a form with problems: pressing it is how the clerk sees them all
    saveButton.disableProperty().bind(viewModel.busyProperty());
    newVersionButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.editingExistingProperty().not()));
    exportButton.disableProperty().bind(viewModel.busyProperty());
  }

  private void bind(ItemField field, TextInputControl control) {
    control.textProperty().bindBidirectional(viewModel.text(field));
    controls.put(field, control);
  }

  private void bind(ItemField field, DatePicker picker) {
    IsoDates.use(picker);
    picker.valueProperty().bindBidirectional(viewModel.date(field));
    controls.put(field, picker);
  }

  private void markErrors() {
    controls.forEach((field, control) -> {
      boolean wrong = viewModel.errors().containsKey(field);
      control.pseudoClassStateChanged(DANGER, wrong);
      control.setTooltip(wrong ? new javafx.scene.control.Tooltip(viewModel.errors().get(field)) : null);
    });
  }

  private <E extends Enum<E>> StringConverter<E> labels() {
    return new StringConverter<>() {
      @Override
      public String toString(E e) {
        return e == null ? "" : messages.label(e);
      }

      @Override
      public E fromString(String s) {
        return null;
      }
    };
  }

  @FXML
  private void search() {
    viewModel.search();
  }

  @FXML
  private void newItem() {
    table.getSelectionModel().clearSelection();
    viewModel.newItem();
  }

  @FXML
  private void newVersion() {
    viewModel.newVersion();
  }

  @FXML
  private void save() {
    viewModel.save();
  }

  @FXML
  private void export() {
    viewModel.export(TableSnapshot.of(table));
  }
}
