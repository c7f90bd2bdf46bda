package cn.suiji.shared.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileReasonsTest {
  @Test
  void theOperatingSystemsEnglishBecomesChinese() {
    assertThat(FileReasons.describe(new NoSuchFileException("/x/a.csv"))).isEqualTo("文件不存在");
    assertThat(FileReasons.describe(new AccessDeniedException("/x/a.csv"))).isEqualTo("没有读取或写入权限");
    assertThat(FileReasons.describe(new FileSystemException("/x", null, "Is a directory"))).isEqualTo("这是一个文件夹，不是文件");
    assertThat(FileReasons.describe(new IOException("Is a directory"))).isEqualTo("这是一个文件夹，不是文件");
    assertThat(FileReasons.describe(new FileSystemException("/x/a.csv", null, "Permission denied"))).isEqualTo("没有读取或写入权限");
    assertThat(FileReasons.describe(new FileSystemException("/x/a.csv", null, "No space left on device"))).isEqualTo("磁盘空间不足");
    assertThat(FileReasons.describe(new MalformedInputException(1))).isEqualTo("文件编码无法识别");
  }

  @Test
  void anUnknownReasonIsShownAsTheSystemReportedIt() {
    assertThat(FileReasons.describe(new FileSystemException("/x", null, "Stale file handle"))).isEqualTo("系统报告：Stale file handle");
  }
}
