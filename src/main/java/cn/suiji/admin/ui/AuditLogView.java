package cn.suiji.admin.ui;

import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.ViewLoader;
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
    Columns.text(seqColumn, AuditLogViewModel.Row::seq);
    Columns.text(atColumn, AuditLogViewModel.Row::at);
    Columns.text(userColumn, AuditLogViewModel.Row::user);
    Columns.text(actionColumn, AuditLogViewModel.Row::action);
    Columns.text(entityColumn, AuditLogViewModel.Row::entity);
    Columns.text(entityIdColumn, AuditLogViewModel.Row::entityId);
    Columns.text(detailColumn, AuditLogViewModel.Row::detail);
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

}
