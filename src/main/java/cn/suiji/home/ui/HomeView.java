package cn.suiji.home.ui;

import cn.suiji.home.domain.HomeFigures;
import cn.suiji.home.ui.HomeViewModel.Kind;
import cn.suiji.home.ui.HomeViewModel.Screen;
import cn.suiji.home.ui.HomeViewModel.WorkRow;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.Styles;
import cn.suiji.shared.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The home page: the work cards (overdue, due soon, waiting), the figure cards, and the work
 * table; every card and row opens its screen through the ViewModel (a row: the draw wizard or
 * the draw records; its task code: the plan at that task). Overdue rows are red. Until the first
 * figures are in, the cards are {@link HomeSkeleton}'s, with dashes.
 */
public final class HomeView {
  private static final String OVERDUE_ROW = "overdue-row";
  private final HomeViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private FlowPane workCards;
  @FXML private FlowPane cards;
  @FXML private FlowPane deadlineCards;
  @FXML private TableView<WorkRow> work;
  @FXML private TableColumn<WorkRow, String> codeColumn;
  @FXML private TableColumn<WorkRow, String> nameColumn;
  @FXML private TableColumn<WorkRow, String> departmentColumn;
  @FXML private TableColumn<WorkRow, String> endColumn;
  @FXML private TableColumn<WorkRow, String> stateColumn;

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
    Columns.text(codeColumn, WorkRow::code);
    codeColumn.setCellFactory(c -> new CodeCell());
    Columns.text(nameColumn, WorkRow::name);
    Columns.text(departmentColumn, WorkRow::department);
    Columns.text(endColumn, WorkRow::end);
    Columns.text(stateColumn, WorkRow::state);
    work.setItems(viewModel.work());
    work.setRowFactory(t -> new WorkTableRow());
    work.setOnKeyPressed(e -> {
      WorkRow row = work.getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && row != null) {
        viewModel.open(row);
      }
    });
    viewModel.figuresProperty().addListener((obs, old, f) -> showCards(f));
    showCards(viewModel.figuresProperty().get());
    viewModel.overdueProperty().addListener((obs, old, n) -> showWorkCards());
    viewModel.dueSoonProperty().addListener((obs, old, n) -> showWorkCards());
    viewModel.waitingProperty().addListener((obs, old, n) -> showWorkCards());
    viewModel.loadedProperty().addListener((obs, old, loaded) -> {
      showWorkCards();
      showCards(viewModel.figuresProperty().get());
    });
    showWorkCards();
    viewModel.deadlines().addListener((javafx.collections.ListChangeListener<HomeViewModel.DeadlineRow>) c ->
        showDeadlines());
    showDeadlines();
  }

  /** One card per department with publication work: due soon (yellow), overdue and past the window (red). */
  private void showDeadlines() {
    deadlineCards.getChildren().clear();
    for (HomeViewModel.DeadlineRow d : viewModel.deadlines()) {
      Label name = new Label(d.department());
      name.getStyleClass().add(Styles.CARD_LABEL);
      name.setMinWidth(Label.USE_PREF_SIZE);
      Label soon = count(messages.get("home.deadlines.soon", d.soon()), d.soon() > 0 ? Styles.DEADLINE_SOON : null);
      Label overdue = count(messages.get("home.deadlines.overdue", d.overdue()),
          d.overdue() > 0 ? Styles.DEADLINE_OVERDUE : null);
      Label past = count(messages.get("home.deadlines.pastWindow", d.pastWindow()),
          d.pastWindow() > 0 ? Styles.DEADLINE_OVERDUE : null);
      VBox card = new VBox(name, soon, overdue, past);
      card.getStyleClass().addAll(Styles.CARD, "work-card");
      card.setOnMouseClicked(e -> viewModel.openDeadlines());
      deadlineCards.getChildren().add(card);
    }
  }

  private static Label count(String text, @org.jspecify.annotations.Nullable String style) {
    Label l = new Label(text);
    l.setMinWidth(Label.USE_PREF_SIZE);
    if (style != null) {
      l.getStyleClass().add(style);
    }
    return l;
  }

  private void showWorkCards() {
    if (!viewModel.loadedProperty().get()) {
      workCards.getChildren().setAll(HomeSkeleton.workCards(messages));
      return;
    }
    VBox overdue = card("count-overdue", viewModel.overdueProperty().get(), "home.card.overdue", "work-card");
    overdue.getStyleClass().add("work-card-overdue");
    overdue.setOnMouseClicked(e -> viewModel.openFirst(Kind.OVERDUE));
    VBox soon = card("count-due-soon", viewModel.dueSoonProperty().get(), "home.card.dueSoon", "work-card");
    soon.setOnMouseClicked(e -> viewModel.openFirst(Kind.DUE_SOON));
    VBox waiting = card("count-waiting", viewModel.waitingProperty().get(), "home.card.waiting", "work-card");
    waiting.setOnMouseClicked(e -> viewModel.openFirst(Kind.WAITING));
    workCards.getChildren().setAll(overdue, soon, waiting);
  }

  private void showCards(HomeFigures f) {
    if (!viewModel.loadedProperty().get()) {
      cards.getChildren().setAll(HomeSkeleton.figureCards(messages));
      return;
    }
    cards.getChildren().setAll(
        figure("count-departments", f.departments(), "home.card.departments", Screen.DEPARTMENTS),
        figure("count-items", f.currentItems(), "home.card.items", Screen.ITEMS),
        figure("count-targets", f.targets(), "home.card.targets", Screen.TARGETS),
        figure("count-targets-active", f.targetsInBusiness(), "home.card.targetsActive", Screen.TARGETS),
        figure("count-inspectors", f.inspectors(), "home.card.inspectors", Screen.INSPECTORS),
        figure("count-inspectors-duty", f.inspectorsOnDuty(), "home.card.inspectorsOnDuty", Screen.INSPECTORS),
        figure("count-tasks", f.tasks(), "home.card.tasks", Screen.PLAN));
  }

  private VBox figure(String id, int value, String labelKey, Screen screen) {
    VBox card = card(id, value, labelKey, "figure-card");
    card.setOnMouseClicked(e -> viewModel.openScreen(screen));
    return card;
  }

  private VBox card(String id, int value, String labelKey, String kind) {
    Label number = new Label(Integer.toString(value));
    number.setId(id);
    number.getStyleClass().add(Styles.CARD_VALUE);
    Label label = new Label(messages.get(labelKey));
    label.getStyleClass().add(Styles.CARD_LABEL);
    label.setMinWidth(Label.USE_PREF_SIZE);
    VBox card = new VBox(number, label);
    card.setId(id + "-card");
    card.getStyleClass().addAll(Styles.CARD, kind);
    return card;
  }

  /** A row of work: red when overdue; a click anywhere but on the task code opens its screen. */
  private final class WorkTableRow extends TableRow<WorkRow> {
    WorkTableRow() {
      getStyleClass().add("work-row");
      setOnMouseClicked(e -> {
        if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && !onLink(e.getPickResult()
            .getIntersectedNode())) {
          viewModel.open(getItem());
        }
      });
    }

    @Override
    protected void updateItem(WorkRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().remove(OVERDUE_ROW);
      if (!empty && row != null && row.kind() == Kind.OVERDUE) {
        getStyleClass().add(OVERDUE_ROW);
      }
    }

    private boolean onLink(Node node) {
      for (Node n = node; n != null && n != this; n = n.getParent()) {
        if (n instanceof Hyperlink) {
          return true;
        }
      }
      return false;
    }
  }

  /** The task code as a link to the plan screen at that task. */
  private final class CodeCell extends TableCell<WorkRow, String> {
    private final Hyperlink link = new Hyperlink();

    CodeCell() {
      link.setOnAction(e -> {
        WorkRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null) {
          viewModel.openPlan(row);
        }
      });
    }

    @Override
    protected void updateItem(String code, boolean empty) {
      super.updateItem(code, empty);
      setText(null);
      if (empty || code == null) {
        setGraphic(null);
      } else {
        link.setText(code);
        link.setId("plan-link-" + code);
        setGraphic(link);
      }
    }
  }
}
