package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.ui.Styles;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep's checks can fail: a label narrowed on purpose is reported cut, an early error reported. */
class LayoutChecksTest {
  private final FxRobot robot = new FxRobot();

  /** The toolkit first: a control cannot even be made before it. */
  @BeforeEach
  void start() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void aLabelNarrowedBelowItsTextIsReportedCut() throws Exception {
    Label narrowed = new Label("抽查频次（次/年）");
    narrowed.setMaxWidth(40);
    Label whole = new Label("名称");
    Parent root = show(new VBox(narrowed, whole));
    assertThat(check(root)).singleElement().asString().contains("抽查频次（次/年）").contains("cut");
  }

  @Test
  void aGridWhoseLabelColumnGivesWayIsReportedAndAnErrorOnAnUntouchedFormToo() throws Exception {
    GridPane grid = new GridPane();
    TextField field = new TextField();
    field.setMinWidth(280);
    field.getStyleClass().add(Styles.INVALID);
    Label error = new Label("请填写“姓名”。");
    error.getStyleClass().add(Styles.FIELD_ERROR);
    grid.addRow(0, new Label("法定代表人（负责人）"), field);
    grid.add(error, 1, 1);
    grid.setMaxWidth(300);
    Parent root = show(new VBox(grid));
    assertThat(check(root)).anyMatch(p -> p.contains("法定代表人（负责人）"));
    List<String> early = new java.util.ArrayList<>();
    robot.interact(() -> early.addAll(LayoutChecks.pristineProblems(root)));
    assertThat(early).hasSize(2);
  }

  private List<String> check(Parent root) {
    List<String> found = new java.util.ArrayList<>();
    robot.interact(() -> found.addAll(LayoutChecks.layoutProblems(root)));
    return found;
  }

  private Parent show(Parent root) throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupSceneRoot(() -> root);
    FxToolkit.showStage();
    WaitForAsyncUtils.waitForFxEvents();
    return root;
  }
}
