package cn.suiji.report.ui;

import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.Indicator;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.OtherInspectionKind;
import cn.suiji.report.ui.EvaluationViewModel.Line;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.Converters;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.ViewLoader;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;

/**
 * Binds the 考评 screen to its ViewModel: the 14 rows (the figures and the points lost on several
 * lines of one cell), the evidence files with 添加证明材料…, the exports.
 */
public final class EvaluationView {
  private final EvaluationViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<Integer> year;
  @FXML private ComboBox<Choice<String>> department;
  @FXML private Button evaluateButton;
  @FXML private Button docxButton;
  @FXML private Button xlsxButton;
  @FXML private Button selfReportButton;
  @FXML private TextField gradesField;
  @FXML private Button gradesButton;
  @FXML private Button removeEvidenceButton;
  @FXML private ComboBox<OtherInspectionKind> otherKind;
  @FXML private DatePicker otherOn;
  @FXML private TextField otherTarget;
  @FXML private TextField otherCode;
  @FXML private TextField otherResult;
  @FXML private TextField otherSource;
  @FXML private Button addOtherButton;
  @FXML private Button saveOtherButton;
  @FXML private Button removeOtherButton;
  @FXML private TableView<OtherInspection> otherTable;
  @FXML private TableColumn<OtherInspection, String> otherKindColumn;
  @FXML private TableColumn<OtherInspection, String> otherDateColumn;
  @FXML private TableColumn<OtherInspection, String> otherTargetColumn;
  @FXML private TableColumn<OtherInspection, String> otherCodeColumn;
  @FXML private TableColumn<OtherInspection, String> otherResultColumn;
  @FXML private TableColumn<OtherInspection, String> otherSourceColumn;
  @FXML private Button cancelButton;
  @FXML private ProgressBar progress;
  @FXML private Label summary;
  @FXML private TableView<Line> table;
  @FXML private TableColumn<Line, String> numberColumn;
  @FXML private TableColumn<Line, String> indicatorColumn;
  @FXML private TableColumn<Line, String> weightColumn;
  @FXML private TableColumn<Line, String> pointsColumn;
  @FXML private TableColumn<Line, String> basisColumn;
  @FXML private ComboBox<Indicator> indicator;
  @FXML private DatePicker dated;
  @FXML private TextField note;
  @FXML private Button addEvidenceButton;
  @FXML private TableView<Evidence> evidenceTable;
  @FXML private TableColumn<Evidence, String> evidenceIndicatorColumn;
  @FXML private TableColumn<Evidence, String> evidenceFileColumn;
  @FXML private TableColumn<Evidence, String> evidenceDateColumn;
  @FXML private TableColumn<Evidence, String> evidenceNoteColumn;
  @FXML private TableColumn<Evidence, String> evidenceStateColumn;
  @FXML private Label outcome;
  @FXML private Label error;

