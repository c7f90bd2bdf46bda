package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.domain.Operator;
import cn.suiji.shared.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on the demo county: 操作留痕 filtered by action, an entry opened in the
 * detail pane; the operator in the status bar and on the settings screen. Writes snapshots at
 * 1200×780 and 1024×700 to target/screens/ for a person to look at (ImageIO: test code only).
 */
class AuditLogFlowTest {
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void startOnTheDemoCounty() throws Exception {
    Path db = dir.resolve("demo");
    try (Services services = Services.open(db)) {
      services.settings().saveOperators(List.of(new Operator("王晓明", "经办人"), new Operator("李股长", "负责人")), "王晓明");
      services.demo().create(false, Progress.NONE);
      services.settings().set("setup.done", "demo");
    }
    app = AppOnFile.start(db);
  }

  @AfterEach
  void stop() throws Exception {
    AppOnFile.stop(app);
  }

  @Test
  void theLogIsFilteredByActionAndAnEntryOpensInTheDetail() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-audit").tryQuery().isPresent());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "王晓明".equals(operatorChoice().getValue()));
    robot.clickOn("#nav-audit");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table().getItems().size() > 3);
    assertThat(table().getItems().toString()).doesNotContain("Inspector[").doesNotContain("DRAW_");
    snapshot("audit-log");

    ComboBox<String> action = robot.lookup("#actionFilter").queryAs(ComboBox.class);
    robot.interact(() -> action.setValue("operator.save"));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
    robot.interact(() -> table().getSelectionModel().select(0));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#changesBox").queryAs(javafx.scene.layout.VBox.class)
        .getChildren().size() == 2);
    assertThat(robot.lookup("#changesBox .label").queryAllAs(Label.class)).extracting(Label::getText)
        .containsExactly("王晓明：（空） → 经办人", "李股长：（空） → 负责人");
    snapshot("audit-log-detail");

    robot.interact(() -> operatorChoice().setValue("李股长"));
    robot.clickOn("#nav-settings");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#operator-name-1").tryQuery().isPresent());
    snapshot("settings-operators");
    robot.clickOn("#nav-audit");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table().getItems().isEmpty()
        && table().getItems().get(0).toString().contains("切换当前操作人员"));
    assertThat(table().getItems().get(0).toString()).contains("user=王晓明");
  }

  @SuppressWarnings("unchecked")
  private ComboBox<String> operatorChoice() {
    return robot.lookup("#operatorChoice").queryAs(ComboBox.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  private void snapshot(String name) throws Exception {
    Stage stage = (Stage) robot.listTargetWindows().stream().filter(w -> w instanceof Stage).findFirst().orElseThrow();
    for (int[] size : new int[][] {{1200, 780}, {1024, 700}}) {
      robot.interact(() -> {
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
      });
      WaitForAsyncUtils.waitForFxEvents();
      WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
      write(image, Path.of("target/screens", name + "-" + size[0] + "x" + size[1] + ".png"));
    }
  }

  private static void write(WritableImage image, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
  }
}
