package cn.suiji.home.ui;

import cn.suiji.home.domain.HomeFigures;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The home page: binds the ViewModel's figures to cards and its deadlines to a table. */
public final class HomeView {
  private final HomeViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private FlowPane cards;
  @FXML private TableView<HomeViewModel.UpcomingRow> upcoming;
  @FXML private TableColumn<HomeViewModel.UpcomingRow, String> codeColumn;
  @FXML private TableColumn<HomeViewModel.UpcomingRow, String> nameColumn;
  @FXML private TableColumn<HomeViewModel.UpcomingRow, String> departmentColumn;
  @FXML private TableColumn<HomeViewModel.UpcomingRow, String> endColumn;
  @FXML private TableColumn<HomeViewModel.UpcomingRow, String> leftColumn;

  public HomeView(HomeViewModel viewModel, ViewLoader loader, Messages messages) {
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
    Columns.text(codeColumn, HomeViewModel.UpcomingRow::code);
    Columns.text(nameColumn, HomeViewModel.UpcomingRow::name);
    Columns.text(departmentColumn, HomeViewModel.UpcomingRow::department);
    Columns.text(endColumn, HomeViewModel.UpcomingRow::end);
    Columns.text(leftColumn, HomeViewModel.UpcomingRow::left);
    upcoming.setItems(viewModel.upcoming());
    viewModel.figuresProperty().addListener((obs, old, f) -> showCards(f));
    showCards(viewModel.figuresProperty().get());
  }

  private void showCards(HomeFigures f) {
    cards.getChildren().setAll(
        card("count-departments", f.departments(), "home.card.departments"),
        card("count-items", f.currentItems(), "home.card.items"),
        card("count-targets", f.targets(), "home.card.targets"),
        card("count-targets-active", f.targetsInBusiness(), "home.card.targetsActive"),
        card("count-inspectors", f.inspectors(), "home.card.inspectors"),
        card("count-inspectors-duty", f.inspectorsOnDuty(), "home.card.inspectorsOnDuty"),
        card("count-tasks", f.tasks(), "home.card.tasks"));
  }

  private VBox card(String id, int value, String labelKey) {
    Label number = new Label(Integer.toString(value));
    number.setId(id);
    number.getStyleClass().add(Styles.CARD_VALUE);
    Label label = new Label(messages.get(labelKey));
    label.getStyleClass().add(Styles.CARD_LABEL);
    VBox card = new VBox(number, label);
    card.getStyleClass().add(Styles.CARD);
    return card;
  }

}