  public EvaluationView(EvaluationViewModel viewModel, ViewLoader loader, Messages messages) {
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
    department.setItems(viewModel.departments());
    department.valueProperty().bindBidirectional(viewModel.departmentProperty());
    department.setConverter(Converters.showing(Choice::label));
    summary.textProperty().bind(viewModel.summaryProperty());
    outcome.textProperty().bind(viewModel.outcomeProperty());
    error.textProperty().bind(viewModel.errorProperty());
    for (Button b : new Button[] {evaluateButton, docxButton, xlsxButton, addEvidenceButton, selfReportButton,
        gradesButton, removeEvidenceButton, addOtherButton, saveOtherButton, removeOtherButton}) {
      b.disableProperty().bind(viewModel.runningProperty());
    }
    cancelButton.visibleProperty().bind(viewModel.runningProperty());
    progress.visibleProperty().bind(viewModel.runningProperty());
    progress.progressProperty().bind(viewModel.progressProperty());
    cancelButton.managedProperty().bind(cancelButton.visibleProperty());
    progress.managedProperty().bind(progress.visibleProperty());

    table.setItems(viewModel.lines());
    Columns.text(numberColumn, l -> Integer.toString(l.number()));
    Columns.text(indicatorColumn, Line::indicator);
    Columns.text(weightColumn, Line::weight);
    Columns.text(pointsColumn, Line::points);
    Columns.text(basisColumn, Line::basis);
    // the weight is edited in place (double-click, type, Enter); the other columns are read only
    for (TableColumn<Line, String> c : List.of(numberColumn, indicatorColumn, pointsColumn, basisColumn)) {
      c.setEditable(false);
    }
    weightColumn.setEditable(true);
    weightColumn.setCellFactory(TextFieldTableCell.forTableColumn());
    weightColumn.setOnEditCommit(e -> viewModel.setWeight(e.getRowValue().number(), e.getNewValue()));
    gradesField.textProperty().bindBidirectional(viewModel.gradesProperty());

    otherKind.getItems().setAll(OtherInspectionKind.values());
    otherKind.setConverter(Converters.showing(messages::label));
    otherKind.valueProperty().bindBidirectional(viewModel.otherKindProperty());
    IsoDates.use(otherOn);
    otherOn.valueProperty().bindBidirectional(viewModel.otherOnProperty());
    otherTarget.textProperty().bindBidirectional(viewModel.otherTargetProperty());
    otherCode.textProperty().bindBidirectional(viewModel.otherCodeProperty());
    otherResult.textProperty().bindBidirectional(viewModel.otherResultProperty());
    otherSource.textProperty().bindBidirectional(viewModel.otherSourceProperty());
    otherTable.setItems(viewModel.others());
    Columns.text(otherKindColumn, o -> messages.label(o.kind()));
    Columns.text(otherDateColumn, o -> o.inspectedOn().toString());
    Columns.keepWhole(otherDateColumn, "2026-12-31");
    Columns.text(otherTargetColumn, OtherInspection::targetName);
    Columns.text(otherCodeColumn, o -> o.targetCode() == null ? "" : o.targetCode());
    Columns.text(otherResultColumn, OtherInspection::result);
    Columns.text(otherSourceColumn, o -> o.source() == null ? "" : o.source());
    // choosing a row puts it in the form to correct (保存修改) or remove
    otherTable.getSelectionModel().selectedItemProperty().addListener((obs, old, o) -> viewModel.editOther(o));

    indicator.getItems().setAll(Indicator.values());
    indicator.valueProperty().bindBidirectional(viewModel.indicatorProperty());
    indicator.setConverter(Converters.showing(i -> i.number() + " " + messages.label(i)));
    dated.valueProperty().bindBidirectional(viewModel.datedProperty());
    note.textProperty().bindBidirectional(viewModel.noteProperty());
    evidenceTable.setItems(viewModel.evidence());
    Columns.text(evidenceIndicatorColumn, e -> e.indicator().number() + " " + messages.label(e.indicator()));
    Columns.text(evidenceFileColumn, Evidence::originalName);
    Columns.text(evidenceDateColumn, e -> e.dated().toString());
    Columns.keepWhole(evidenceDateColumn, "2026-12-31");
    Columns.text(evidenceNoteColumn, e -> e.note() == null ? "" : e.note());
    Columns.text(evidenceStateColumn, e -> messages.label(e.state()));
  }

  @FXML
  private void evaluate() {
    viewModel.evaluate();
  }

  @FXML
  private void exportDocx() {
    viewModel.exportDocx();
  }

  @FXML
  private void exportXlsx() {
    viewModel.exportXlsx();
  }

  @FXML
  private void addEvidence() {
    viewModel.addEvidence();
  }

  @FXML
  private void removeEvidence() {
    viewModel.removeEvidence(evidenceTable.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void addOther() {
    viewModel.addOther();
  }

  @FXML
  private void saveOther() {
    viewModel.saveOther();
  }

  @FXML
  private void removeOther() {
    viewModel.removeOther(otherTable.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void saveGrades() {
    viewModel.saveGrades();
  }

  @FXML
  private void exportSelfReport() {
    viewModel.exportSelfReport();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }
}
