package cn.suiji.plan.ui;

import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.ViewLoader;
import java.util.function.Function;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/**
 * The annual plan (年度抽查工作计划): binds the department and year, the task table (sorted by its
 * column headers, filtered by type, status and text), the task editor and the export buttons to
 * {@link PlanViewModel}. The editor's amount fields show only for the chosen kind of amount.
 */
public final class PlanView {
  private final PlanViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private TextField planCode;
  @FXML private DatePicker filedDate;
  @FXML private DatePicker publishedDate;
  @FXML private Button savePlanInfoButton;
  @FXML private Label planInfoMessage;
  @FXML private TableColumn<PlanViewModel.Row, String> provinceNumberColumn;
  @FXML private TextField provinceNumber;
  @FXML private Label readOnlyReason;
  @FXML private GridPane form;
  @FXML private Label editorWarning;
  private boolean reverting;
  @FXML private ComboBox<Option<String>> department;
  @FXML private ComboBox<Integer> year;
  @FXML private Label planTitle;
  @FXML private ProgressBar exportProgress;
  @FXML private Button cancelExportButton;
  @FXML private Button exportPlanButton;
  @FXML private Button exportViewButton;
  @FXML private ComboBox<Option<TaskType>> typeFilter;
  @FXML private ComboBox<Option<TaskStatus>> statusFilter;
  @FXML private TextField filterText;
  @FXML private Label countLabel;
  @FXML private TableView<PlanViewModel.Row> table;
  @FXML private TableColumn<PlanViewModel.Row, String> codeColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> nameColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> typeColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> amountColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> scopeColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> itemsColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> windowColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> partnersColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> modeColumn;
  @FXML private TableColumn<PlanViewModel.Row, String> statusColumn;
  @FXML private TextField code;
  @FXML private TextField name;
  @FXML private ChoiceBox<TaskType> type;
  @FXML private ChoiceBox<AmountKind> amountKind;
  @FXML private Label ratioLabel;
  @FXML private TextField ratio;
  @FXML private Label countFieldLabel;
  @FXML private TextField count;
  @FXML private Label classesLabel;
  @FXML private HBox classesBox;
  @FXML private TextField ratioA;
  @FXML private TextField ratioB;
  @FXML private TextField ratioC;
  @FXML private TextField ratioD;
  @FXML private DatePicker start;
  @FXML private DatePicker end;
  @FXML private Label lead;
  @FXML private ListView<Pick> partners;
  @FXML private ListView<Pick> items;
  @FXML private ListView<Pick> townships;
  @FXML private TextField industries;
  @FXML private ListView<Pick> kinds;
  @FXML private ChoiceBox<InspectionMode> mode;
  @FXML private ChoiceBox<TaskStatus> status;
  @FXML private Label editorMessage;
  @FXML private Button saveButton;
  @FXML private Button cancelTaskButton;

