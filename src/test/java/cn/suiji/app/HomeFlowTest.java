package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.plan.PlanDemo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on the demo county with 2026-SCJGJ-04 drawn, on the system clock (the
 * demo's 2026 windows are mostly past): home lists the overdue tasks; a row opens the draw
 * wizard at its task, a task code the plan at that task (a drawn one read-only); Enter in the
 * editor saves nothing. Snapshots of home and plan at 1200×780 and 1024×700 go to target/screens/.
 */
class HomeFlowTest {
  private static final Path SCREENS = Path.of("target", "screens");
  private static final String DRAWN = "2026-SCJGJ-04";

  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void startOnTheDemoCountyWithOneDrawnTask() throws Exception {
    Path db = PlanDemo.copyInto(dir);
    try (Services s = Services.open(db)) {
      s.draw().run(DRAWN, "07 21 33 45", List.of("王监督", "李监督"), "张操作", "演示数据的期限已过");
    }
    app = AppOnFile.start(db);
  }

  @AfterEach
  void stop() throws Exception {
    AppOnFile.stop(app);
  }

  @Test
  void anOverdueRowOpensTheWizardAtItsTaskAndACodeThePlan() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#count-overdue").tryQuery()
        .map(n -> !((Label) n).getText().equals("0")).orElse(false));
    assertThat(Integer.parseInt(text("#count-overdue"))).as("the demo's windows before 2026-12-06").isGreaterThan(10);
    assertThat(text("#count-waiting")).isEqualTo("1");
    Predicate<Node> chemicals = cell("危险化学品经营储存联合抽查");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(chemicals).tryQuery().isPresent());
    snapshots("home");

    // the window stays at 1024×700 from here: Monocle's screen buffer does not grow back
    robot.clickOn(chemicals);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#taskTable").tryQuery().isPresent()
        && selectedCode("#taskTable") != null);
    assertThat(selectedCode("#taskTable")).isEqualTo("2026-YJJ-01");

    robot.clickOn("#nav-home");
    openDrawnTaskInThePlan();
  }

  @Test
  void aDrawnTaskOpensReadOnlyInThePlanAndEnterSavesNothing() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#count-overdue").tryQuery()
        .map(n -> !((Label) n).getText().equals("0")).orElse(false));
    openDrawnTaskInThePlan();
    snapshots("plan");

    // Enter in a field of an editable task saves nothing and keeps the editor at the task
    Predicate<Node> second = cell("个体工商户年度报告及登记事项抽查");
    robot.clickOn(second);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2026-SCJGJ-02".equals(field("#code").getText()));
    robot.clickOn("#name").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field("#code").getText()).isEqualTo("2026-SCJGJ-02");
    robot.clickOn("#nav-audit");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery()
        .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
    assertThat(robot.lookup("#table").queryAs(TableView.class).getItems())
        .noneMatch(row -> row.toString().contains("task.update"));
  }

  /** From the home page: the drawn task's code opens the plan at it, read-only with the reason. */
  @SuppressWarnings("unchecked")
  private void openDrawnTaskInThePlan() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#work").tryQuery()
        .map(n -> ((TableView<Object>) n).getItems().stream().anyMatch(r -> r.toString().contains(DRAWN))).orElse(false));
    // the drawn task's row comes after the overdue ones: scrolled to, as the clerk would
    robot.interact(() -> {
      TableView<Object> work = robot.lookup("#work").queryAs(TableView.class);
      work.scrollTo(work.getItems().stream().filter(r -> r.toString().contains(DRAWN)).findFirst().orElseThrow());
    });
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#plan-link-" + DRAWN).tryQuery().isPresent());
    // fired rather than clicked: after the first test's 1024×700 snapshot the row may sit under the fold
    robot.interact(() -> robot.lookup("#plan-link-" + DRAWN).queryAs(javafx.scene.control.Hyperlink.class).fire());
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#code").tryQuery()
        .map(n -> DRAWN.equals(((TextField) n).getText())).orElse(false));
    Label reason = robot.lookup("#readOnlyReason").queryAs(Label.class);
    assertThat(reason.isVisible()).isTrue();
    assertThat(reason.getText()).startsWith("该任务已于 ").endsWith(" 抽取，不能修改。");
    assertThat(robot.lookup("#form").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#saveButton").query().isDisabled()).isTrue();
  }

  private static Predicate<Node> cell(String text) {
    return n -> n instanceof TableCell<?, ?> c && text.equals(c.getText());
  }

  private String selectedCode(String tableId) {
    Object row = robot.lookup(tableId).queryAs(TableView.class).getSelectionModel().getSelectedItem();
    return row instanceof cn.suiji.draw.ui.DrawRows.TaskRow t ? t.code() : null;
  }

  private String text(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  /** The window at 1024×700, then back at 1200×780 (where the next test expects it), as a person would see it. */
  private void snapshots(String name) throws Exception {
    Files.createDirectories(SCREENS);
    Stage stage = (Stage) robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing())
        .findFirst().orElseThrow();
    for (int[] size : new int[][] {{1024, 700}, {1200, 780}}) {
      robot.interact(() -> {
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
      });
      WaitForAsyncUtils.waitForFxEvents();
      Thread.sleep(300);
      WaitForAsyncUtils.waitForFxEvents();
      WritableImage[] image = new WritableImage[1];
      robot.interact(() -> image[0] = stage.getScene().snapshot(null));
      write(image[0], SCREENS.resolve(name + "-" + size[0] + "x" + size[1] + ".png"));
    }
  }

  private static void write(WritableImage image, Path file) throws IOException {
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
  }
}
