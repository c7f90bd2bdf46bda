package cn.suiji.app;

import cn.suiji.testing.AppOnFile;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.ui.ItemsViewModel;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a demo county: open 抽查事项, make a new version of an item, see both versions. */
class ItemsFlowTest {
  private static final String CODE = "SX-SCJGJ-01";
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
  void aNewVersionOfAnItemShowsBesideTheOldOneWhenAllVersionsAreOn() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-items").tryQuery().isPresent());
    robot.clickOn("#nav-items");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> versions().size() == 1);
    assertThat(table().getItems().size()).isBetween(75, 90);

    LocalDate from = LocalDate.now().plusDays(10);
    robot.interact(() -> table().getSelectionModel().select(versions().get(0)));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#legalBasis").queryAs(TextArea.class).getText()
        .equals(versions().get(0).entry().item().legalBasis()));
    robot.interact(() -> {
      robot.lookup("#legalBasis").queryAs(TextArea.class).setText("《企业信息公示暂行条例》（2026年修订）第十四条");
      robot.lookup("#validFrom").queryAs(DatePicker.class).setValue(from);
    });
    assertThat(robot.lookup("#newVersionButton").queryAs(Button.class).isDisabled()).isFalse();
    robot.clickOn("#newVersionButton");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());

    // today only the old version is in force; with all versions on, both are listed
    assertThat(versions()).hasSize(1);
    robot.clickOn("#allVersions");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> versions().size() == 2);
    List<ItemsViewModel.Row> both = versions();
    assertThat(both).extracting(ItemsViewModel.Row::validFrom).containsExactly("2025-01-01", from.toString());
    assertThat(both.get(0).validTo()).isEqualTo(from.minusDays(1).toString());
    assertThat(both.get(0).tasks()).isNotEmpty();
    assertThat(both.get(1).entry().item().legalBasis()).contains("2026年修订");
  }

  @SuppressWarnings("unchecked")
  private TableView<ItemsViewModel.Row> table() {
    return robot.lookup("#table").queryAs(TableView.class);
  }

  private List<ItemsViewModel.Row> versions() {
    return robot.lookup("#table").tryQuery().map(n -> table().getItems().stream().filter(r -> r.code().equals(CODE))
        .sorted(java.util.Comparator.comparing(ItemsViewModel.Row::validFrom)).toList()).orElse(List.of());
  }
}
