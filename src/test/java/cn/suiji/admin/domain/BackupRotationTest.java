package cn.suiji.admin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
  private static List<BackupRotation.Copy> daily(LocalDate from, int days) {
    List<BackupRotation.Copy> out = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      LocalDate d = from.plusDays(i);
      out.add(new BackupRotation.Copy("c-" + d, d));
    }
    return out;
  }

  @Test
  void keepsTheLastSevenDaysAndTheNewestOfEachEarlierMonth() {
    // 2026-01-01 … 2026-04-10: 100 days
    List<BackupRotation.Copy> copies = daily(LocalDate.of(2026, 1, 1), 100);
    List<BackupRotation.Copy> deleted = BackupRotation.toDelete(copies, 7, 12);
    List<String> kept = copies.stream().filter(c -> !deleted.contains(c)).map(BackupRotation.Copy::name).toList();
    assertThat(kept).containsExactlyInAnyOrder("c-2026-01-31", "c-2026-02-28", "c-2026-03-31",
        "c-2026-04-04", "c-2026-04-05", "c-2026-04-06", "c-2026-04-07", "c-2026-04-08", "c-2026-04-09", "c-2026-04-10");
  }

  @Test
  void aSecondCopyOfTheSameDayGoesAndMonthsBeyondTheLimitGo() {
    List<BackupRotation.Copy> copies = new ArrayList<>(daily(LocalDate.of(2024, 1, 15), 1));
    copies.add(new BackupRotation.Copy("c-2024-01-15-b", LocalDate.of(2024, 1, 15)));
    for (int m = 2; m <= 12; m++) {
      copies.add(new BackupRotation.Copy("c-2024-" + m, LocalDate.of(2024, m, 1)));
    }
    List<BackupRotation.Copy> deleted = BackupRotation.toDelete(copies, 1, 3);
    // kept: 2024-12 (day and month), 2024-11, 2024-10 (months); everything older goes
    assertThat(copies.size() - deleted.size()).isEqualTo(3);
    assertThat(deleted).extracting(BackupRotation.Copy::name).contains("c-2024-01-15", "c-2024-01-15-b", "c-2024-9");
  }

  @Test
  void fewCopiesAreAllKept() {
    assertThat(BackupRotation.toDelete(daily(LocalDate.of(2026, 5, 1), 5), 7, 12)).isEmpty();
  }
}
