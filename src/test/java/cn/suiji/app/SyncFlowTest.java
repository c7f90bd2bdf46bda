package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.exchange.ui.SyncViewModel;
import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.remote.PackageCheck;
import cn.suiji.exchange.remote.ProvinceServer;
import cn.suiji.exchange.remote.ReceiptJson;
import cn.suiji.shared.Progress;
import cn.suiji.testing.FakeDialogService;
import cn.suiji.testing.ResultsDemo;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The real application on the demo county with a confirmed draw and two results: 同步 counts them
 * pending; 打包导出… writes a package that verifies, the platform's receipt rejecting one result
 * shows it with its reason, one rejecting the draw list opens the draws page on that draw; 上传 while the province is down says so and keeps everything, and once
 * it is up delivers each entry exactly once.
 */
class SyncFlowTest {
  private static final String TASK = "2026-SCJGJ-04";
  @TempDir
  Path dir;
  private Application app;
  private final FxRobot robot = new FxRobot();
  private final FakeDialogService dialogs = new FakeDialogService();

  @BeforeEach
  void startWithTwoResults() throws Exception {
    Path file = dir.resolve("demo");
    try (Services s = Services.open(file)) {
      s.demo().create(false, Progress.NONE);
      s.settings().set(SettingsService.SETUP_DONE, "demo");
      s.draw().run(TASK, "07 21 33 45", List.of("王监督", "李监督"), "张操作", "演示数据的期限已过");
      ResultsDemo.deliverAndRecord(s, TASK, 2);
    }
    System.setProperty(SuijiApp.DB_PROPERTY, file.toString());
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new SuijiApp(messages -> dialogs));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav-sync").tryQuery().isPresent());
    robot.clickOn("#nav-sync");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#summary").contains("待发送 3 条"));
  }

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    System.clearProperty(SuijiApp.DB_PROPERTY);
  }

  private String text(String id) {
    return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  @Test
  void aPackageIsWrittenAndARejectionFromItsReceiptIsShownWithTheReason() throws Exception {
    assertThat(counts().getItems()).extracting(SyncViewModel.CountLine::kind, SyncViewModel.CountLine::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("抽查名单", 1), org.assertj.core.groups.Tuple.tuple("检查结果", 2));
    Path usb = Files.createDirectories(dir.resolve("U盘"));
    Path zip = packageInto(usb);
    assertThat(PackageCheck.check(zip).problem()).isNull();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#summary").contains("没有待发送"));
    assertThat(text("#lastBatch")).contains("尚未收到回执");

    // the province rejects the first result of the package
    boolean[] first = {true};
    readReceipt(zip, e -> {
      boolean reject = first[0] && e.path("id").asText().startsWith("result:");
      first[0] &= !reject;
      return reject;
    }, "检查结果代码与检查事项不符");
    assertThat(rejected().getItems().get(0).reason()).isEqualTo("检查结果代码与检查事项不符");
    assertThat(text("#outcome")).contains("新接收 2 条，新退回 1 条");
    assertThat(text("#lastBatch")).contains("已接收 2 条，被退回 1 条");
  }

  @Test
  void anUploadWhileTheProvinceIsDownKeepsEverythingAndDeliversOnceWhenItIsBack() throws Exception {
    String down;
    try (ProvinceServer gone = new ProvinceServer(0)) {
      down = gone.endpoint().toString();
    }
    robot.interact(() -> robot.lookup("#endpoint").queryAs(TextInputControl.class).setText(down));
    robot.clickOn("#uploadButton");
    // six tries with growing pauses (about 10 s in all) before it gives up
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> text("#error").contains("数据已保留"));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#lastBatch").contains("尚未收到回执"));
    try (ProvinceServer province = new ProvinceServer(0)) {
      robot.interact(() -> robot.lookup("#endpoint").queryAs(TextInputControl.class)
          .setText(province.endpoint().toString()));
      robot.clickOn("#uploadButton");
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#outcome").contains("已接收 3 条"));
      assertThat(province.stored()).hasSize(3).doesNotContainValue(2);
      assertThat(province.requests()).hasSize(1);
      assertThat(text("#error")).isEmpty();
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> counts().getItems().stream()
          .allMatch(c -> c.state().equals("已接收")));
    }
  }

  @Test
  void theWorkbookWayEndsAtTheRejectedResultsRecord() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("导入表"));
    dialogs.nextFile = folder;
    robot.clickOn("#workbookButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#outcome").contains("省平台导入表已写入"));
    Path xlsx;
    try (Stream<Path> files = Files.list(folder)) {
      xlsx = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    }
    String resultId;
    String targetName;
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
      var row = book.getSheet("检查结果").getRow(1);
      resultId = row.getCell(0).getStringCellValue();
      targetName = row.getCell(4).getStringCellValue();
    }
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#sentButton").queryButton().isDisabled());
    robot.clickOn("#sentButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#outcome").contains("已标记为已上传"));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sentButton").queryButton().isDisabled());

    Path feedback = dir.resolve("反馈表.xlsx");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = Files.newOutputStream(feedback)) {
      var sheet = book.createSheet("反馈");
      var head = sheet.createRow(0);
      head.createCell(0).setCellValue("数据标识");
      head.createCell(1).setCellValue("处理结果");
      head.createCell(2).setCellValue("失败原因");
      var r = sheet.createRow(1);
      r.createCell(0).setCellValue(resultId);
      r.createCell(1).setCellValue("失败");
      r.createCell(2).setCellValue("检查完成日期晚于公示日期");
      book.write(out);
    }
    dialogs.nextFile = feedback;
    robot.clickOn("#feedbackButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rejected().getItems().size() == 1);
    assertThat(text("#outcome")).contains("新退回 1 条");
    assertThat(rejected().getItems().get(0).reason()).isEqualTo("检查完成日期晚于公示日期");

    assertThat(robot.lookup("#openRecordButton").queryButton().isDisabled()).isTrue();
    robot.interact(() -> rejected().getSelectionModel().select(0));
    robot.clickOn("#openRecordButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#detailTitle").contains(targetName));
    assertThat(robot.lookup("#drawChoice").queryAs(javafx.scene.control.ComboBox.class).getValue().toString())
        .contains(TASK);
  }

  @Test
  void aRejectedDrawListOpensTheDrawsPageOnThatDraw() throws Exception {
    Path zip = packageInto(Files.createDirectories(dir.resolve("前置机")));
    String drawKey = readReceipt(zip, e -> e.path("kind").asText().equals("DRAW"), "抽查名单缺少检查人员执法证号");
    assertThat(drawKey).startsWith("draw:");
    long drawId = Long.parseLong(drawKey.substring("draw:".length()));
    SyncViewModel.RejectedLine line = rejected().getItems().get(0);
    assertThat(line.key()).isEqualTo(drawKey);
    assertThat(line.kind()).isEqualTo("抽查名单");
    assertThat(line.reason()).isEqualTo("抽查名单缺少检查人员执法证号");

    robot.interact(() -> rejected().getSelectionModel().select(0));
    robot.clickOn("#openRecordButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#drawTable").tryQuery()
        .map(n -> ((TableView<?>) n).getSelectionModel().getSelectedItem() != null).orElse(false));
    @SuppressWarnings("unchecked")
    TableView<cn.suiji.draw.ui.DrawRows.DrawRow> draws = robot.lookup("#drawTable").queryAs(TableView.class);
    cn.suiji.draw.ui.DrawRows.DrawRow shown = draws.getSelectionModel().getSelectedItem();
    assertThat(shown.id()).isEqualTo(drawId);
    assertThat(shown.task()).isEqualTo(TASK);
    assertThat(shown.printable()).isTrue();
    assertThat(draws.getItems()).extracting(cn.suiji.draw.ui.DrawRows.DrawRow::id).contains(drawId);
    // the record at hand: re-verifying the selected draw recomputes it from its record
    robot.clickOn("#reverifyButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#result").isEmpty() || !text("#error").isEmpty());
    assertThat(text("#error")).isEmpty();
    assertThat(text("#result")).contains(TASK);
  }

  /** 打包导出… into {@code folder}: the package written there. */
  private Path packageInto(Path folder) throws Exception {
    dialogs.nextFile = folder;
    robot.clickOn("#packageButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#outcome").contains("交换包已写入"));
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
    }
  }

  /**
   * The province's receipt for the package beside it, accepting every entry but those
   * {@code rejects} picks (with {@code reason}), read through 读取回执… until one rejected row
   * shows; returns the id of the (last) rejected entry.
   */
  private String readReceipt(Path zip, java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> rejects,
      String reason) throws Exception {
    String batch = zip.getFileName().toString().replace(".zip", "");
    List<Receipt.Line> lines = new ArrayList<>();
    String rejected = "";
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      for (var e : new ObjectMapper().readTree(z.getInputStream(z.getEntry("records.json"))).path("entries")) {
        String id = e.path("id").asText();
        boolean reject = rejects.test(e);
        rejected = reject ? id : rejected;
        lines.add(new Receipt.Line(id, !reject, reject ? reason : null));
      }
    }
    Path receipt = zip.resolveSibling(batch + ".receipt.json");
    Files.writeString(receipt, ReceiptJson.write(new Receipt(batch, "2026-12-06T10:00:00+08:00", lines)));
    dialogs.nextFile = receipt;
    robot.clickOn("#receiptButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rejected().getItems().size() == 1);
    return rejected;
  }

  @SuppressWarnings("unchecked")
  private TableView<SyncViewModel.CountLine> counts() {
    return robot.lookup("#countTable").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<SyncViewModel.RejectedLine> rejected() {
    return robot.lookup("#rejectedTable").queryAs(TableView.class);
  }
}
