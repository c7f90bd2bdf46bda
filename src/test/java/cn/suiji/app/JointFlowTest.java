package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.joint.service.JointFixture;
import cn.suiji.joint.ui.JointViewModel;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on a partner department's data file: 同步 → 联合抽查 imports the lead's task package
 * once the file's department is typed, lists the targets, records a result for the first and writes
 * the results package.
 */
class JointFlowTest {
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();
  private final FakeDialogService dialogs = new FakeDialogService();
  private Path taskZip;

  @BeforeEach
  void startOnThePartnersFile() throws Exception {
    taskZip = dir.resolve("task.zip");
    try (JointFixture f = new JointFixture(dir)) {
      f.lead.joint().exportTask(JointFixture.TASK, JointFixture.PARTNER, taskZip);
      f.partner.settings().set(SettingsService.SETUP_DONE, "test");
    }
    System.setProperty(SuijiApp.DB_PROPERTY, dir.resolve("partner").resolve("county").toString());
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new SuijiApp(messages -> dialogs));
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-sync").tryQuery().isPresent());
    robot.clickOn("#nav-sync");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#syncTabs").tryQuery().isPresent());
    robot.clickOn("联合抽查");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#importButton").tryQuery().isPresent());
  }

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }

  @Test
  void thePartnerImportsTheTaskRecordsAResultAndSendsItBack() throws Exception {
    dialogs.nextFile = taskZip;
    robot.clickOn("#importButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#jointError").contains("--department"));
    assertThat(tasks().getItems()).isEmpty();

    type("#department", JointFixture.PARTNER);
    robot.clickOn("#importButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#jointOutcome").contains("已导入联合抽查任务"));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !inspections().getItems().isEmpty());
    assertThat(tasks().getItems()).singleElement().extracting(JointViewModel.TaskLine::code)
        .isEqualTo(JointFixture.TASK);

    robot.interact(() -> inspections().getSelectionModel().select(0));
    type("#date", "2026-06-10");
    type("#codes", "1");
    robot.clickOn("#recordButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
        () -> inspections().getItems().get(0).result().equals("1（2026-06-10）"));
    assertThat(text("#jointError")).isEmpty();

    Path results = dir.resolve("results.zip");
    dialogs.nextFile = results;
    robot.clickOn("#resultsButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#jointOutcome").contains("results.zip"));
    assertThat(Files.size(results)).isPositive();
  }

  private void type(String id, String text) {
    robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
  }

  private String text(String id) {
    return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  @SuppressWarnings("unchecked")
  private TableView<JointViewModel.TaskLine> tasks() {
    return robot.lookup("#taskTable").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<JointViewModel.InspectionLine> inspections() {
    return robot.lookup("#inspectionTable").queryAs(TableView.class);
  }
}
