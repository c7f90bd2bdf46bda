package cn.suiji.publish.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import cn.suiji.testing.AppOnFile;
import cn.suiji.testing.ResultsDemo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on the demo county, a draw's notices delivered: 检查结果 → two rows typed
 * in the grid (Tab through the cells, Enter saves) → 公示期限 lists them → both chosen, 所选标记已公示
 * refused until the reviewer before publication is typed → marked, the review shown beside the on-time
 * rate → back in the grid both rows are 已公示.
 */
class PublicationFlowTest {
  private static final String TASK = "2026-SCJGJ-04";

  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void startWithDeliveredNotices() throws Exception {
    Path file = dir.resolve("demo");
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      s.settings().set(SettingsService.SETUP_DONE, "demo");
      // the demo's windows are read on the system clock: a reason in case it is past
      s.draw().run(TASK, "07 21 33 45", List.of("王监督", "李监督"), "张操作", "演示数据的期限已过");
      ResultsDemo.deliverAndRecord(s, TASK, 0);
    }
    app = AppOnFile.start(file);
  }

  @AfterEach
  void stop() throws Exception {
    AppOnFile.stop(app);
  }

  private String text(String id) {
    return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  /** Types a row: ASCII cells by key strokes with Tab between them, the note as an input method would, Enter. */
  private void typeRow(int row, String date) {
    robot.clickOn("#date-" + row);
    robot.write(date).type(KeyCode.TAB).write("1").type(KeyCode.TAB).write("1").type(KeyCode.TAB).type(KeyCode.TAB);
    robot.interact(() -> {
      TextInputControl note = robot.lookup("#note-" + row).queryAs(TextInputControl.class);
      assertThat(note.isFocused()).as("Tab reaches the note cell").isTrue();
      note.setText("演示数据：检查期限已过");
    });
    robot.type(KeyCode.ENTER);
  }

  @Test
  void resultsTypedInTheGridAreListedThenMarkedPublished() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-results").tryQuery().isPresent());
    robot.clickOn("#nav-results");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#status-1").equals("已送达通知"));
    String today = LocalDate.now().toString();
    typeRow(1, today);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#status-1").equals("已检查"));
    typeRow(2, "2026-13-01");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#row-error-2").contains("检查完成日期"));
    assertThat(text("#status-2")).isEqualTo("已送达通知");
    robot.interact(() -> robot.lookup("#date-2").queryAs(TextInputControl.class).setText(today));
    robot.clickOn("#codes-2").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#status-2").equals("已检查"));
    assertThat(text("#row-error-2")).isEmpty();

    robot.clickOn("#nav-deadlines");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table().getItems().size() == 2);
    assertThat(table().getItems()).allSatisfy(l -> {
      assertThat(l.task()).isEqualTo(TASK);
      assertThat(l.resultDate()).isEqualTo(today);
      assertThat(l.workdaysLeft()).isGreaterThan(5);
    });
    robot.interact(() -> table().getSelectionModel().selectAll());
    robot.clickOn("#markButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#error").contains("发布前审核人"));
    assertThat(table().getItems()).hasSize(2);
    // the review before publication: the leader's name as an input method would type it; the day defaults to today
    robot.interact(() -> robot.lookup("#reviewer").queryAs(TextInputControl.class).setText("张科长"));
    robot.clickOn("#markButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
    assertThat(text("#outcome")).contains("已标记 2 条");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rates().getItems().size() == 1);
    assertThat(rates().getItems().get(0).reviews()).isEqualTo("张科长 " + today);

    robot.clickOn("#nav-results");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#status-1").equals("已公示")
        && text("#status-2").equals("已公示"));
    assertThat(text("#status-3")).isEqualTo("已送达通知");
  }

  @SuppressWarnings("unchecked")
  private TableView<DeadlinesViewModel.RateLine> rates() {
    return robot.lookup("#rateTable").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<DeadlinesViewModel.Line> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }
}
