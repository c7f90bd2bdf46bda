package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.plan.PlanDemo;
import cn.suiji.testing.FakeDialogService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout sweep: the real application on the demo county (one task drawn), every screen of
 * the navigation and the form states that matter (as opened, a row chosen, a new form, a check
 * failing, a long value) at 1024×700; at 1366×768 and 1920×1080 the first two states of the
 * screens with a form or a wide table ({@link #AT_LARGER}), to keep the sweep near two minutes.
 * Each state must show every label, button, header and tab whole ({@link LayoutChecks}), no two
 * controls of a form over each other, and an untouched form no error. A snapshot of each state
 * goes to target/screens/sweep-&lt;screen&gt;-&lt;state&gt;-&lt;w&gt;x&lt;h&gt;.png for a person to look at.
 */
class LayoutSweepTest {
  private static final Path SCREENS = Path.of("target", "screens");
  /** Longer than any real value of its field: what the form must still hold. */
  private static final String LONG_NAME = "城关镇东大街与北环路交叉口西南角综合农贸市场管理服务有限责任公司第二分公司";
  private static final int[][] SMALL = {{1024, 700}};
  private static final int[][] LARGER = {{1920, 1080}, {1366, 768}};
  /** The screens seen at the larger sizes too (a form or a wide table each); all are seen at 1024×700. */
  private static final java.util.Set<String> AT_LARGER = java.util.Set.of("targets", "items", "inspectors", "plan",
      "import", "calendar", "audit", "rules", "notices", "results", "deadlines", "stats",
      "evaluation", "sync");

  static {
    // Monocle's screen is 1280×800 unless told: the sweep needs room for 1920×1080
    if (System.getProperty("headless.geometry") == null) {
      System.setProperty("headless.geometry", "1920x1080-32");
    }
  }

  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();
  private final FakeDialogService dialogs = new FakeDialogService();

  @BeforeEach
  void startOnTheDemoCounty() throws Exception {
    Path db = PlanDemo.copyInto(dir);
    try (Services s = Services.open(db)) {
      s.draw().run("2026-SCJGJ-04", "07 21 33 45", List.of("王监督", "李监督"), "张操作", "演示数据的期限已过");
      // the results grid and the deadlines view need delivered notices and a few results
      cn.suiji.testing.ResultsDemo.deliverAndRecord(s, "2026-SCJGJ-04", 3);
    }
    System.setProperty(SuijiApp.DB_PROPERTY, db.toString());
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new SuijiApp(messages -> dialogs));
  }

  @AfterEach
  void stop() throws Exception {
    // the primary stage is shared by every TestFX class of the run: give it back at the app's size
    Stage stage = stage();
    robot.interact(() -> {
      stage.setWidth(1200);
      stage.setHeight(780);
    });
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }

  /** A screen of the navigation and its states, each reached from the one before. */
  private record Screen(String id, List<State> states) {}

  /** A state of a screen: its name, whether the clerk has touched nothing yet, and how to get there. */
  private record State(String name, boolean pristine, Consumer<FxRobot> reach) {}

  private static State state(String name, boolean pristine, Consumer<FxRobot> reach) {
    return new State(name, pristine, reach);
  }

  private static State opened() {
    return state("open", true, r -> {});
  }

  private List<Screen> screens() {
    return List.of(
        new Screen("home", List.of(opened())),
        new Screen("targets", List.of(opened(),
            state("row", true, r -> firstRow("#table")),
            state("edit", true, r -> click("#editButton")),
            state("error", false, r -> type("#edit-USCC", "91620823MANF9LBC7X")),
            state("long", false, r -> type("#edit-NAME", LONG_NAME)),
            state("new", true, r -> {
              click("#cancelEditButton");
              click("#addButton");
            }))),
        new Screen("items", List.of(opened(),
            state("row", true, r -> firstRow("#table")),
            state("error", false, r -> type("#ratio", "百分之五")),
            state("long", false, r -> type("#name", LONG_NAME)),
            state("new", true, r -> click("#newButton")))),
        new Screen("inspectors", List.of(opened(),
            state("row", true, r -> firstRow("#table")),
            state("edit", true, r -> click("#editButton")),
            state("error", false, r -> type("#idNumberField", "62082319800101123")),
            state("long", false, r -> type("#nameField", LONG_NAME)),
            state("new", true, r -> {
              click("#cancelButton");
              click("#addButton");
            }))),
        new Screen("recusals", List.of(opened(), state("row", true, r -> firstRow("#table")))),
        new Screen("import", List.of(opened())),
        new Screen("plan", List.of(opened(),
            state("row", true, r -> firstRow("#table")),
            state("long", false, r -> type("#name", LONG_NAME)),
            state("error", false, r -> type("#name", "")),
            state("new", true, r -> click("#newButton")))),
        new Screen("draw", List.of(opened(), state("row", true, r -> firstRow("#taskTable")))),
        new Screen("draws", List.of(opened(), state("row", true, r -> firstRow("#drawTable")))),
        new Screen("notices", List.of(opened(), state("row", true, r -> firstRow("#table")))),
        new Screen("results", List.of(opened(), state("refused", false, r -> {
          type("#date-4", "2026-13-01");
          robot.interact(() -> robot.lookup("#codes-4").queryAs(TextInputControl.class).requestFocus());
          robot.interact(() -> robot.lookup("#codes-5").queryAs(TextInputControl.class).requestFocus());
        }))),
        new Screen("deadlines", List.of(opened(), state("row", true, r -> firstRow("#table")))),
        new Screen("sync", List.of(opened(), state("error", false, r -> {
          type("#endpoint", "ftp://前置机/共享目录/双随机上报/一个很长的地址用来检查输入框不会挤掉按钮");
          click("#uploadButton");
        }), state("joint", true, r -> robot.clickOn("联合抽查")), state("joint-error", false, r -> {
          type("#taskCode", "2026-SCJGJ-03");
          click("#exportTaskButton");
        }))),
        new Screen("stats", List.of(opened(), state("chart", true, r -> robot.clickOn("图表")),
            state("warning", true, r -> robot.clickOn("预警")),
            state("period", true, r -> robot.interact(() -> robot.lookup("#periodCheck")
                .queryAs(javafx.scene.control.CheckBox.class).fire())))),
        new Screen("evaluation", List.of(opened(), state("evidence", true, r -> robot.clickOn("证明材料")),
            state("other", true, r -> robot.clickOn("其他检查（指标 14）")))),
        new Screen("departments", List.of(opened(),
            state("row", true, r -> firstRow("#table")),
            state("error", false, r -> type("#code", "1SJ")),
            state("new", true, r -> click("#newButton")))),
        new Screen("rules", List.of(opened(), state("error", false, r -> type("#inspectorsPerTarget", "0")))),
        new Screen("calendar", List.of(opened(), state("computed", false, r -> click("#computeButton")))),
        new Screen("audit", List.of(opened(), state("row", true, r -> firstRow("#table")))),
        new Screen("settings", List.of(opened())),
        new Screen("about", List.of(opened())));
  }

  @Test
  void everyScreenShowsItsWholeTextAtEverySize() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-home").tryQuery().isPresent());
    Files.createDirectories(SCREENS);
    List<String> problems = new ArrayList<>();
    int states = 0;
    for (int[] size : LARGER) {
      resize(size);
      for (Screen screen : screens()) {
        if (AT_LARGER.contains(screen.id())) {
          states += sweep(screen, screen.states().subList(0, Math.min(2, screen.states().size())), size, problems);
        }
      }
    }
    resize(SMALL[0]);
    for (Screen screen : screens()) {
      states += sweep(screen, screen.states(), SMALL[0], problems);
    }
    assertThat(states).isGreaterThan(60);
    assertThat(problems).as("what a person would see cut, overlapping or red too early").isEmpty();
  }

  private int sweep(Screen screen, List<State> states, int[] size, List<String> problems) throws Exception {
    robot.clickOn("#nav-" + screen.id());
    settle();
    for (State s : states) {
      s.reach().accept(robot);
      settle();
      Parent root = stage().getScene().getRoot();
      String where = screen.id() + "-" + s.name() + "-" + size[0] + "x" + size[1] + ": ";
      List<String> found = new ArrayList<>();
      robot.interact(() -> {
        found.addAll(LayoutChecks.layoutProblems(root));
        if (s.pristine()) {
          found.addAll(LayoutChecks.pristineProblems(root));
        }
      });
      found.forEach(p -> problems.add(where + p));
      snapshot("sweep-" + screen.id() + "-" + s.name() + "-" + size[0] + "x" + size[1]);
    }
    return states.size();
  }

  private void resize(int[] size) throws Exception {
    Stage stage = stage();
    robot.interact(() -> {
      stage.setWidth(size[0]);
      stage.setHeight(size[1]);
    });
    settle();
    assertThat(stage.getScene().getWidth()).as("the window takes the size asked").isEqualTo(size[0], org.assertj.core.data.Offset.offset(20.0));
  }

  /** Waits until the screen stops changing (background loads in, layout done): same texts twice running. */
  private void settle() throws Exception {
    String before = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      WaitForAsyncUtils.waitForFxEvents();
      Thread.sleep(120);
      String[] now = new String[1];
      robot.interact(() -> now[0] = fingerprint(stage().getScene().getRoot()));
      if (now[0].equals(before)) {
        return;
      }
      before = now[0];
    }
  }

  private static String fingerprint(Node node) {
    StringBuilder s = new StringBuilder();
    fingerprint(node, s);
    return s.toString();
  }

  private static void fingerprint(Node node, StringBuilder s) {
    if (!node.isVisible()) {
      return;
    }
    s.append(node.getClass().getSimpleName()).append((int) node.getLayoutBounds().getWidth()).append(',');
    if (node instanceof Labeled l) {
      s.append(l.getText());
    } else if (node instanceof TableView<?> t) {
      s.append(t.getItems().size());
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        fingerprint(child, s);
      }
    }
  }

  private Stage stage() {
    return (Stage) robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()).findFirst()
        .orElseThrow();
  }

  private void firstRow(String table) {
    robot.interact(() -> robot.lookup(table).queryAs(TableView.class).getSelectionModel().select(0));
  }

  private void click(String id) {
    robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
  }

  /** Sets a field's text as an input method would (Chinese does not come as key strokes). */
  private void type(String id, String text) {
    robot.interact(() -> {
      TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
      field.requestFocus();
      field.setText(text);
    });
  }

  private void snapshot(String name) throws IOException {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = stage().getScene().snapshot(null));
    ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SCREENS.resolve(name + ".png").toFile());
  }
}
