package cn.suiji.rules.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.rules.domain.RulesField;
import cn.suiji.shared.ui.ViewLoader;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/** Binds the working-rules screen (工作细则) to {@link RulesViewModel}. */
public final class RulesView {
  private final RulesViewModel viewModel;
  private final Parent root;

  @FXML private ComboBox<Department> department;
  @FXML private TextField inspectorsPerTarget;
  @FXML private TextField floorUndirected;
  @FXML private TextField floorDirected;
  @FXML private TextField exclusionMonths;
  @FXML private TextField publishWorkdays;
  @FXML private CheckBox listedFullCoverage;
  @FXML private TextArea recusalRule;
  @FXML private TextArea rulesText;
  @FXML private Label inspectorsPerTargetError;
  @FXML private Label floorUndirectedError;
  @FXML private Label floorDirectedError;
  @FXML private Label exclusionMonthsError;
  @FXML private Label publishWorkdaysError;
  @FXML private Label recusalRuleError;
  @FXML private Label rulesTextError;
  @FXML private TextField numberPattern;
  @FXML private TextField announcementTypeCode;
  @FXML private TextField noticeTypeCode;
  @FXML private TextField resultTypeCode;
  @FXML private TextField contactPerson;
  @FXML private TextField contactPhone;
  @FXML private TextArea materials;
  @FXML private CheckBox announcementListsTargets;
  @FXML private Label numberExample;
  @FXML private Label numberPatternError;
  @FXML private Label announcementTypeCodeError;
  @FXML private Label noticeTypeCodeError;
  @FXML private Label resultTypeCodeError;
  @FXML private Label contactPersonError;
  @FXML private Label contactPhoneError;
  @FXML private Label materialsError;
  @FXML private Label message;
  @FXML private Button saveButton;
  @FXML private Button pdfButton;
  @FXML private Button previewButton;
  @FXML private Button docxButton;

  public RulesView(RulesViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.load();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    department.setItems(viewModel.departments());
    department.setConverter(new StringConverter<>() {
      @Override
      public String toString(Department d) {
        return d == null ? "" : d.name();
      }

      @Override
      public Department fromString(String s) {
        return null;
      }
    });
    // not bound both ways: a binding ignores the view model putting the old department back (unsaved edits kept)
    department.setValue(viewModel.departmentProperty().get());
    viewModel.departmentProperty().addListener((obs, old, d) -> department.setValue(viewModel.departmentProperty().get()));
    department.valueProperty().addListener((obs, old, d) -> {
      if (!Objects.equals(d, viewModel.departmentProperty().get())) {
        viewModel.departmentProperty().set(d);
        if (!Objects.equals(department.getValue(), viewModel.departmentProperty().get())) {
          department.setValue(viewModel.departmentProperty().get());
        }
      }
    });
    bind(inspectorsPerTarget, inspectorsPerTargetError, RulesField.INSPECTORS_PER_TARGET);
    bind(floorUndirected, floorUndirectedError, RulesField.FLOOR_UNDIRECTED);
    bind(floorDirected, floorDirectedError, RulesField.FLOOR_DIRECTED);
    bind(exclusionMonths, exclusionMonthsError, RulesField.EXCLUSION_MONTHS);
    bind(publishWorkdays, publishWorkdaysError, RulesField.PUBLISH_WORKDAYS);
    bind(recusalRule, recusalRuleError, RulesField.RECUSAL_RULE);
    bind(rulesText, rulesTextError, RulesField.RULES_TEXT);
    bind(numberPattern, numberPatternError, RulesField.NUMBER_PATTERN);
    bind(announcementTypeCode, announcementTypeCodeError, RulesField.ANNOUNCEMENT_TYPE_CODE);
    bind(noticeTypeCode, noticeTypeCodeError, RulesField.NOTICE_TYPE_CODE);
    bind(resultTypeCode, resultTypeCodeError, RulesField.RESULT_TYPE_CODE);
    bind(contactPerson, contactPersonError, RulesField.CONTACT_PERSON);
    bind(contactPhone, contactPhoneError, RulesField.CONTACT_PHONE);
    bind(materials, materialsError, RulesField.MATERIALS);
    numberExample.textProperty().bind(viewModel.numberExampleProperty());
    numberExample.visibleProperty().bind(viewModel.numberExampleProperty().isNotEmpty());
    numberExample.managedProperty().bind(numberExample.visibleProperty());
    listedFullCoverage.selectedProperty().bindBidirectional(viewModel.listedFullCoverageProperty());
    announcementListsTargets.selectedProperty().bindBidirectional(viewModel.announcementListsTargetsProperty());
    message.textProperty().bind(viewModel.messageProperty());
    saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
    pdfButton.disableProperty().bind(viewModel.canSaveProperty().not());
    previewButton.disableProperty().bind(viewModel.canSaveProperty().not());
    docxButton.disableProperty().bind(viewModel.canSaveProperty().not());
  }

  private void bind(TextInputControl input, Label error, RulesField field) {
    input.textProperty().bindBidirectional(viewModel.text(field));
    error.textProperty().bind(viewModel.error(field));
    error.visibleProperty().bind(viewModel.error(field).isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    viewModel.error(field).addListener((obs, old, text) -> {
      if (text.isEmpty()) {
        input.getStyleClass().remove("invalid");
      } else if (!input.getStyleClass().contains("invalid")) {
        input.getStyleClass().add("invalid");
      }
    });
  }

  @FXML
  private void save() {
    viewModel.save();
  }

  @FXML
  private void printPreview() {
    viewModel.printPreview();
  }

  @FXML
  private void savePdf() {
    viewModel.savePdf();
  }

  @FXML
  private void saveDocx() {
    viewModel.saveDocx();
  }
}
