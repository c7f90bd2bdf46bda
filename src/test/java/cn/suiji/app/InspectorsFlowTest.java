package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a demo county: open 执法人员, edit an inspector, type a bad ID number. */
class InspectorsFlowTest {
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
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }

  @Test
  void aBadIdNumberIsExplainedUnderTheFieldAndSaveWritesNothingWhileInvalid() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-inspectors").tryQuery().isPresent());
    robot.clickOn("#nav-inspectors");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table().getItems().size() > 40);
    TableColumn<Object, ?> idColumn = table().getColumns().stream().filter(c -> "身份证号".equals(c.getText()))
        .findFirst().orElseThrow();
    assertThat(String.valueOf(idColumn.getCellData(0))).matches("\\*{14}[0-9X]{4}");

    robot.interact(() -> table().getSelectionModel().select(0));
    robot.clickOn("#editButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !save().isDisabled());
    assertThat(field("#idNumberField").getText()).hasSize(18);

    robot.interact(() -> field("#idNumberField").clear());
    robot.clickOn("#idNumberField").write("110105194912310021");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field("#idNumberField").getText()).isEqualTo("110105194912310021");
    Label error = robot.lookup("#idNumberError").queryAs(Label.class);
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).isEqualTo("身份证号码“**************0021”校验不符：按前17位计算，末位应为“X”，实为“1”。多为某一位输错，请核对。");

    // 保存 stays pressable (issue 11); pressing it on the invalid form keeps the problem under its field
    assertThat(save().isDisabled()).isFalse();
    // the editor scrolls (its problems push 保存 down): the clerk scrolls to it, as we do
    robot.interact(() -> {
      for (Node up = save().getParent(); up != null; up = up.getParent()) {
        if (up instanceof javafx.scene.control.ScrollPane scroll) {
          scroll.setVvalue(scroll.getVmax());
          break;
        }
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#saveButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).contains("**************0021", "校验不符");
    assertThat(String.valueOf(idColumn.getCellData(0))).doesNotEndWith("0021");

    robot.interact(() -> field("#idNumberField").setText("11010519491231002X"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(error.isVisible()).isFalse();

    // and nothing was written: no inspector carries the bad number, the audit log has no change to an inspector
    FxToolkit.cleanupApplication(app);
    app = null;
    try (Services services = Services.open(dir.resolve("demo"))) {
      assertThat(services.inspectors().list(cn.suiji.directory.domain.InspectorFilter.all()))
          .noneMatch(i -> "110105194912310021".equals(i.idNumber()));
      assertThat(services.auditor().latest(services.database().dsl(), 10_000))
          .noneMatch(e -> e.action().equals("inspector.update"));
    }
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private Button save() {
    Node n = robot.lookup("#saveButton").query();
    return (Button) n;
  }
}
