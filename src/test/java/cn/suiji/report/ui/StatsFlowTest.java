package cn.suiji.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.app.Services;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.shared.Progress;
import cn.suiji.testing.AppOnFile;
import cn.suiji.testing.ResultsDemo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
 * The real application on the demo county with 2026-SCJGJ-04 drawn, its notices delivered and
 * three results recorded through the services: 统计分析 shows the department's row and its bars,
 * the share per result code, the monthly line, and the task grouping.
 */
class StatsFlowTest {
  private static final String TASK = "2026-SCJGJ-04";

  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();
  private int drawn;

  @BeforeEach
  void startWithResults() throws Exception {
    Path file = dir.resolve("demo");
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      s.settings().set(SettingsService.SETUP_DONE, "demo");
      s.draw().run(TASK, "07 21 33 45", List.of("王监督", "李监督"), "张操作", "演示数据的期限已过");
      long draw = ResultsDemo.deliverAndRecord(s, TASK, 3);
      drawn = s.results().drawSheet(draw).size();
    }
    app = AppOnFile.start(file);
  }

  @AfterEach
  void stop() throws Exception {
    AppOnFile.stop(app);
  }

  @SuppressWarnings("unchecked")
  private TableView<GroupFigures> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private <T> T node(String id) {
    return (T) robot.lookup(id).query();
  }

  @Test
  void theYearAsATableAndCharts() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-stats").tryQuery().isPresent());
    robot.clickOn("#nav-stats");
    // the rows are read on the FX thread: the screen replaces them there while this waits
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> table().getItems().stream()
        .anyMatch(g -> g.key().equals("SCJGJ") && g.inspected() == 3)
        && table().getItems().get(table().getItems().size() - 1).label().equals("合计")).get());
    WaitForAsyncUtils.waitForFxEvents();
    GroupFigures scjgj = table().getItems().stream().filter(g -> g.key().equals("SCJGJ")).findFirst().orElseThrow();
    assertThat(scjgj.drawn()).isEqualTo(drawn);
    assertThat(scjgj.notified()).isEqualTo(drawn);
    assertThat(scjgj.completion().fraction()).isEqualTo(3.0 / drawn);
    GroupFigures total = table().getItems().get(table().getItems().size() - 1);
    assertThat(total.label()).isEqualTo("合计");
    assertThat(total.inspected()).isEqualTo(3);
    assertThat(((Label) node("#summary")).getText()).contains("2026 年度", "完成率");

    robot.clickOn("图表");
    BarChart<String, Number> bars = node("#bars");
    assertThat(bars.isVisible()).isTrue();
    assertThat(bars.getData()).hasSize(3);
    assertThat(bars.getData().get(1).getData()).anySatisfy(d -> {
      assertThat(d.getXValue()).endsWith("市场监督管理局");
      assertThat(d.getYValue().intValue()).isEqualTo(3);
    });
    PieChart pie = node("#pie");
    assertThat(pie.getData()).singleElement().satisfies(d -> {
      assertThat(d.getName()).contains("未发现问题");
      assertThat(d.getPieValue()).isEqualTo(3.0);
    });

    ComboBox<Grouping> grouping = node("#grouping");
    robot.interact(() -> grouping.setValue(Grouping.MONTH));
    LineChart<String, Number> line = node("#line");
    assertThat(line.isVisible()).isTrue();
    assertThat(bars.isVisible()).isFalse();
    assertThat(line.getData().get(1).getData()).singleElement()
        .satisfies(d -> assertThat(d.getYValue().intValue()).isEqualTo(3));

    robot.interact(() -> grouping.setValue(Grouping.TASK));
    robot.clickOn("统计表");
    assertThat(table().getItems()).anySatisfy(g -> {
      assertThat(g.key()).isEqualTo(TASK);
      assertThat(g.inspected()).isEqualTo(3);
    });

    robot.clickOn("预警");
    assertThat(robot.lookup("#repeatedTable").tryQuery()).isPresent();

    // a period ending yesterday leaves out the results formed today, and their inspections
    robot.clickOn("统计表");
    robot.interact(() -> grouping.setValue(Grouping.DEPARTMENT));
    robot.clickOn("#periodCheck");
    DatePicker from = node("#fromDate");
    DatePicker to = node("#toDate");
    assertThat(from.isVisible()).isTrue();
    LocalDate today = LocalDate.now();
    LocalDate end = today.minusDays(1);
    robot.interact(() -> {
      from.setValue(end.minusMonths(3));
      to.setValue(end);
    });
    robot.clickOn("#refreshButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ((Label) node("#summary")).getText().contains(" 至 "));
    WaitForAsyncUtils.waitForFxEvents();
    GroupFigures periodTotal = table().getItems().get(table().getItems().size() - 1);
    assertThat(periodTotal.inspected()).as("the three results are formed today, after the period").isZero();
    assertThat(periodTotal.drawn()).as("their inspections leave with them").isEqualTo(total.drawn() - 3);

    // printing the shown grouping opens the preview on its first page
    int windows = Window.getWindows().size();
    robot.clickOn("#printButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#pageLabel").tryQuery()
        .map(n -> ((Label) n).getText().startsWith("第1页")).orElse(false));
    assertThat(Window.getWindows()).hasSize(windows + 1);
    robot.clickOn("#closeButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().size() == windows);

    // the watch list: all departments shown, so no plan to put a task in; then nothing chosen
    robot.clickOn("预警");
    robot.clickOn("#watchButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(((Label) node("#error")).getText()).contains("请先在“部门”中选一个部门");
  }
}
