package cn.suiji.inspection.ui;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/**
 * Binds the results screen: builds the grid's rows of text fields (Tab goes through them in
 * reading order; Enter saves the row; leaving a changed row for another saves it), keeps the
 * detail form bound to the row the cursor was last in, and forwards the buttons.
 */
public final class ResultsView {
  private static final String ROW_KEY = "result-row";
  private final ResultsViewModel viewModel;
  private final Messages messages;
  private final Parent root;
  private @Nullable ResultRow lastRow;
  private final List<Runnable> unbind = new ArrayList<>();
  private final javafx.beans.value.ChangeListener<Node> focus = (obs, before, now) -> focused(now);

  @FXML private ComboBox<NoticesViewModel.DrawChoice> drawChoice;
  @FXML private Button saveButton;
  @FXML private Button importButton;
  @FXML private ProgressBar jobProgress;
  @FXML private Button cancelButton;
  @FXML private Label codeHint;
  @FXML private Label methodHint;
  @FXML private Label summary;
  @FXML private GridPane grid;
  @FXML private VBox detail;
  @FXML private Label detailTitle;
  @FXML private TextField problem;
  @FXML private TextField handling;
  @FXML private TextField substitution;
  @FXML private TextField remark;
  @FXML private ComboBox<FollowUpKind> followUpKind;
  @FXML private TextField followUpDetail;
  @FXML private TextField followUpBody;
  @FXML private DatePicker followUpDue;
  @FXML private TextArea history;
  @FXML private TextField correctionReason;
  @FXML private Button correctButton;
  @FXML private Label rowError;
  @FXML private Label outcome;
  @FXML private Label error;

