package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a demo county: open 检查对象, search, see the rows and the detail pane. */
class TargetsFlowTest {
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();
  private TargetRow wanted;
  private TargetRow chinese;

  @BeforeEach
  void startOnTheDemoCounty() throws Exception {
    Path db = dir.resolve("demo");
    try (Services services = Services.open(db)) {
      services.demo().create(false, Progress.NONE);
      wanted = services.targets().page(TargetQuery.all().withTownship("清水镇"), 0).rows().stream()
          .filter(r -> r.uscc() != null).findFirst().orElseThrow();
      chinese = services.targets().page(TargetQuery.all().withTownship("河湾镇"), 100).rows().get(0);
    }
    app = AppOnFile.start(db);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }

  @Test
  void searchingACodePrefixShowsTheTargetAndItsDetails() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-targets").tryQuery().isPresent());
    robot.clickOn("#nav-targets");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getItems().size() == 100);
    assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("10000 户以上");

    // ASCII through the keyboard: the uscc's first 16 characters, in lower case
    robot.clickOn("#searchText").write(wanted.uscc().substring(0, 16).toLowerCase(Locale.ROOT));
    robot.clickOn("#searchButton");
    // the rows and the detail pane are filled in one FX-thread handler: wait for its end
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getItems().size() == 1 && wanted.name().equals(detail(0)));
    assertThat(detail(0)).isEqualTo(wanted.name());

    // Chinese arrives through an input method: set it as the IME would
    String fragment = chinese.name().substring(chinese.name().length() - 6, chinese.name().length() - 2);
    robot.interact(() -> robot.lookup("#searchText").queryAs(TextField.class).setText(fragment));
    robot.clickOn("#searchButton");
    // the rows are read on the FX thread, which may be replacing them at the same moment
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> table().getItems().stream()
        .anyMatch(r -> r.toString().contains(chinese.name()))).get() && detail(0).contains(fragment));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(detail(0)).contains(fragment);
  }

  @Test
  void editingATargetShowsTheProblemUnderTheFieldAndSaveWritesNothingWhileInvalid() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-targets").tryQuery().isPresent());
    robot.clickOn("#nav-targets");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getItems().size() == 100);
    robot.clickOn("#searchText").write(wanted.uscc());
    robot.clickOn("#searchButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getItems().size() == 1 && wanted.name().equals(detail(0)));
    robot.clickOn("#editButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#edit-USCC").queryAs(TextField.class).isVisible()
        && wanted.uscc().equals(robot.lookup("#edit-USCC").queryAs(TextField.class).getText()));
    assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isFalse();

    // change the last character: the check character no longer fits
    robot.doubleClickOn("#edit-USCC").eraseText(1);
    char last = wanted.uscc().charAt(17);
    robot.write(last == '0' ? "1" : "0");
    WaitForAsyncUtils.waitForFxEvents();
    Label error = robot.lookup("#error-USCC").queryAs(Label.class);
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).contains("统一社会信用代码");

    // 保存 stays pressable (issue 11); pressing it on the invalid form keeps the editor open with the problem
    assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isFalse();
    robot.clickOn("#saveButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#editorBox").query().isVisible()).isTrue();
    assertThat(robot.lookup("#error-USCC").queryAs(Label.class).isVisible()).isTrue();
    assertThat(robot.lookup("#error-USCC").queryAs(Label.class).getText()).contains("统一社会信用代码");

    robot.clickOn("#cancelEditButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#editorBox").query().isVisible()).isFalse();
    assertThat(robot.lookup("#detailBox").query().isVisible()).isTrue();

    // and nothing was written: the target keeps its code and the audit log has no change to a target
    FxToolkit.cleanupApplication(app);
    app = null;
    try (Services services = Services.open(dir.resolve("demo"))) {
      assertThat(services.targets().page(TargetQuery.all().withTownship("清水镇"), 0).rows())
          .anyMatch(r -> wanted.uscc().equals(r.uscc()) && wanted.name().equals(r.name()));
      assertThat(services.auditor().latest(services.database().dsl(), 10_000))
          .noneMatch(e -> e.action().equals("target.update"));
    }
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  private String detail(int line) {
    String id = "detail-" + line;
    return robot.lookup(n -> id.equals(n.getId())).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }
}
