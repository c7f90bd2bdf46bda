package cn.suiji.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
  @Test
  void readsTheWaysAClerkTypesADate() {
    assertThat(IsoDates.parse("2026-03-16")).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(IsoDates.parse(" 2026/3/6 ")).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(IsoDates.parse("2026.03.16")).isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void unreadableTextGivesNoDate() {
    assertThat(IsoDates.parse("")).isNull();
    assertThat(IsoDates.parse("2026-02-30")).isNull();
    assertThat(IsoDates.parse("三月十六")).isNull();
  }
}