  public PlanView(PlanViewModel viewModel, ViewLoader loader, Messages messages) {
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
    year.setItems(viewModel.years());
    year.valueProperty().bindBidirectional(viewModel.yearProperty());
    planTitle.textProperty().bind(viewModel.planTitleProperty());
    typeFilter.setItems(viewModel.types());
    typeFilter.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
    statusFilter.setItems(viewModel.statuses());
    statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
    filterText.textProperty().bindBidirectional(viewModel.filterTextProperty());
    countLabel.textProperty().bind(viewModel.countTextProperty());

    Columns.text(codeColumn, PlanViewModel.Row::code);
    Columns.text(provinceNumberColumn, r -> r.provinceNumber() == null ? "" : r.provinceNumber());
    Columns.text(nameColumn, PlanViewModel.Row::name);
    Columns.text(typeColumn, PlanViewModel.Row::type);
    Columns.text(amountColumn, PlanViewModel.Row::amount);
    Columns.text(scopeColumn, PlanViewModel.Row::scope);
    Columns.text(itemsColumn, PlanViewModel.Row::items);
    Columns.text(windowColumn, PlanViewModel.Row::window);
    Columns.text(partnersColumn, PlanViewModel.Row::partners);
    Columns.text(modeColumn, PlanViewModel.Row::mode);
    Columns.text(statusColumn, PlanViewModel.Row::status);
    SortedList<PlanViewModel.Row> sorted = new SortedList<>(viewModel.shown());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    // another task with unsaved edits: the view model asks; if the clerk stays, the old row stays chosen
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      if (row != null && !reverting && !viewModel.choose(row)) {
        reverting = true;
        try {
          table.getSelectionModel().select(viewModel.selectedProperty().get());
        } finally {
          reverting = false;
        }
      }
    });
    viewModel.selectedProperty().addListener((obs, old, row) -> {
      if (row == null) {
        table.getSelectionModel().clearSelection();
      } else if (table.getSelectionModel().getSelectedItem() != row) {
        table.getSelectionModel().select(row);
      }
    });

    TaskEditorModel e = viewModel.editor();
    code.textProperty().bindBidirectional(e.codeProperty());
    name.textProperty().bindBidirectional(e.nameProperty());
    choices(type, TaskType.values(), messages::label);
    type.valueProperty().bindBidirectional(e.typeProperty());
    choices(amountKind, AmountKind.values(), this::amountLabel);
    amountKind.valueProperty().bindBidirectional(e.amountKindProperty());
    ratio.textProperty().bindBidirectional(e.ratioProperty());
    count.textProperty().bindBidirectional(e.countProperty());
    ratioA.textProperty().bindBidirectional(e.ratioAProperty());
    ratioB.textProperty().bindBidirectional(e.ratioBProperty());
    ratioC.textProperty().bindBidirectional(e.ratioCProperty());
    ratioD.textProperty().bindBidirectional(e.ratioDProperty());
    IsoDates.use(start);
    IsoDates.use(end);
    start.valueProperty().bindBidirectional(e.startProperty());
    end.valueProperty().bindBidirectional(e.endProperty());
    lead.textProperty().bind(e.leadProperty());
    checkList(partners, e.partners());
    checkList(items, e.items());
    checkList(townships, e.townships());
    checkList(kinds, e.kinds());
    industries.textProperty().bindBidirectional(e.industriesProperty());
    choices(mode, InspectionMode.values(), messages::label);
    mode.valueProperty().bindBidirectional(e.modeProperty());
    choices(status, TaskStatus.values(), messages::label);
    status.valueProperty().bindBidirectional(e.statusProperty());
    editorMessage.textProperty().bind(e.messageProperty());
    show(editorMessage, e.messageProperty());
    editorWarning.textProperty().bind(e.warningProperty());
    show(editorWarning, e.warningProperty());
    provinceNumber.textProperty().bindBidirectional(e.provinceNumberProperty());
    // a drawn task: the reason on top, the form greyed out, nothing to press
    readOnlyReason.textProperty().bind(e.readOnlyReasonProperty());
    show(readOnlyReason, e.readOnlyReasonProperty());
    form.disableProperty().bind(e.readOnlyProperty());
    // disabled while the problems shown stand; a pristine new task's 保存 shows them instead
    saveButton.disableProperty().bind(e.readOnlyProperty().or(viewModel.busyProperty())
        .or(e.validProperty().not().and(e.messageProperty().isNotEmpty())));
    cancelTaskButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty())
        .or(e.readOnlyProperty()));

    planCode.textProperty().bindBidirectional(viewModel.planCodeProperty());
    IsoDates.use(filedDate);
    IsoDates.use(publishedDate);
    filedDate.valueProperty().bindBidirectional(viewModel.filedDateProperty());
    publishedDate.valueProperty().bindBidirectional(viewModel.publishedDateProperty());
    planInfoMessage.textProperty().bind(viewModel.planInfoMessageProperty());
    savePlanInfoButton.disableProperty().bind(viewModel.planChosenProperty().not().or(viewModel.busyProperty()));
    e.amountKindProperty().addListener((obs, old, now) -> showAmount(now));
    showAmount(e.amountKindProperty().get());

    exportProgress.setProgress(-1);
    exportProgress.visibleProperty().bind(viewModel.exportingProperty());
    cancelExportButton.visibleProperty().bind(viewModel.exportingProperty());
    exportPlanButton.disableProperty().bind(viewModel.exportingProperty());
    exportViewButton.disableProperty().bind(viewModel.exportingProperty());
  }

  /** A message label takes room only while it has something to say. */
  private static void show(Label label, javafx.beans.value.ObservableStringValue text) {
    label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
    label.managedProperty().bind(label.visibleProperty());
  }

  /** Asked by the main window before the screen is left: unsaved edits are kept unless the clerk drops them. */
  public void leave(Runnable proceed) {
    viewModel.leave(proceed);
  }

  private void showAmount(@Nullable AmountKind kind) {
    show(kind == AmountKind.RATIO, ratioLabel, ratio);
    show(kind == AmountKind.COUNT, countFieldLabel, count);
    show(kind == AmountKind.CLASSES, classesLabel, classesBox);
  }

  private static void show(boolean visible, Node... nodes) {
    for (Node n : nodes) {
      n.setVisible(visible);
      n.setManaged(visible);
    }
  }

  private String amountLabel(AmountKind kind) {
    return switch (kind) {
      case RATIO -> messages.get("plan.editor.amount.ratio");
      case COUNT -> messages.get("plan.editor.amount.count");
      case CLASSES -> messages.get("plan.editor.amount.classes");
    };
  }

  private static <T> void choices(ChoiceBox<T> box, T[] values, Function<T, String> label) {
    box.getItems().setAll(values);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable T value) {
        return value == null ? "" : label.apply(value);
      }

      @Override
      public @Nullable T fromString(String s) {
        return null;
      }
    });
  }

  private static void checkList(ListView<Pick> list, javafx.collections.ObservableList<Pick> picks) {
    list.setItems(picks);
    list.setCellFactory(CheckBoxListCell.forListView(Pick::selectedProperty));
  }

  @FXML
  private void newTask() {
    viewModel.newTask();
  }

  @FXML
  private void save() {
    viewModel.save();
  }

  @FXML
  private void savePlanInfo() {
    viewModel.savePlanInfo();
  }

  @FXML
  private void cancelTask() {
    viewModel.cancelTask();
  }

  @FXML
  private void exportPlan() {
    viewModel.exportPlan();
  }

  @FXML
  private void exportView() {
    viewModel.exportView(TableSnapshot.of(table));
  }

  @FXML
  private void cancelExport() {
    viewModel.cancelExport();
  }
}
