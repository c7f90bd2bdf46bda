package cn.suiji.draw.ui;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.app.Services;
import cn.suiji.app.SuijiApp;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a file holding the demo county: the whole wizard, ending in a confirmed draw. */
class DrawWizardFlowTest {
  private static final String TASK = "2026-SCJGJ-03";

  @TempDir
  Path dir;
  private Path file;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void startOnTheDemoCounty() throws Exception {
    file = dir.resolve("demo");
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      s.settings().set(SettingsService.SETUP_DONE, "demo");
    }
    app = AppOnFile.start(file);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      app = null;
    }
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }

  @Test
  @SuppressWarnings("unchecked")
  void wizardOnTheDemoCountyEndsInAConfirmedDrawThatVerifies() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-draw").tryQuery().isPresent());
    robot.clickOn("#nav-draw");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#taskTable").tryQuery()
        .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));

    robot.clickOn("#nextButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text("#error")).as("Next without a task is refused").isNotBlank();

    robot.interact(() -> {
      TableView<DrawRows.TaskRow> tasks = robot.lookup("#taskTable").queryAs(TableView.class);
      tasks.getItems().stream().filter(t -> t.code().equals(TASK)).findFirst()
          .ifPresent(t -> tasks.getSelectionModel().select(t));
    });
    // the demo's 2026 windows are read on the system clock: past the window a late reason is asked for
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#taskWindow").isBlank());
    if (robot.lookup("#lateBox").query().isVisible()) {
      robot.interact(() -> robot.lookup("#lateReason").queryAs(TextField.class).setText("演示数据的期限已过"));
    }
    robot.clickOn("#nextButton");
    waitVisible("#poolStep");
    assertThat(text("#planSummary")).contains(TASK);
    robot.clickOn("#nextButton");
    waitVisible("#sampleStep");
    robot.clickOn("#nextButton");
    waitVisible("#inspectorsStep");
    robot.clickOn("#nextButton");
    waitVisible("#ceremonyStep");

    assertThat(robot.lookup("#entropy").queryAs(TextField.class).isDisabled()).as("no entropy before the commitment").isTrue();
    // the room's projector: opened before the commitment, it follows the ceremony on its own
    robot.clickOn("#projectorButton");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projector() != null);
    Stage projector = projector();
    assertThat(projectorText(projector)).contains(TASK).contains("准备中");
    fire("#openButton"); // the projector window lies over the wizard: press, not click
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#commitment").matches("[0-9a-f]{64}"));
    String commitment = text("#commitment");
    // Chinese arrives through an input method, not key strokes: set it as the IME would
    robot.interact(() -> robot.lookup("#witnesses").queryAs(TextField.class).setText("李监督、王监督"));
    robot.interact(() -> robot.lookup("#entropy").queryAs(TextField.class).setText("38 17 05"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(projectorText(projector)).as("the room sees the commitment and the entropy as it is typed")
        .contains(commitment.substring(0, 8)).contains("38 17 05").contains("李监督、王监督").contains("承诺值已公布");
    snapshot(projector, "ceremony-committed");
    fire("#nextButton");
    waitVisible("#reviewStep");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#verificationCode").isEmpty());
    String code = text("#verificationCode");
    WaitForAsyncUtils.waitForFxEvents();
    TableView<DrawRows.SelectedRow> shown = robot.from(projector.getScene().getRoot()).lookup(".ceremony-table")
        .queryAs(TableView.class);
    assertThat(shown.getItems()).isNotEmpty();
    assertThat(projectorText(projector)).contains(code).contains("已抽取");
    snapshot(projector, "ceremony-drawn");
    robot.interact(projector::close); // a maximised window left behind would cover the next tests' clicks
    fire("#confirmButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#outcome").contains(code));

    FxToolkit.cleanupApplication(app);
    app = null;
    try (Services s = Services.open(file)) {
      List<DrawSummary> draws = s.draw().list();
      assertThat(draws).singleElement().satisfies(d -> {
        assertThat(d.taskCode()).isEqualTo(TASK);
        assertThat(d.status()).isEqualTo(AttemptStatus.CONFIRMED);
        assertThat(d.commitment()).isEqualTo(commitment);
        assertThat(d.verificationCode()).isEqualTo(code);
        assertThat(s.draw().verify(d.id()).matches()).isTrue();
      });
    }
  }

  private static @org.jspecify.annotations.Nullable Stage projector() {
    return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage st && "抽取仪式（投屏）".equals(st.getTitle()))
        .map(w -> (Stage) w).findFirst().orElse(null);
  }

  /** Every label's text in the projector window, one string. */
  private String projectorText(Stage projector) {
    return robot.from(projector.getScene().getRoot()).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label).queryAllAs(Label.class).stream()
        .map(Label::getText).collect(java.util.stream.Collectors.joining("\n"));
  }

  private void snapshot(Stage stage, String name) throws Exception {
    javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
    robot.interact(() -> image[0] = stage.getScene().snapshot(null));
    Path out = Path.of("target", "screens", name + ".png");
    java.nio.file.Files.createDirectories(out.getParent());
    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
  }

  private void fire(String id) {
    robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.Button.class).fire());
  }

  private void waitVisible(String id) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
  }

  private String text(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
