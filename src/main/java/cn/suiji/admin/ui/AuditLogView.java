package cn.suiji.admin.ui;

import cn.suiji.shared.ui.ViewLoader;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Shows the audit log and its chain check. */
public final class AuditLogView {
  private final AuditLogViewModel viewModel;
  private final Parent root;

  @FXML private TableView<AuditLogViewModel.Row> table;
  @FXML private TableColumn<AuditLogViewModel.Row, String> seqColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> atColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> userColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> actionColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> entityColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> entityIdColumn;
  @FXML private TableColumn<AuditLogViewModel.Row, String> detailColumn;
  @FXML private Label verdict;

  public AuditLogView(AuditLogViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    bind(seqColumn, AuditLogViewModel.Row::seq);
    bind(atColumn, AuditLogViewModel.Row::at);
    bind(userColumn, AuditLogViewModel.Row::user);
    bind(actionColumn, AuditLogViewModel.Row::action);
    bind(entityColumn, AuditLogViewModel.Row::entity);
    bind(entityIdColumn, AuditLogViewModel.Row::entityId);
    bind(detailColumn, AuditLogViewModel.Row::detail);
    table.setItems(viewModel.rows());
    verdict.textProperty().bind(viewModel.verdictProperty());
  }

  @FXML
  private void verify() {
    viewModel.verify();
  }

  @FXML
  private void refresh() {
    viewModel.refresh();
  }

  private static void bind(TableColumn<AuditLogViewModel.Row, String> column, Function<AuditLogViewModel.Row, String> value) {
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
  }
}
