package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.service.RecusalFixtures;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a small directory: open 回避, 查找同名, confirm the proposal, see it in the table. */
class RecusalsFlowTest {
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void start() throws Exception {
    Path db = dir.resolve("db");
    try (Services services = Services.open(db)) {
      RecusalFixtures.seed(services);
      services.database().dsl().update(TARGET).set(TARGET.LEGAL_REP, "张三").where(TARGET.USCC.eq(RecusalFixtures.uscc(1)))
          .execute();
    }
    app = AppOnFile.start(db);
  }

  @AfterEach
  void stop() throws Exception {
    AppOnFile.stop(app);
  }

  @Test
  void sameNameProposalIsConfirmedIntoTheTable() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-recusals").tryQuery().isPresent());
    // at the smallest size the clerk's screen has (and a stage an earlier test may have left so)
    robot.interact(() -> {
      javafx.stage.Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
      stage.setWidth(1024);
      stage.setHeight(700);
    });
    robot.clickOn("#nav-recusals");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#countLabel").tryQuery()
        .map(n -> ((Label) n).getText().contains("0")).orElse(false));
    assertThat(robot.lookup("#addButton").queryAs(Button.class).isDisabled()).isTrue();
    // a begun pair makes the add pane speak; its message must not push 确认 below the window
    robot.interact(() -> robot.lookup("#inspector").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel()
        .select(0));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#addError").queryAs(Label.class).getText()).isNotBlank();

    robot.clickOn("#sameNameButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> proposals().getItems().size() == 1);
    robot.interact(() -> proposals().getSelectionModel().selectAll());
    robot.clickOn("#confirmButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
    assertThat(table().getItems().get(0).toString()).contains("张三").contains("甲商行").contains("系统发现");
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> proposals() {
    return robot.lookup("#proposalTable").queryAs(TableView.class);
  }
}
