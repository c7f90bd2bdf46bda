package cn.suiji.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import cn.suiji.testing.AppOnFile;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on the demo county with one confirmed draw: 通知书与送达 → 打印通知书
 * (numbered, in the preview) → close → every row chosen → 所选记为已送达 → 已送达通知.
 */
class NoticesFlowTest {
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
    AppOnFile.stop(app);
  }

  @SuppressWarnings("unchecked")
  private TableView<NoticesViewModel.Line> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  @Test
  void printNumbersTheNoticesAndDeliveryMovesThemOn() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-notices").tryQuery().isPresent());
    robot.clickOn("#nav-notices");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#table").tryQuery()
        .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
    assertThat(table().getItems()).allSatisfy(l -> assertThat(l.number()).isEqualTo("（未签发）"));
    int windows = Window.getWindows().size();

    robot.clickOn("#printButton");
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#pageLabel").tryQuery()
        .map(n -> ((Label) n).getText().startsWith("第1页")).orElse(false));
    assertThat(Window.getWindows()).hasSize(windows + 1);
    robot.clickOn("#closeButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().size() == windows);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table().getItems().stream()
        .allMatch(l -> l.number().contains("〔")));
    assertThat(robot.lookup("#outcome").queryAs(Label.class).getText()).contains("签发并编号");

    robot.interact(() -> table().getSelectionModel().selectAll());
    robot.clickOn("#deliverChosenButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table().getItems().stream()
        .allMatch(l -> l.status().equals("已送达通知")));
    assertThat(table().getItems()).allSatisfy(l -> assertThat(l.delivered()).contains("直接送达"));
    assertThat(robot.lookup("#error").queryAs(Label.class).getText()).isEmpty();
  }
}
