package cn.suiji.admin.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.shared.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's automatic copy on a real file: once a day, rotated, opened again with its data. */
class BackupServiceTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  @TempDir
  Path dir;

  private static Clock day(LocalDate d) {
    return Clock.fixed(d.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
  }

  private List<String> dailyCopies() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-daily.mv.db")).sorted().toList();
    }
  }

  @Test
  void onceADayThenRotatedToSevenDaysAndTheNewestOfEachMonth() throws Exception {
    Path file = dir.resolve("county.mv.db");
    try (Database db = Database.openFile(file); Services services = new Services(db, day(LocalDate.of(2026, 1, 1)))) {
      services.settings().set("county.name", "测试县");
      LocalDate start = LocalDate.of(2026, 1, 20);
      for (int i = 0; i < 20; i++) {
        BackupService backups = new BackupService(db, services.settings(), day(start.plusDays(i)));
        assertThat(backups.dailyIfDue()).as("day %d", i).isPresent();
        assertThat(backups.dailyIfDue()).as("the same day again").isEmpty();
      }
      // 2026-01-20 … 2026-02-08: the last 7 days and the newest of January
      List<String> kept = dailyCopies();
      assertThat(kept).hasSize(8);
      assertThat(kept.get(0)).contains("20260131");
      assertThat(kept.get(7)).contains("20260208");
      assertThat(new BackupService(db, services.settings(), day(LocalDate.of(2026, 2, 8))).last())
          .hasValueSatisfying(b -> assertThat(b.stale(LocalDate.of(2026, 2, 16))).isTrue())
          .hasValueSatisfying(b -> assertThat(b.stale(LocalDate.of(2026, 2, 15))).isFalse());
    }
  }

  @Test
  void aCopyByHandOpensWithTheDataItsJournalAndTheReceipts() throws Exception {
    Path file = dir.resolve("county.mv.db");
    Path copy;
    Path receipts = dir.resolve("county.receipts");
    java.nio.file.Files.createDirectories(receipts);
    java.nio.file.Files.writeString(receipts.resolve("ab12.pdf"), "送达回证");
    try (Services services = Services.open(file)) {
      services.settings().set("county.name", "备份县");
      copy = services.backups().backupTo(dir.resolve("usb"));
      services.settings().set("county.name", "备份之后");
    }
    assertThat(copy).exists().hasParent(dir.resolve("usb"));
    assertThat(copy.resolveSibling(copy.getFileName().toString().replace(".mv.db", ".journal"))).exists();
    assertThat(copy.resolveSibling(copy.getFileName().toString().replace(".mv.db", ".receipts")).resolve("ab12.pdf"))
        .hasContent("送达回证");
    try (Services reopened = Services.open(copy)) {
      assertThat(reopened.settings().countyName()).hasValue("备份县");
    }
  }
}
