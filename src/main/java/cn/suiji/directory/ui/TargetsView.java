package cn.suiji.directory.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetSort;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.Converters;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.ViewLoader;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
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
  @FXML private VBox detailBox;
  @FXML private VBox historyBox;
  @FXML private VBox editorBox;
  @FXML private Label editorTitle;
  @FXML private GridPane editorGrid;
  @FXML private Button addButton;
  @FXML private Button editButton;
  @FXML private Button saveButton;
  @FXML private Button cancelEditButton;
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
    viewModel.history().addListener((ListChangeListener<String>) c -> showHistory());
    buildEditor();
  }

  private void showHistory() {
    historyBox.getChildren().clear();
    int i = 0;
    for (String line : viewModel.history()) {
      Label l = new Label(line);
      l.setWrapText(true);
      l.setId("history-" + i++);
      historyBox.getChildren().add(l);
    }
  }

  /** The edit form, built in code: a row per field, and under each a message shown when it is at fault. */
  private void buildEditor() {
    TargetEditorViewModel editor = viewModel.editor();
    Map<TargetField, Label> errors = new EnumMap<>(TargetField.class);
    Map<TargetField, Control> controls = new EnumMap<>(TargetField.class);
    int row = 0;
    ComboBox<Department> department = new ComboBox<>(editor.departments());
    department.setId("edit-department");
    department.valueProperty().bindBidirectional(editor.departmentProperty());
    department.setConverter(Converters.showing(d -> d.name()));
    department.setMaxWidth(Double.MAX_VALUE);
    department.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Label departmentLabel = new Label(messages.get("targets.edit.department"));
    departmentLabel.visibleProperty().bind(editor.addingProperty());
    departmentLabel.managedProperty().bind(editor.addingProperty());
    department.visibleProperty().bind(editor.addingProperty());
    department.managedProperty().bind(editor.addingProperty());
    editorGrid.addRow(row++, departmentLabel, department);
    for (TargetField f : TargetEditorViewModel.TEXT_FIELDS) {
      TextField field = new TextField();
      field.setId("edit-" + f.name());
      field.textProperty().bindBidirectional(editor.text(f));
      row = addField(row, f, field, errors, controls);
    }
    ComboBox<TargetKind> kindBox = new ComboBox<>(FXCollections.observableArrayList(TargetKind.values()));
    kindBox.setId("edit-KIND");
    kindBox.setConverter(Converters.showing(messages::label));
    kindBox.valueProperty().bindBidirectional(editor.kindProperty());
    row = addField(row, TargetField.KIND, kindBox, errors, controls);
    ComboBox<TargetStatus> statusBox = new ComboBox<>(FXCollections.observableArrayList(TargetStatus.values()));
    statusBox.setId("edit-STATUS");
    statusBox.setConverter(Converters.showing(messages::label));
    statusBox.valueProperty().bindBidirectional(editor.statusProperty());
    statusBox.setTooltip(new javafx.scene.control.Tooltip(messages.get("targets.edit.statusHint")));
    row = addField(row, TargetField.STATUS, statusBox, errors, controls);
    ComboBox<RiskClass> riskBox = new ComboBox<>();
    riskBox.getItems().add(null);
    riskBox.getItems().addAll(RiskClass.values());
    riskBox.setId("edit-RISK_CLASS");
    riskBox.setConverter(Converters.showing(RiskClass::name, messages.get("targets.edit.risk.none")));
    riskBox.valueProperty().bindBidirectional(editor.riskClassProperty());
    row = addField(row, TargetField.RISK_CLASS, riskBox, errors, controls);
    CheckBox abnormalBox = new CheckBox();
    abnormalBox.setId("edit-ABNORMAL");
    abnormalBox.selectedProperty().bindBidirectional(editor.abnormalProperty());
    row = addField(row, TargetField.ABNORMAL, abnormalBox, errors, controls);
    CheckBox seriousBox = new CheckBox();
    seriousBox.setId("edit-SERIOUS_VIOLATION");
    seriousBox.selectedProperty().bindBidirectional(editor.seriousProperty());
    addField(row, TargetField.SERIOUS_VIOLATION, seriousBox, errors, controls);
    Label general = new Label();
    general.setId("edit-problem");
    general.getStyleClass().add(Styles.FIELD_ERROR);
    general.setWrapText(true);
    editorBox.getChildren().add(1, general);
    Runnable markProblem = () -> {
      TargetField at = editor.problemFieldProperty().get();
      errors.forEach((f, label) -> {
        boolean here = f == at;
        label.setText(here ? editor.problemProperty().get() : "");
        label.setVisible(here);
        label.setManaged(here);
        Control c = controls.get(f);
        if (here) {
          if (!c.getStyleClass().contains(Styles.INVALID)) {
            c.getStyleClass().add(Styles.INVALID);
          }
        } else {
          c.getStyleClass().remove(Styles.INVALID);
        }
      });
      boolean elsewhere = at == null || !errors.containsKey(at);
      general.setText(elsewhere ? editor.problemProperty().get() : "");
      general.setVisible(elsewhere && !editor.problemProperty().get().isEmpty());
      general.setManaged(general.isVisible());
    };
    editor.problemProperty().addListener((obs, old, now) -> markProblem.run());
    editor.problemFieldProperty().addListener((obs, old, now) -> markProblem.run());
    markProblem.run();
    editorTitle.textProperty().bind(javafx.beans.binding.Bindings.when(editor.addingProperty())
        .then(messages.get("targets.edit.titleNew")).otherwise(messages.get("targets.edit.titleEdit")));
    editorBox.visibleProperty().bind(editor.editingProperty());
    editorBox.managedProperty().bind(editor.editingProperty());
    detailBox.visibleProperty().bind(editor.editingProperty().not());
    detailBox.managedProperty().bind(editor.editingProperty().not());
    // pressable with a problem: pressing it is how the clerk sees it
    saveButton.disableProperty().bind(editor.savingProperty());
    editButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(editor.editingProperty()));
    addButton.disableProperty().bind(editor.editingProperty());
  }

  private int addField(int row, TargetField f, Control control, Map<TargetField, Label> errors,
      Map<TargetField, Control> controls) {
    Label label = new Label(messages.get(labelKey(f)));
    label.getStyleClass().add(Styles.MUTED);
    control.setMaxWidth(Double.MAX_VALUE);
    GridPane.setHgrow(control, javafx.scene.layout.Priority.ALWAYS);
    editorGrid.addRow(row, label, control);
    Label error = new Label();
    error.setId("error-" + f.name());
    error.setWrapText(true);
    error.getStyleClass().add(Styles.FIELD_ERROR);
    editorGrid.add(error, 1, row + 1);
    errors.put(f, error);
    controls.put(f, control);
    return row + 2;
  }

  private static String labelKey(TargetField f) {
    return switch (f) {
      case NAME -> "targets.field.name";
      case USCC -> "targets.field.uscc";
      case REG_NO -> "targets.field.regNo";
      case KIND -> "targets.field.kind";
      case LEGAL_REP -> "targets.field.legalRep";
      case ADDRESS -> "targets.field.address";
      case TOWNSHIP -> "targets.field.township";
      case JURISDICTION_UNIT -> "targets.field.jurisdictionUnit";
      case INDUSTRY -> "targets.field.industryCode";
      case INDUSTRY_NAME -> "targets.field.industryName";
      case REGISTRATION_AUTHORITY -> "targets.field.registrationAuthority";
      case STATUS -> "targets.field.status";
      case FOUNDED -> "targets.field.foundedDate";
      case LIAISON -> "targets.field.liaison";
      case PHONE -> "targets.field.phone";
      case ABNORMAL -> "targets.field.abnormal";
      case SERIOUS_VIOLATION -> "targets.field.seriousViolation";
      case RISK_CLASS -> "targets.field.riskClass";
    };
  }

  @FXML
  private void add() {
    viewModel.addNew();
  }

  @FXML
  private void edit() {
    viewModel.editSelected();
  }

  @FXML
  private void save() {
    viewModel.editor().save();
  }

  @FXML
  private void cancelEdit() {
    viewModel.editor().cancel();
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
