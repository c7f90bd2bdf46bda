package cn.suiji.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.home.ui.HomeSkeleton;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame (ADR 0016): the application's name, the home page's title and every
 * card's words with a dash for its number, and the data file — whole at the smallest window and at
 * the usual one, in both languages. Snapshots go to target/screens/first-paint-*.png.
 */
class FirstPaintTest {
  private final FxRobot robot = new FxRobot();

  @AfterEach
  void stop() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void showsTheWindowsShapeWithEveryCardsWordsAndNothingCut() throws Exception {
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Messages messages = new Messages(locale);
      String file = messages.get("status.dataFile", "/home/clerk/.local/share/suiji/suiji.mv.db");
      Stage stage = FxToolkit.registerPrimaryStage();
      Parent root = FxToolkit.setupSceneRoot(() -> FirstPaint.build(messages, file));
      FxToolkit.showStage();
      for (int[] size : new int[][] {{1024, 700}, {1200, 780}}) {
        robot.interact(() -> {
          stage.setWidth(size[0]);
          stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
          texts.addAll(texts(root));
          problems.addAll(LayoutChecks.layoutProblems(root));
        });
        List<String> expected = new ArrayList<>(List.of(messages.get("app.title"), messages.get("home.title"), file,
            messages.get("home.skeleton.opening")));
        HomeSkeleton.workCardKeys().forEach(k -> expected.add(messages.get(k)));
        HomeSkeleton.figureCardKeys().forEach(k -> expected.add(messages.get(k)));
        assertThat(texts).as(locale + " " + size[0]).containsAll(expected);
        assertThat(texts.stream().filter(messages.get("home.skeleton.placeholder")::equals)).hasSize(10);
        assertThat(problems).as(locale + " " + size[0] + "×" + size[1]).isEmpty();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        Path out = Path.of("target", "screens", "first-paint-" + locale.getLanguage() + "-" + size[0] + "x" + size[1] + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
      }
      FxToolkit.cleanupStages();
    }
  }

  private static List<String> texts(Node node) {
    List<String> found = new ArrayList<>();
    if (node instanceof Labeled l && l.isVisible()) {
      found.add(l.getText());
    }
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> found.addAll(texts(c)));
    }
    return found;
  }
}
