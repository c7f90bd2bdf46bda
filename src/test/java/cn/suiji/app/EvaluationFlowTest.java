package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.EvidenceState;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.OtherInspectionKind;
import cn.suiji.report.ui.EvaluationViewModel.Line;
import cn.suiji.shared.Progress;
import cn.suiji.testing.FakeDialogService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on the demo county (no draw made, so by today every 2026 task whose window
 * has ended is undrawn): 考评 shows the 14 rows of the first department, an evidence file added
 * through 添加证明材料… raises indicator 1 to full points, and the scorecard is exported as .docx.
 */
class EvaluationFlowTest {
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();
  private final FakeDialogService dialogs = new FakeDialogService();

  @BeforeEach
  void start() throws Exception {
    Path file = dir.resolve("demo");
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      s.settings().set(SettingsService.SETUP_DONE, "demo");
    }
    System.setProperty(SuijiApp.DB_PROPERTY, file.toString());
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new SuijiApp(messages -> dialogs));
  }

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }

  @SuppressWarnings("unchecked")
  private <T> T node(String id) {
    return (T) robot.lookup(id).query();
  }

  @Test
  void theFourteenRowsEvidenceAddedAndTheScorecardExported() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-evaluation").tryQuery().isPresent());
    robot.clickOn("#nav-evaluation");
    TableView<Line> table = node("#table");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 14);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).extracting(Line::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
        14);
    assertThat(table.getItems().get(9).indicator()).isEqualTo("双随机抽查");
    assertThat(table.getItems().get(9).basis()).contains("牵头任务", "逾期未抽取");
    assertThat(table.getItems().get(0).points()).isEqualTo("0.0");
    assertThat(((Label) node("#summary")).getText()).contains("年度考评：总分");

    robot.clickOn("证明材料");
    Path scan = dir.resolve("领导小组文件.pdf");
    Files.writeString(scan, "成立双随机一公开工作领导小组", StandardCharsets.UTF_8);
    DatePicker dated = node("#dated");
    robot.interact(() -> dated.setValue(LocalDate.of(2026, 2, 3)));
    dialogs.nextFile = scan;
    robot.clickOn("#addEvidenceButton");
    TableView<Evidence> evidence = node("#evidenceTable");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> evidence.getItems().size() == 1
        && table.getItems().get(0).points().equals("100.0"));
    assertThat(evidence.getItems().get(0).state()).isEqualTo(EvidenceState.INTACT);
    assertThat(evidence.getItems().get(0).originalName()).isEqualTo("领导小组文件.pdf");
    assertThat(((Label) node("#outcome")).getText()).contains("领导小组文件.pdf");

    Path out = dir.resolve("考评表.docx");
    dialogs.nextFile = out;
    robot.clickOn("#docxButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out)
        && ((Label) node("#outcome")).getText().contains("考评表.docx"));
    try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getTables().get(0).getRows()).hasSize(15);
      assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).isEqualTo("领导小组文件.pdf");
    }

    // the self-evaluation report of the same rows
    Path self = dir.resolve("自评报告.docx");
    dialogs.nextFile = self;
    robot.clickOn("#selfReportButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(self)
        && ((Label) node("#outcome")).getText().contains("自评报告.docx"));
    try (InputStream in = Files.newInputStream(self); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs()).extracting(p -> p.getText()).contains("四、证明材料目录")
          .anySatisfy(t -> assertThat(t).startsWith("1. 指标 1：领导小组文件.pdf（2026-02-03"));
    }

    // evidence taken off the list: the copy stays in the evidence folder, indicator 1 falls back
    robot.interact(() -> evidence.getSelectionModel().select(0));
    robot.clickOn("#removeEvidenceButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> evidence.getItems().isEmpty()
        && table.getItems().get(0).points().equals("0.0"));
    assertThat(dialogs.confirms).last().asString().contains("领导小组文件.pdf", "仍保存在证明材料文件夹中");
    try (var copies = Files.list(dir.resolve("demo.evidence"))) {
      assertThat(copies.count()).as("the copy is kept").isEqualTo(1);
    }

    // the county's weights and grades edited on the page: indicator 10 out of the score, a stricter 优秀
    robot.clickOn("14 项指标");
    String before = ((Label) node("#summary")).getText();
    @SuppressWarnings("unchecked")
    TableColumn<Line, String> weight = (TableColumn<Line, String>) table.getColumns().get(2);
    robot.interact(() -> table.scrollTo(9));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> table.edit(9, weight));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getEditingCell()).as("the weight cell is being edited").isNotNull();
    robot.write("0").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().get(9).weight().equals("0"));
    assertThat(((Label) node("#outcome")).getText()).contains("指标 10 的权重已改为 0");
    assertThat(((Label) node("#summary")).getText()).as("the score without indicator 10").isNotEqualTo(before);

    TextField grades = node("#gradesField");
    assertThat(grades.getText()).contains("优秀 90", "不合格 0");
    robot.interact(() -> grades.setText("优秀 95，合格 60，不合格 0"));
    robot.clickOn("#gradesButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ((Label) node("#outcome")).getText().contains("等次已保存"));
    robot.interact(() -> grades.setText("很好"));
    robot.clickOn("#gradesButton");
    assertThat(((Label) node("#error")).getText()).contains("等次“很好”看不懂");

    // indicator 14's register on the page: recorded, corrected, removed
    robot.clickOn("其他检查（指标 14）");
    ComboBox<OtherInspectionKind> kind = node("#otherKind");
    DatePicker on = node("#otherOn");
    robot.interact(() -> {
      kind.setValue(OtherInspectionKind.COMPLAINT);
      on.setValue(LocalDate.of(2026, 5, 6));
      ((TextField) node("#otherTarget")).setText("崇信县某超市");
      ((TextField) node("#otherResult")).setText("责令整改");
    });
    robot.clickOn("#addOtherButton");
    TableView<OtherInspection> others = node("#otherTable");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> others.getItems().size() == 1
        && table.getItems().get(13).points().equals("100.0"));
    robot.interact(() -> others.getSelectionModel().select(0));
    assertThat(((TextField) node("#otherTarget")).getText()).isEqualTo("崇信县某超市");
    robot.interact(() -> ((TextField) node("#otherResult")).setText("已整改到位"));
    robot.clickOn("#saveOtherButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> others.getItems().size() == 1
        && others.getItems().get(0).result().equals("已整改到位"));
    robot.interact(() -> others.getSelectionModel().select(0));
    robot.clickOn("#removeOtherButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> others.getItems().isEmpty()
        && table.getItems().get(13).points().equals("0.0"));
    assertThat(dialogs.confirms).last().asString().contains("崇信县某超市");
  }
}
