package cn.suiji.draw.ui;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.app.Services;
import cn.suiji.app.SuijiApp;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on the demo county with one confirmed draw: 抽取记录 → 打印预览 → 第1页 → 关闭. */
class DrawsFlowTest {
  private static final String TASK = "2026-SCJGJ-04";

  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void startWithAConfirmedDraw() throws Exception {
    Path file = dir.resolve("demo");
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      s.settings().set(SettingsService.SETUP_DONE, "demo");
      // the demo's windows are read on the system clock: a reason in case it is past
      s.draw().run(TASK, "07 21 33 45", List.of("王监督", "李监督"), "张操作", "演示数据的期限已过");
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
  void previewOfTheSelectedRecordShowsTheFirstPageAndCloses() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-draws").tryQuery().isPresent());
    robot.clickOn("#nav-draws");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#drawTable").tryQuery()
        .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
    robot.interact(() -> robot.lookup("#drawTable").queryAs(TableView.class).getSelectionModel().select(0));
    int windows = Window.getWindows().size();

    robot.clickOn("#previewButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#pageLabel").tryQuery()
        .map(n -> ((Label) n).getText().startsWith("第1页")).orElse(false));
    assertThat(Window.getWindows()).hasSize(windows + 1);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#pageImage").tryQuery()
        .map(n -> ((javafx.scene.image.ImageView) n).getImage() != null).orElse(false));
    assertThat(robot.lookup("#printerNote").queryAs(Label.class).getText())
        .as("the build machine has no printer").contains("未找到打印机");

    robot.clickOn("#closeButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().size() == windows);
    assertThat(robot.lookup("#pageLabel").tryQuery()).isEmpty();
  }
}
