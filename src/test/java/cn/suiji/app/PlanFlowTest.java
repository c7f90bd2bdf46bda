package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.plan.PlanDemo;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on the demo county: open 年度计划, see the tasks, type a ratio under the floor. */
class PlanFlowTest {
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void startOnTheDemoCounty() throws Exception {
    Path db = PlanDemo.copyInto(dir);
    app = AppOnFile.start(db);
  }

  @AfterEach
  void stop() throws Exception {
    AppOnFile.stop(app);
  }

  @Test
  void aRatioUnderTheFloorIsNamedAndSaveIsDisabled() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-plan").tryQuery().isPresent());
    robot.clickOn("#nav-plan");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getItems().size() == 4);
    assertThat(table().getItems().get(0).toString()).contains("企业公示信息及登记事项抽查");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2026-SCJGJ-01".equals(field("#code").getText()));

    // choose the second task as a click on its row does, through the table's selection: under a
    // loaded CI machine its cell was once not laid out within 30 s (the click needs it on screen)
    assertThat(table().getItems().get(1).toString()).contains("个体工商户年度报告及登记事项抽查");
    robot.interact(() -> table().getSelectionModel().select(1));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2026-SCJGJ-02".equals(field("#code").getText()));
    assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();

    // the editor may be scrolled: type into the field as the keyboard would, without needing it on screen
    robot.interact(() -> field("#ratio").setText("2"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#editorMessage").queryAs(Label.class).getText())
        .isEqualTo("抽查比例 2% 低于工作细则规定的不定向抽查比例下限 3%");
    assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }
}
