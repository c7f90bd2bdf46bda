package cn.suiji.directory.ui;

import cn.suiji.directory.domain.InspectorRef;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.ViewLoader;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The recusals screen (回避): binds the filters, the table (sorted by its headers, exported as
 * shown), the add pane and the same-name proposals to {@link RecusalsViewModel}.
 */
public final class RecusalsView {
  private final RecusalsViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<Choice<Long>> department;
  @FXML private ComboBox<Choice<RecusalReason>> reason;
  @FXML private ComboBox<Choice<RecusalSource>> source;
  @FXML private TextField filterText;
  @FXML private TableView<RecusalsViewModel.Row> table;
  @FXML private TableColumn<RecusalsViewModel.Row, String> inspectorColumn;
  @FXML private TableColumn<RecusalsViewModel.Row, String> certColumn;
  @FXML private TableColumn<RecusalsViewModel.Row, String> departmentColumn;
  @FXML private TableColumn<RecusalsViewModel.Row, String> targetColumn;
  @FXML private TableColumn<RecusalsViewModel.Row, String> codeColumn;
  @FXML private TableColumn<RecusalsViewModel.Row, String> reasonColumn;
  @FXML private TableColumn<RecusalsViewModel.Row, String> sourceColumn;
  @FXML private TableColumn<RecusalsViewModel.Row, String> noteColumn;
  @FXML private Label countLabel;
  @FXML private ComboBox<InspectorRef> inspector;
  @FXML private TextField targetSearch;
  @FXML private ListView<TargetRow> targetHits;
  @FXML private ComboBox<RecusalReason> addReason;
  @FXML private TextField note;
  @FXML private Label addError;
  @FXML private Button addButton;
  @FXML private Button removeButton;
  @FXML private Button sameNameButton;
  @FXML private VBox proposalsPane;
  @FXML private Label proposalText;
  @FXML private TableView<RecusalsViewModel.Proposal> proposalTable;
  @FXML private TableColumn<RecusalsViewModel.Proposal, String> proposalInspectorColumn;
  @FXML private TableColumn<RecusalsViewModel.Proposal, String> proposalDepartmentColumn;
  @FXML private TableColumn<RecusalsViewModel.Proposal, String> proposalTargetColumn;
  @FXML private TableColumn<RecusalsViewModel.Proposal, String> proposalCodeColumn;
  @FXML private TableColumn<RecusalsViewModel.Proposal, String> proposalLegalRepColumn;
  @FXML private ComboBox<RecusalReason> proposalReason;

  public RecusalsView(RecusalsViewModel viewModel, ViewLoader loader, Messages messages) {
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
    reason.setItems(viewModel.reasons());
    reason.valueProperty().bindBidirectional(viewModel.reasonProperty());
    source.setItems(viewModel.sources());
    source.valueProperty().bindBidirectional(viewModel.sourceProperty());
    filterText.textProperty().bindBidirectional(viewModel.textProperty());

    Columns.text(inspectorColumn, RecusalsViewModel.Row::inspectorName);
    Columns.text(certColumn, RecusalsViewModel.Row::certNo);
    Columns.text(departmentColumn, RecusalsViewModel.Row::department);
    Columns.text(targetColumn, RecusalsViewModel.Row::targetName);
    Columns.text(codeColumn, RecusalsViewModel.Row::targetCode);
    Columns.text(reasonColumn, RecusalsViewModel.Row::reason);
    Columns.text(sourceColumn, RecusalsViewModel.Row::source);
    Columns.text(noteColumn, RecusalsViewModel.Row::note);
    table.setItems(viewModel.rows());
    countLabel.textProperty().bind(viewModel.countTextProperty());
    removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

    inspector.setItems(viewModel.inspectors());
    inspector.setConverter(new StringConverter<>() {
      @Override
      public String toString(InspectorRef i) {
        return i == null ? "" : i.display() + "　" + i.departmentName();
      }

      @Override
      public InspectorRef fromString(String s) {
        return null;
      }
    });
    inspector.valueProperty().bindBidirectional(viewModel.inspectorProperty());
    targetSearch.textProperty().bindBidirectional(viewModel.targetSearchProperty());
    targetHits.setItems(viewModel.targetHits());
    targetHits.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(TargetRow t, boolean empty) {
        super.updateItem(t, empty);
        setText(empty || t == null ? null : t.name() + "　" + t.code());
      }
    });
    targetHits.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
      if (t != null) {
        viewModel.targetProperty().set(t);
      }
    });
    viewModel.targetProperty().addListener((obs, old, t) -> {
      if (t == null) {
        targetHits.getSelectionModel().clearSelection();
      } else if (targetHits.getSelectionModel().getSelectedItem() != t) {
        targetHits.getSelectionModel().select(t);
      }
    });
    addReason.getItems().setAll(RecusalReason.values());
    addReason.setConverter(labels());
    addReason.valueProperty().bindBidirectional(viewModel.addReasonProperty());
    note.textProperty().bindBidirectional(viewModel.noteProperty());
    addError.textProperty().bind(viewModel.addErrorProperty());
    addButton.disableProperty().bind(viewModel.canAddProperty().not());
    sameNameButton.disableProperty().bind(viewModel.busyProperty());

    Columns.text(proposalInspectorColumn, RecusalsViewModel.Proposal::inspector);
    Columns.text(proposalDepartmentColumn, p -> p.match().departmentName());
    Columns.text(proposalTargetColumn, p -> p.match().targetName());
    Columns.text(proposalCodeColumn, p -> p.match().targetCode());
    Columns.text(proposalLegalRepColumn, p -> p.match().legalRep());
    proposalTable.setItems(viewModel.proposals());
    proposalTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    proposalReason.getItems().setAll(RecusalReason.values());
    proposalReason.setConverter(labels());
    proposalReason.valueProperty().bindBidirectional(viewModel.proposalReasonProperty());
    proposalText.textProperty().bind(viewModel.proposalTextProperty());
    viewModel.proposals().addListener((ListChangeListener<RecusalsViewModel.Proposal>) c -> showProposals());
    viewModel.proposalTextProperty().addListener((obs, old, t) -> showProposals());
    showProposals();
  }

  private void showProposals() {
    boolean shown = !viewModel.proposals().isEmpty() || !viewModel.proposalTextProperty().get().isEmpty();
    proposalsPane.setVisible(shown);
    proposalsPane.setManaged(shown);
  }

  private StringConverter<RecusalReason> labels() {
    return new StringConverter<>() {
      @Override
      public String toString(RecusalReason r) {
        return r == null ? "" : messages.label(r);
      }

      @Override
      public RecusalReason fromString(String s) {
        return null;
      }
    };
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
  private void searchTargets() {
    viewModel.searchTargets();
  }

  @FXML
  private void add() {
    viewModel.add();
  }

  @FXML
  private void remove() {
    viewModel.remove(table.getSelectionModel().getSelectedItem());
  }

  @FXML
  private void findSameName() {
    viewModel.findSameName();
  }

  @FXML
  private void confirmProposals() {
    viewModel.confirm(List.copyOf(proposalTable.getSelectionModel().getSelectedItems()));
  }

  @FXML
  private void selectAllProposals() {
    proposalTable.getSelectionModel().selectAll();
  }

  @FXML
  private void closeProposals() {
    viewModel.closeProposals();
  }

  @FXML
  private void export() {
    viewModel.export(TableSnapshot.of(table));
  }
}
