package cn.suiji.home.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Styles;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The home page before its figures are in: the same cards with their words and a dash for each
 * number, so the window has its shape in the first frame (docs/decisions/0016-start-up.md). Built
 * in code, without FXML or the database: it is on screen while the data file is still opening.
 * The cards carry no ids, so nothing mistakes a placeholder for a figure.
 */
public final class HomeSkeleton {
  static final String PLACEHOLDER = "placeholder";
  private static final List<String> WORK = List.of("home.card.overdue", "home.card.dueSoon", "home.card.waiting");
  private static final List<String> FIGURES = List.of("home.card.departments", "home.card.items", "home.card.targets",
      "home.card.targetsActive", "home.card.inspectors", "home.card.inspectorsOnDuty", "home.card.tasks");

  private HomeSkeleton() {}

  /** The message keys of the three work cards' words, in their order on the page. */
  public static List<String> workCardKeys() {
    return WORK;
  }

  /** The message keys of the seven figure cards' words, in their order on the page. */
  public static List<String> figureCardKeys() {
    return FIGURES;
  }

  /** The whole page while the data file opens: cards with dashes, and a line saying what is happening. */
  public static Parent opening(Messages messages) {
    Label title = new Label(messages.get("home.title"));
    title.getStyleClass().add(Styles.PAGE_TITLE);
    FlowPane work = new FlowPane(12, 12);
    work.getChildren().setAll(workCards(messages));
    FlowPane figures = new FlowPane(10, 10);
    figures.getChildren().setAll(figureCards(messages));
    ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    progress.setId("openingProgress");
    Label what = new Label(messages.get("home.skeleton.opening"));
    what.setId("openingText");
    what.getStyleClass().add(Styles.MUTED);
    HBox line = new HBox(12, progress, what);
    line.getStyleClass().add("opening-line");
    Region rest = new Region();
    VBox.setVgrow(rest, Priority.ALWAYS);
    rest.getStyleClass().add("skeleton-table");
    VBox page = new VBox(12, title, work, figures, line, rest);
    page.getStyleClass().add(Styles.PAGE);
    page.getStylesheets().add(HomeSkeleton.class.getResource("Home.css").toExternalForm());
    page.setId("homeSkeleton");
    return page;
  }

  /** The three work cards with a dash for their numbers. */
  static List<VBox> workCards(Messages messages) {
    return WORK.stream().map(key -> card(messages, key, "work-card")).toList();
  }

  /** The seven figure cards with a dash for their numbers. */
  static List<VBox> figureCards(Messages messages) {
    return FIGURES.stream().map(key -> card(messages, key, "figure-card")).toList();
  }

  private static VBox card(Messages messages, String labelKey, String kind) {
    Label number = new Label(messages.get("home.skeleton.placeholder"));
    number.getStyleClass().addAll(Styles.CARD_VALUE, PLACEHOLDER);
    Label label = new Label(messages.get(labelKey));
    label.getStyleClass().add(Styles.CARD_LABEL);
    label.setMinWidth(Label.USE_PREF_SIZE);
    VBox card = new VBox(number, label);
    card.getStyleClass().addAll(Styles.CARD, kind, PLACEHOLDER);
    return card;
  }
}
