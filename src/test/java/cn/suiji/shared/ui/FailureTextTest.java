package cn.suiji.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.testing.FakeDialogService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one failure path: an application error says what it is; anything else the one "unexpected" text. */
class FailureTextTest {
  private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

  @Test
  void anApplicationErrorIsDescribedAndAnythingElseIsTheUnexpectedText() {
    SuijiException known = new SuijiException("db.error.inUse", "/tmp/county.mv.db");
    assertThat(zh.describeFailure(known)).isEqualTo(zh.describe(known)).contains("/tmp/county.mv.db");
    assertThat(zh.describeFailure(new IllegalStateException("boom"))).isEqualTo(zh.get("common.unexpected"))
        .doesNotContain("boom");
  }

  @Test
  void showFailureShowsTheSameTexts() {
    FakeDialogService dialogs = new FakeDialogService();
    SuijiException known = new SuijiException("db.error.inUse", "/tmp/county.mv.db");
    dialogs.showFailure("标题", known);
    dialogs.showFailure("标题", new IllegalStateException("boom"));
    assertThat(dialogs.errors).containsExactly(Messages.current().describe(known), Messages.current().get("common.unexpected"));
  }

  /** No screen spells the two-way choice out again: the text is reached only through the two methods above. */
  @Test
  void noOtherCodeWritesTheUnexpectedTextItself() throws IOException {
    List<String> owners = List.of("shared/l10n/Messages.java", "shared/ui/DialogService.java", "shared/ui/FxDialogService.java");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/suiji"))) {
      List<String> copies = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> owners.stream().noneMatch(o -> f.toString().replace('\\', '/').endsWith(o)))
          .filter(f -> {
            try {
              return Files.readString(f).contains("\"common.unexpected\"");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).map(Path::toString).toList();
      assertThat(copies).isEmpty();
    }
  }
}
