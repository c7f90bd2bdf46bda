package cn.suiji.app;

import cn.suiji.home.ui.HomeSkeleton;
import cn.suiji.shared.l10n.Messages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the window's first frame shows: the main window's shape — the blue header with the
 * application's name, the navigation's column, the home page's cards with a dash for each number,
 * the status bar with the data file — drawn with a handful of labels and regions styled inline,
 * in the theme's colours. No FXML, no theme stylesheet, no list, combo box or progress bar: those
 * made the first frame 1.8 times a bare window's on 2 cores. The real window replaces it right
 * after that frame, while the data file opens (docs/decisions/0016-start-up.md).
 */
final class FirstPaint {
  /** The theme's (AtlantaFX Primer Light) colours the real window uses, so the change is not a flash. */
  private static final String ACCENT = "#0969da";
  private static final String BORDER = "#d0d7de";
  private static final String MUTED = "#57606a";
  private static final String SUBTLE = "#8c959f";
  private static final double STATUS_HEIGHT = 42;

  private FirstPaint() {}

  static Parent build(Messages messages, String dataFileText) {
    Label title = new Label(messages.get("app.title"));
    title.setStyle("-fx-text-fill: white; -fx-font-size: 18px; -fx-font-weight: bold;");
    HBox header = new HBox(title);
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(10, 16, 10, 16));
    header.setStyle("-fx-background-color: " + ACCENT + ";");

    Region navigation = new Region();
    navigation.setPrefWidth(180);
    navigation.setStyle("-fx-background-color: white; -fx-border-color: transparent " + BORDER
        + " transparent transparent;");

    Label pageTitle = new Label(messages.get("home.title"));
    pageTitle.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
    Label opening = new Label(messages.get("home.skeleton.opening"));
    opening.setStyle("-fx-text-fill: " + MUTED + ";");
    VBox page = new VBox(12, pageTitle, cards(messages, HomeSkeleton.workCardKeys(), 170, 24, new Insets(12, 18, 12, 18)),
        cards(messages, HomeSkeleton.figureCardKeys(), 96, 18, new Insets(8, 10, 8, 10)), opening);
    page.setPadding(new Insets(20));
    page.setStyle("-fx-background-color: white;");

    Label file = new Label(dataFileText);
    file.setMinWidth(0);
    HBox status = new HBox(file);
    status.setAlignment(Pos.CENTER_LEFT);
    status.setPadding(new Insets(4, 12, 4, 12));
    status.setMinHeight(STATUS_HEIGHT); // the real bar's operator list makes it this tall
    status.setStyle("-fx-background-color: white; -fx-border-color: " + BORDER + " transparent transparent transparent;");
    HBox.setHgrow(file, Priority.ALWAYS);

    BorderPane root = new BorderPane(page, header, null, status, navigation);
    root.setId("firstPaint");
    root.setStyle("-fx-background-color: white;");
    return root;
  }

  private static FlowPane cards(Messages messages, List<String> keys, double minWidth, int numberSize, Insets padding) {
    FlowPane row = new FlowPane(10, 10);
    for (String key : keys) {
      Label number = new Label(messages.get("home.skeleton.placeholder"));
      number.setStyle("-fx-font-size: " + numberSize + "px; -fx-font-weight: bold; -fx-text-fill: " + SUBTLE + ";");
      Label words = new Label(messages.get(key));
      words.setStyle("-fx-text-fill: " + MUTED + ";");
      words.setMinWidth(Region.USE_PREF_SIZE);
      VBox card = new VBox(number, words);
      card.setMinWidth(minWidth);
      card.setPadding(padding);
      card.setStyle("-fx-background-color: white; -fx-background-radius: 6; -fx-border-color: " + BORDER
          + "; -fx-border-radius: 6;");
      row.getChildren().add(card);
    }
    return row;
  }
}
