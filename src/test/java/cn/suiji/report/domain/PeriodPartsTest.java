package cn.suiji.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.report.domain.PeriodParts.Days;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodPartsTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void wholeMonthsHaveNoDays() {
    PeriodParts p = PeriodParts.of(d("2026-05-01"), d("2026-06-30"));
    assertThat(p.firstMonth()).isEqualTo(YearMonth.of(2026, 5));
    assertThat(p.lastMonth()).isEqualTo(YearMonth.of(2026, 6));
    assertThat(p.days()).isEmpty();
  }

  @Test
  void bothEndsInsideMonthsAreDaysAroundTheWholeMonths() {
    PeriodParts p = PeriodParts.of(d("2026-03-15"), d("2026-10-20"));
    assertThat(p.firstMonth()).isEqualTo(YearMonth.of(2026, 4));
    assertThat(p.lastMonth()).isEqualTo(YearMonth.of(2026, 9));
    assertThat(p.days()).containsExactly(new Days(d("2026-03-15"), d("2026-03-31")),
        new Days(d("2026-10-01"), d("2026-10-20")));
  }

  @Test
  void withinOneMonthIsOneRunOfDays() {
    PeriodParts p = PeriodParts.of(d("2026-02-03"), d("2026-02-03"));
    assertThat(p.hasMonths()).isFalse();
    assertThat(p.days()).containsExactly(new Days(d("2026-02-03"), d("2026-02-03")));
  }

  @Test
  void twoAdjacentPartialMonthsAcrossAYearEndHaveNoWholeMonth() {
    PeriodParts p = PeriodParts.of(d("2025-12-10"), d("2026-01-20"));
    assertThat(p.hasMonths()).isFalse();
    assertThat(p.days()).containsExactly(new Days(d("2025-12-10"), d("2025-12-31")),
        new Days(d("2026-01-01"), d("2026-01-20")));
  }

  @Test
  void aLeapFebruaryEndsOnThe29th() {
    PeriodParts p = PeriodParts.of(d("2028-01-31"), d("2028-02-29"));
    assertThat(p.firstMonth()).isEqualTo(YearMonth.of(2028, 2));
    assertThat(p.lastMonth()).isEqualTo(YearMonth.of(2028, 2));
    assertThat(p.days()).containsExactly(new Days(d("2028-01-31"), d("2028-01-31")));
  }

  @Test
  void aBackwardPeriodIsRefused() {
    assertThatThrownBy(() -> PeriodParts.of(d("2026-05-02"), d("2026-05-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
