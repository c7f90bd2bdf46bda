package cn.suiji.app;

import static cn.suiji.testing.ImportFiles.row;
import static cn.suiji.testing.ImportFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.RowChange;
import cn.suiji.shared.ui.Choice;
import cn.suiji.testing.FakeDialogService;
import cn.suiji.testing.ImportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application on a demo county: open 导入, choose 检查对象 and a department, a file
 * (through a fake DialogService: a native file chooser cannot be driven headless) with three new
 * rows, one update, one repeat and one bad code; preview, see the counts; commit, see the final
 * counts; the rows are in the database afterwards.
 */
class ImportFlowTest {
  @TempDir
  Path dir;
  private Path db;
  private Application app;
  private final FxRobot robot = new FxRobot();
  private final FakeDialogService dialogs = new FakeDialogService();
  private TargetRow existing;
  private int before;

  @BeforeEach
  void startOnTheDemoCounty() throws Exception {
    db = dir.resolve("demo");
    try (Services services = Services.open(db)) {
      services.demo().create(false, Progress.NONE);
      existing = services.targets().page(TargetQuery.all(), 0).rows().stream()
          .filter(r -> r.uscc() != null).findFirst().orElseThrow();
      before = new TargetRepository().count(services.database().dsl());
    }
    dialogs.nextFile = ImportFiles.xlsx(dir.resolve("名录.xlsx"), List.of(
        row("统一社会信用代码", "企业名称", "法定代表人"),
        row(uscc(1), "导入测试甲公司", "张一"), row(uscc(2), "导入测试乙公司", "张二"),
        row(existing.uscc(), existing.name(), "新法人"), row(uscc(3), "导入测试丙公司", null),
        row(uscc(1), "导入测试甲公司", "张一"), row("91620102MA0000000X", "坏代码公司", null)));
    System.setProperty(SuijiApp.DB_PROPERTY, db.toString());
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(() -> new SuijiApp(messages -> dialogs));
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
  void previewShowsTheCountsAndCommitWritesTheRows() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-import").tryQuery().isPresent());
    robot.clickOn("#nav-import");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> combo("#department").getItems().size() == 6);
    robot.interact(() -> {
      ComboBox<Choice<ImportKind>> kind = combo("#kind");
      kind.setValue(kind.getItems().stream().filter(c -> c.value() == ImportKind.TARGETS).findFirst().orElseThrow());
      combo("#department").getSelectionModel().select(0);
    });
    assertThat(combo("#kind").getValue().toString()).isEqualTo("检查对象");

    robot.clickOn("#chooseFileButton");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table("#mappingTable").getItems().isEmpty());
    assertThat(text("#fileLabel")).isEqualTo("名录.xlsx");

    robot.clickOn("#previewButton");
    // the counts may show before the preview has finished: wait for its closing status
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#statusLabel").contains("尚未写入"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text("#countRead")).isEqualTo("6");
    assertThat(List.of(text("#countCreated"), text("#countUpdated"), text("#countDuplicates"), text("#countRejected")))
        .containsExactly("3", "1", "1", "1");
    assertThat(table("#problemTable").getItems()).hasSize(1);
    assertThat(text("#countUnchanged")).isEqualTo("0");
    // the 更新 row lists what it changes, old → new: only the legal representative (the name is the same)
    robot.interact(() -> robot.lookup("#resultTabs").queryAs(TabPane.class).getSelectionModel().select(1));
    assertThat(table("#changeTable").getItems()).singleElement().satisfies(c -> assertThat(((RowChange) c).changes())
        .isEqualTo("法定代表人：" + (existing.legalRep() == null ? "（空）" : existing.legalRep()) + " → 新法人"));
    snapshot("import-preview-changes.png");

    robot.clickOn("#commitButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#statusLabel").startsWith("导入完成"));
    assertThat(List.of(text("#countRead"), text("#countCreated"), text("#countUpdated"), text("#countDuplicates"),
        text("#countRejected"))).containsExactly("6", "3", "1", "1", "1");
    assertThat(dialogs.errors).isEmpty();

    FxToolkit.cleanupApplication(app);
    app = null;
    try (Services services = Services.open(db)) {
      assertThat(new TargetRepository().count(services.database().dsl())).isEqualTo(before + 3);
      assertThat(services.targets().page(TargetQuery.all().withText(uscc(2), SearchField.AUTO), 0).rows())
          .extracting(TargetRow::name).containsExactly("导入测试乙公司");
    }
  }

  /** The window at 1200×780 as a person sees it, into target/screens/. */
  private void snapshot(String name) throws Exception {
    WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
      Stage stage = (Stage) robot.lookup("#resultTabs").query().getScene().getWindow();
      stage.setWidth(1200);
      stage.setHeight(780);
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
      return stage.getScene().snapshot(null);
    }).get(30, TimeUnit.SECONDS);
    Path screens = Path.of("target", "screens");
    Files.createDirectories(screens);
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", screens.resolve(name).toFile());
  }

  @SuppressWarnings("unchecked")
  private <T> ComboBox<T> combo(String id) {
    return robot.lookup(id).queryAs(ComboBox.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<Object> table(String id) {
    return robot.lookup(id).queryAs(TableView.class);
  }

  private String text(String id) {
    return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }
}