  public ResultsView(ResultsViewModel viewModel, ViewLoader loader, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    drawChoice.setItems(viewModel.drawChoices());
    drawChoice.valueProperty().bindBidirectional(viewModel.drawProperty());
    codeHint.textProperty().bind(viewModel.codeHintProperty().map(t -> t.isEmpty() ? "" : messages.get("results.codes.hint", t)));
    methodHint.setText(messages.get("results.methods.hint", viewModel.methodHint()));
    summary.textProperty().bind(viewModel.summaryProperty());
    outcome.textProperty().bind(viewModel.outcomeProperty());
    error.textProperty().bind(viewModel.errorProperty());
    history.textProperty().bind(viewModel.historyProperty());
    saveButton.disableProperty().bind(viewModel.busyProperty());
    importButton.setVisible(viewModel.canImport());
    importButton.managedProperty().bind(importButton.visibleProperty());
    importButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.job().runningProperty()));
    jobProgress.progressProperty().bind(viewModel.job().progressProperty());
    jobProgress.visibleProperty().bind(viewModel.job().runningProperty());
    jobProgress.managedProperty().bind(jobProgress.visibleProperty());
    cancelButton.visibleProperty().bind(viewModel.job().runningProperty());
    cancelButton.managedProperty().bind(cancelButton.visibleProperty());
    IsoDates.use(followUpDue);
    followUpKind.getItems().add(null);
    followUpKind.getItems().addAll(FollowUpKind.values());
    followUpKind.setConverter(new StringConverter<>() {
      @Override
      public String toString(@Nullable FollowUpKind k) {
        return k == null ? messages.get("results.detail.noFollowUp") : messages.label(k);
      }

      @Override
      public @Nullable FollowUpKind fromString(String text) {
        return null;
      }
    });
    viewModel.rows().addListener((ListChangeListener<ResultRow>) c -> build());
    viewModel.selectedProperty().addListener((obs, old, row) -> bindDetail(row));
    bindDetail(null);
    build();
    // the cursor is followed only while the grid is shown: the listener leaves with the page
    grid.sceneProperty().addListener((obs, old, scene) -> {
      if (old != null) {
        old.focusOwnerProperty().removeListener(focus);
      }
      if (scene != null) {
        scene.focusOwnerProperty().addListener(focus);
      }
    });
  }

  /** The cursor went to {@code node}: leaving a grid row for another saves it; the detail form follows the row. */
  private void focused(@Nullable Node node) {
    if (node == null || !(node.getProperties().get(ROW_KEY) instanceof ResultRow row)) {
      return;
    }
    ResultRow before = lastRow;
    lastRow = row;
    if (before != null && before != row) {
      viewModel.saveIfChanged(before);
    }
    viewModel.selectedProperty().set(row);
  }

  private void build() {
    grid.getChildren().clear();
    String[] heads = {"results.col.order", "results.col.target", "results.col.status", "results.col.date",
        "results.col.codes", "results.col.methods", "results.col.inspectors", "results.col.note"};
    for (int c = 0; c < heads.length; c++) {
      Label head = new Label(messages.get(heads[c]));
      head.getStyleClass().add("results-head");
      head.setMinWidth(Label.USE_PREF_SIZE);
      grid.add(head, c, 0);
    }
    int line = 1;
    for (ResultRow row : viewModel.rows()) {
      Label order = new Label(Integer.toString(row.order()));
      order.setMinWidth(Label.USE_PREF_SIZE);
      Label target = new Label(row.target() + "\n" + row.code());
      target.setWrapText(true);
      target.setPrefWidth(190);
      target.setMinHeight(Label.USE_PREF_SIZE);
      Label status = new Label();
      status.setId("status-" + row.order());
      status.textProperty().bind(row.statusTextProperty());
      status.setMinWidth(Label.USE_PREF_SIZE);
      grid.add(order, 0, line);
      grid.add(target, 1, line);
      grid.add(status, 2, line);
      grid.add(cell(row, row.dateProperty(), 120, "date", messages.get("results.date.prompt")), 3, line);
      grid.add(cell(row, row.codesProperty(), 80, "codes", messages.get("results.codes.prompt")), 4, line);
      grid.add(cell(row, row.methodsProperty(), 110, "methods", messages.get("results.methods.prompt")), 5, line);
      grid.add(cell(row, row.inspectorsProperty(), 140, "inspectors", ""), 6, line);
      grid.add(cell(row, row.noteProperty(), 160, "note", messages.get("results.note.prompt")), 7, line);
      Label reason = new Label();
      reason.setId("row-error-" + row.order());
      reason.getStyleClass().add(Styles.FIELD_ERROR);
      reason.setWrapText(true);
      reason.textProperty().bind(row.errorProperty());
      reason.visibleProperty().bind(row.errorProperty().isNotEmpty());
      reason.managedProperty().bind(reason.visibleProperty());
      grid.add(reason, 3, line + 1, 5, 1);
      line += 2;
    }
  }

  private TextField cell(ResultRow row, javafx.beans.property.StringProperty value, double width, String name,
      String prompt) {
    TextField field = new TextField();
    field.setId(name + "-" + row.order());
    field.setPrefColumnCount(1);
    field.setPrefWidth(width);
    field.setPromptText(prompt);
    field.textProperty().bindBidirectional(value);
    field.getProperties().put(ROW_KEY, row);
    field.disableProperty().bind(row.statusProperty().isEqualTo(cn.suiji.inspection.domain.InspectionStatus.AWAITING_NOTICE));
    field.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER) {
        viewModel.save(row);
        e.consume();
      }
    });
    row.errorProperty().addListener((obs, old, text) -> {
      field.getStyleClass().remove(Styles.INVALID);
      if (text != null && !text.isEmpty()) {
        field.getStyleClass().add(Styles.INVALID);
      }
    });
    return field;
  }

  private void bindDetail(@Nullable ResultRow row) {
    unbind.forEach(Runnable::run);
    unbind.clear();
    for (javafx.scene.Node n : detail.getChildren()) {
      if (n != codeHint && n != methodHint && n != detailTitle) {
        n.setDisable(row == null);
      }
    }
    rowError.textProperty().unbind();
    if (row == null) {
      detailTitle.setText(messages.get("results.detail.none"));
      rowError.setText("");
      return;
    }
    detailTitle.setText(messages.get("results.detail.title", row.order(), row.target()));
    bind(problem.textProperty(), row.problemProperty());
    bind(handling.textProperty(), row.handlingProperty());
    bind(substitution.textProperty(), row.substitutionProperty());
    bind(remark.textProperty(), row.remarkProperty());
    bind(followUpKind.valueProperty(), row.followUpKindProperty());
    bind(followUpDetail.textProperty(), row.followUpDetailProperty());
    bind(followUpBody.textProperty(), row.followUpBodyProperty());
    bind(followUpDue.valueProperty(), row.followUpDueProperty());
    bind(correctionReason.textProperty(), row.correctionReasonProperty());
    correctButton.disableProperty().unbind();
    correctButton.disableProperty().bind(row.recordedProperty().not());
    rowError.textProperty().bind(row.errorProperty());
  }

  private <T> void bind(Property<T> field, Property<T> value) {
    field.bindBidirectional(value);
    unbind.add(() -> field.unbindBidirectional(value));
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  @FXML
  private void saveAll() {
    viewModel.saveAll();
  }

  @FXML
  private void correct() {
    viewModel.correctSelected();
  }

  @FXML
  private void importFile() {
    viewModel.importFile();
  }

  @FXML
  private void cancelImport() {
    viewModel.job().cancel();
  }
}
