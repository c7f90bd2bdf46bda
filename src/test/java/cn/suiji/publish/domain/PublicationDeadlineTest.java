package cn.suiji.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.time.CalendarFile;
import cn.suiji.shared.time.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Publication deadlines on the shipped 2025–2026 calendar (20 working days from the next day). */
class PublicationDeadlineTest {
  private static final WorkingCalendar SHIPPED = CalendarFile.builtIn();

  private static PublicationDeadline due(LocalDate result, LocalDate asOf) {
    return PublicationDeadline.of(new PublicationDeadline.Pending(1, "2026-SCJGJ-01", 1, "SCJGJ", "市场监督管理局",
        "91350100M000100Y43", "某公司", result), 20, SHIPPED, asOf);
  }

  @Test
  void acrossTheSpringFestivalTheHolidaysAreSkippedAndTheMakeUpSaturdaysCount() {
    PublicationDeadline d = due(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10));
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(d.provisional()).isFalse();
    assertThat(d.workdaysLeft()).isEqualTo(20);
    assertThat(d.state()).isEqualTo(DeadlineState.OK);
  }

  @Test
  void acrossTheMidAutumnAndNationalDayHolidays() {
    // 09-25 … 09-27 and 10-01 … 10-07 off, Saturday 10-10 worked: 09-28 … 09-30, 10-08 … 10-10, 10-12 … 10-29
    PublicationDeadline d = due(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 24));
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 10, 29));
    assertThat(d.provisional()).isFalse();
  }

  @Test
  void aDeadlineReachingAYearTheCalendarDoesNotCoverIsProvisional() {
    PublicationDeadline d = due(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 21));
    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15)); // plain Monday–Friday in 2027, 01-01 too
    assertThat(d.provisional()).isTrue();
    assertThat(due(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)).provisional()).isFalse();
  }

  @Test
  void soonFromFiveWorkingDaysBeforeTheDueDayOverdueAfterIt() {
    LocalDate result = LocalDate.of(2026, 9, 24); // due 10-29 (Thursday)
    assertThat(due(result, LocalDate.of(2026, 10, 21))).satisfies(d -> {
      assertThat(d.workdaysLeft()).isEqualTo(6);
      assertThat(d.state()).isEqualTo(DeadlineState.OK);
    });
    assertThat(due(result, LocalDate.of(2026, 10, 22))).satisfies(d -> {
      assertThat(d.workdaysLeft()).isEqualTo(5);
      assertThat(d.state()).isEqualTo(DeadlineState.SOON);
    });
    assertThat(due(result, LocalDate.of(2026, 10, 29))).satisfies(d -> {
      assertThat(d.workdaysLeft()).isZero();
      assertThat(d.state()).isEqualTo(DeadlineState.SOON);
    });
    assertThat(due(result, LocalDate.of(2026, 11, 2))).satisfies(d -> {
      assertThat(d.workdaysLeft()).isEqualTo(-2);
      assertThat(d.state()).isEqualTo(DeadlineState.OVERDUE);
    });
    assertThat(DeadlineState.OVERDUE.jsonName()).isEqualTo("overdue");
  }
}
