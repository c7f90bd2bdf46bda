package cn.suiji.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document file appears whole or not at all. */
class DocumentFilesTest {
  @TempDir
  Path dir;

  @Test
  void writesTheFileAndLeavesNothingElse() throws IOException {
    Path file = dir.resolve("记录.pdf");
    DocumentFiles.write(file, Progress.NONE, f -> Files.writeString(f, "new"));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(names()).containsExactly("记录.pdf");
  }

  @Test
  void cancelKeepsTheOldFileAndRemovesThePartWritten() throws IOException {
    Path file = dir.resolve("record.pdf");
    Files.writeString(file, "old");
    Progress cancelled = new Progress() {
      @Override
      public void update(long done, long total) {}

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
    assertThatThrownBy(() -> DocumentFiles.write(file, cancelled, f -> Files.writeString(f, "new")))
        .isInstanceOf(Progress.CancelledException.class);
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactly("record.pdf");
  }

  @Test
  void aFailingWriterIsReportedNamingTheFileAndLeavesNoPart() throws IOException {
    Path file = dir.resolve("record.docx");
    assertThatThrownBy(() -> DocumentFiles.write(file, Progress.NONE, f -> {
      Files.writeString(f, "half");
      throw new IOException("disk full");
    })).isInstanceOfSatisfying(SuijiException.class, e -> {
      assertThat(e.key()).isEqualTo("print.error.unwritable");
      assertThat(e.args()).contains(file.toAbsolutePath());
    });
    assertThat(names()).isEmpty();
  }

  @Test
  void aMissingFolderIsReportedInWords() {
    Path file = dir.resolve("no-such-folder").resolve("record.pdf");
    assertThatThrownBy(() -> DocumentFiles.write(file, Progress.NONE, f -> Files.writeString(f, "x")))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("print.error.unwritable"));
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
