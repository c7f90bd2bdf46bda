package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.domain.Department;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on a demo county: open 工作细则, type 1 inspector per target, see why, and no
 * saving; then choosing another department with the edit unsaved asks, and 取消 keeps both.
 */
class RulesFlowTest {
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void startOnTheDemoCounty() throws Exception {
    Path db = dir.resolve("demo");
    try (Services services = Services.open(db)) {
      services.demo().create(false, Progress.NONE);
    }
    app = AppOnFile.start(db);
  }

  @AfterEach
  void stop() throws Exception {
    AppOnFile.stop(app);
  }

  @Test
  void oneInspectorPerTargetIsRefusedAsYouType() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-rules").tryQuery().isPresent());
    robot.clickOn("#nav-rules");
    // the demo county's rules arrive: two inspectors, and saving is allowed
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "2".equals(field("#inspectorsPerTarget").getText())
        && !button("#saveButton").isDisabled());

    robot.doubleClickOn("#inspectorsPerTarget").eraseText(3).write("1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field("#inspectorsPerTarget").getText()).isEqualTo("1");
    assertThat(robot.lookup("#message").queryAs(Label.class).getText()).contains("每户检查人员数").contains("不得少于 2 名");
    assertThat(robot.lookup("#inspectorsPerTargetError").queryAs(Label.class).isVisible()).isTrue();
    assertThat(button("#saveButton").isDisabled()).isTrue();
    assertThat(button("#pdfButton").isDisabled()).isTrue();

    robot.doubleClickOn("#inspectorsPerTarget").eraseText(3).write("3");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(button("#saveButton").isDisabled()).isFalse();
    assertThat(robot.lookup("#message").queryAs(Label.class).getText()).isEmpty();

    // another department with the 3 unsaved: asked, and 取消 keeps the department and the edit
    @SuppressWarnings("unchecked")
    ComboBox<Department> departments = robot.lookup("#department").queryAs(ComboBox.class);
    Department first = departments.getValue();
    String other = departments.getItems().get(1).name();
    robot.clickOn("#department");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> otherCell(other).isPresent());
    robot.clickOn(otherCell(other).get());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancelButton().isPresent());
    robot.clickOn(cancelButton().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(departments.getValue()).isEqualTo(first);
    assertThat(field("#inspectorsPerTarget").getText()).isEqualTo("3");
  }

  private Optional<Node> otherCell(String name) {
    return robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && name.equals(c.getText())
        && n.isVisible()).tryQuery();
  }

  private Optional<Button> cancelButton() {
    return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(Button::isCancelButton).findFirst();
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private Button button(String id) {
    return robot.lookup(id).queryAs(Button.class);
  }
}
