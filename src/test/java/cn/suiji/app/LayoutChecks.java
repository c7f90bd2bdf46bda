package cn.suiji.app;

import cn.suiji.shared.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * What the layout sweep holds every screen to, as a person would see it: no text of a label,
 * button, check box, column header or tab cut to "…", no two controls of a form drawn over each
 * other, and on a form the clerk has not touched yet no message or red field of a failed check.
 *
 * <p>The one thing allowed to elide is the data in a table cell (a long name in a narrow column):
 * the whole value is in the row's detail pane or editor. That is the whole ignore list.
 */
final class LayoutChecks {
  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

  private LayoutChecks() {}

  /** Every truncated text and every overlap under {@code root}, one line each. */
  static List<String> layoutProblems(Parent root) {
    List<String> problems = new ArrayList<>();
    walk(root, problems);
    problems.addAll(offWindow(root));
    return problems;
  }

  /**
   * The status bar (data file, operator, last backup) pushed below the window's edge: a page
   * whose parts cannot shrink to the window makes the whole root taller than the scene.
   */
  static List<String> offWindow(Parent root) {
    if (root.getScene() == null) {
      return List.of();
    }
    double sceneHeight = root.getScene().getHeight();
    List<String> problems = new ArrayList<>();
    for (Node bar : root.lookupAll(".status-bar")) {
      double bottom = bar.localToScene(bar.getLayoutBounds()).getMaxY();
      if (bottom > sceneHeight + 1) {
        problems.add("status bar ends at y=" + Math.round(bottom) + ", below the window's " + Math.round(sceneHeight)
            + ": the page does not fit");
      }
    }
    for (Node nav : root.lookupAll(".nav")) {
      for (Node bar : nav.lookupAll(".scroll-bar")) {
        if (bar instanceof javafx.scene.control.ScrollBar sb && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL
            && sb.isVisible()) {
          problems.add("the navigation scrolls: a page's entry is out of sight");
        }
      }
    }
    for (Node n : root.lookupAll(".content-scroll")) {
      if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
        double page = scroll.getContent().getLayoutBounds().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (page > view + 1) {
          problems.add("the page is " + Math.round(page) + " px tall in a " + Math.round(view)
              + " px window: it scrolls where it should fit");
        }
      }
    }
    return problems;
  }

  /** Every message of a failed check and every red field under {@code root} (for an untouched form). */
  static List<String> pristineProblems(Parent root) {
    List<String> problems = new ArrayList<>();
    pristine(root, problems);
    return problems;
  }

  private static void walk(Node node, List<String> problems) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled && !elidesLegitimately(labeled)) {
      String cut = truncation(labeled);
      if (cut != null) {
        problems.add("cut: " + describe(labeled) + " shows \"" + cut + "\" of \"" + labeled.getText() + "\"");
      }
    }
    if (node instanceof TextField field) {
      String cut = promptCut(field);
      if (cut != null) {
        problems.add("cut: the prompt of " + describe(field) + " \"" + cut + "\" is wider than the field");
      }
    }
    if (isForm(node)) {
      overlaps((Pane) node, problems);
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        walk(child, problems);
      }
    }
  }

  /**
   * Ignore list. Table cells: a target's name or an item's legal basis may be longer than its
   * column; the cell shows the start and the row's detail or editor shows the whole.
   */
  private static boolean elidesLegitimately(Labeled labeled) {
    return labeled instanceof TableCell<?, ?> || labeled instanceof TreeTableCell<?, ?>;
  }

  /**
   * The prompt of an empty field (a date picker's editor included) when it is wider than the
   * space inside the field, where the skin clips it without "…" (如 2026-03-1), else null.
   */
  private static String promptCut(TextField field) {
    String prompt = field.getPromptText();
    if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())
        || field.getWidth() <= 0) {
      return null;
    }
    Text measure = new Text(prompt);
    measure.setFont(field.getFont());
    double inside = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
    return measure.getLayoutBounds().getWidth() > inside + 1 ? prompt : null;
  }

  /** The text the skin draws when it differs from the text set (cut to "…" or to nothing), else null. */
  private static String truncation(Labeled labeled) {
    String text = labeled.getText();
    if (text == null || text.isBlank()) {
      return null;
    }
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text shown && child.getStyleClass().contains("text")) {
        String drawn = shown.getText() == null ? "" : shown.getText();
        String ellipsis = labeled.getEllipsisString();
        boolean elided = !ellipsis.isEmpty() && drawn.contains(ellipsis) && !text.contains(ellipsis);
        boolean emptied = drawn.isBlank() && labeled.getWidth() > 0;
        return elided || emptied ? drawn : null;
      }
    }
    return null;
  }

  private static boolean isForm(Node node) {
    return node instanceof GridPane || node instanceof HBox || node instanceof VBox || node instanceof FlowPane
        || node instanceof TilePane;
  }

  /** Two visible controls of one form pane whose boxes cross by more than a pixel each way. */
  private static void overlaps(Pane pane, List<String> problems) {
    List<Node> controls = pane.getChildren().stream()
        .filter(n -> n.isVisible() && n.isManaged() && n instanceof Control && !(n instanceof TableView<?>))
        .toList();
    for (int i = 0; i < controls.size(); i++) {
      for (int j = i + 1; j < controls.size(); j++) {
        Bounds a = controls.get(i).getBoundsInParent();
        Bounds b = controls.get(j).getBoundsInParent();
        double x = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double y = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        if (x > 1 && y > 1) {
          problems.add("overlap: " + describe(controls.get(i)) + " and " + describe(controls.get(j)));
        }
      }
    }
  }

  private static void pristine(Node node, List<String> problems) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled l && isErrorMessage(l) && l.getText() != null && !l.getText().isBlank()) {
      problems.add("error on an untouched form: " + describe(l) + " \"" + l.getText() + "\"");
    }
    if (node instanceof Control c && !(node instanceof Labeled)
        && (c.getStyleClass().contains(Styles.INVALID) || c.getPseudoClassStates().contains(DANGER))) {
      problems.add("red field on an untouched form: " + describe(c));
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        pristine(child, problems);
      }
    }
  }

  /** A message of a failed check: styled as one, or named so in the FXML ({@code errorLabel}, {@code addError} …). */
  private static boolean isErrorMessage(Labeled l) {
    return l.getStyleClass().contains(Styles.FIELD_ERROR) || l.getId() != null && l.getId().toLowerCase().contains("error");
  }

  /** The node's class, id (or the nearest ancestor's) and text, enough to find it. */
  static String describe(Node node) {
    StringBuilder s = new StringBuilder(node.getClass().getSimpleName());
    if (node.getId() != null) {
      s.append('#').append(node.getId());
    } else {
      for (Node up = node.getParent(); up != null; up = up.getParent()) {
        if (up.getId() != null) {
          s.append(" in #").append(up.getId());
          break;
        }
      }
    }
    if (node instanceof Labeled l && l.getText() != null) {
      s.append(" \"").append(l.getText()).append('"');
    }
    return s.toString();
  }
}
