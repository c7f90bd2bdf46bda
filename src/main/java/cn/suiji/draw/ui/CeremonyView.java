package cn.suiji.draw.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.Styles;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The projector window of the draw ceremony: large type on a dark ground, showing what the
 * {@link CeremonyModel} derives from the wizard. It has no controls; the clerk operates the
 * wizard on the other screen. On a second screen it fills it; otherwise it opens maximised.
 * Esc closes it.
 */
public final class CeremonyView {
  private final VBox root = new VBox(18);

  public CeremonyView(CeremonyModel model, Messages messages) {
    root.getStyleClass().add(Styles.CEREMONY);
    Label heading = label(Styles.CEREMONY_HEADING);
    heading.textProperty().bind(model.heading());
    Label window = label(Styles.CEREMONY_MUTED);
    window.textProperty().bind(model.taskWindow());
    Label phase = label(Styles.CEREMONY_PHASE);
    phase.textProperty().bind(model.phaseText());

    GridPane facts = new GridPane();
    facts.setHgap(24);
    facts.setVgap(12);
    Label commitment = label(Styles.CEREMONY_HEX);
    commitment.textProperty().bind(model.commitment());
    Label witnesses = label(Styles.CEREMONY_VALUE);
    witnesses.textProperty().bind(model.witnesses());
    Label entropy = label(Styles.CEREMONY_BIG);
    entropy.textProperty().bind(model.entropy());
    Label code = label(Styles.CEREMONY_BIG);
    code.textProperty().bind(model.verificationCode());
    facts.addRow(0, label(Styles.CEREMONY_KEY, messages.get("draw.ceremony.commitment")), commitment);
    facts.addRow(1, label(Styles.CEREMONY_KEY, messages.get("draw.ceremony.witnesses")), witnesses);
    facts.addRow(2, label(Styles.CEREMONY_KEY, messages.get("draw.ceremony.entropy")), entropy);
    Label codeKey = label(Styles.CEREMONY_KEY, messages.get("draw.ceremony.code"));
    facts.addRow(3, codeKey, code);
    codeKey.visibleProperty().bind(model.verificationCode().isNotEmpty());
    code.visibleProperty().bind(codeKey.visibleProperty());

    TableView<DrawRows.SelectedRow> table = new TableView<>(model.rows());
    table.getStyleClass().add(Styles.CEREMONY_TABLE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<DrawRows.SelectedRow, String> order = column(messages.get("draw.wizard.review.order"),
        DrawRows.SelectedRow::order, 80);
    order.setMinWidth(80);
    table.getColumns().add(order);
    table.getColumns().add(column(messages.get("draw.wizard.review.target"), DrawRows.SelectedRow::target, 360));
    table.getColumns().add(column(messages.get("draw.wizard.review.number"), DrawRows.SelectedRow::number, 280));
    TableColumn<DrawRows.SelectedRow, String> people = column(messages.get("draw.wizard.review.inspectors"),
        DrawRows.SelectedRow::inspectors, 480);
    wrapped(people); // two names with their certificate numbers: wrap rather than cut
    table.getColumns().add(people);
    table.visibleProperty().bind(codeKey.visibleProperty());
    table.managedProperty().bind(table.visibleProperty());
    VBox.setVgrow(table, Priority.ALWAYS);

    root.getChildren().addAll(heading, window, phase, facts, table);
  }

  public Parent root() {
    return root;
  }

  /** Opens the projector window beside {@code owner}: full screen on a second screen, else maximised. */
  public static Stage open(CeremonyModel model, Messages messages, Window owner) {
    CeremonyView view = new CeremonyView(model, messages);
    Stage stage = new Stage();
    Scene scene = new Scene(view.root(), 1280, 800);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    scene.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        stage.close();
      }
    });
    stage.setScene(scene);
    stage.setTitle(messages.get("draw.ceremony.title"));
    var screens = Screen.getScreens();
    if (screens.size() > 1) {
      Rectangle2D other = screens.get(screens.size() - 1).getBounds();
      stage.setX(other.getMinX());
      stage.setY(other.getMinY());
      stage.setFullScreenExitHint(messages.get("draw.ceremony.exitHint"));
      stage.setFullScreen(true);
    } else {
      stage.setMaximized(true);
    }
    stage.show();
    return stage;
  }

  private static Label label(String style) {
    Label l = new Label();
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE); // the result table takes what is left, never the facts' lines
    return l;
  }

  private static Label label(String style, String text) {
    Label l = label(style);
    l.setText(text);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static void wrapped(TableColumn<DrawRows.SelectedRow, String> column) {
    column.setCellFactory(c -> new TableCell<>() {
      private final Text text = new Text();

      {
        text.getStyleClass().add(Styles.CEREMONY_CELL);
        text.wrappingWidthProperty().bind(c.widthProperty().subtract(16));
        setGraphic(text);
        setPrefHeight(Region.USE_COMPUTED_SIZE);
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
      }
    });
  }

  private static TableColumn<DrawRows.SelectedRow, String> column(String title,
      java.util.function.Function<DrawRows.SelectedRow, String> value, double width) {
    TableColumn<DrawRows.SelectedRow, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    Columns.text(c, value);
    return c;
  }
}
