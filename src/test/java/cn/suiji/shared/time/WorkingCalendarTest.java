package cn.suiji.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Deadlines on the shipped calendar; expected dates worked out by hand against the notices. */
class WorkingCalendarTest {
  private final WorkingCalendar calendar = CalendarFile.builtIn();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void specExampleSkipsSpringFestival2026AndCountsItsMakeUpSaturdays() {
    assertThat(calendar.deadline(d("2026-02-10"), 20))
        .isEqualTo(new Deadline(d("2026-03-16"), false));
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // Spring Festival 2025: 1-28..2-4 off, Sunday 1-26 and Saturday 2-8 worked
    "2025-01-20, 10, 2025-02-08",
    "2025-01-24,  1, 2025-01-26",
    "2025-01-24,  2, 2025-01-27",
    "2025-02-05,  3, 2025-02-08",
    // Spring Festival 2026: 2-15..2-23 off, Saturdays 2-14 and 2-28 worked
    "2026-02-14,  1, 2026-02-24",
    // National Day 2025: 10-1..10-8 off, Sunday 9-28 and Saturday 10-11 worked
    "2025-09-26,  5, 2025-10-10",
    "2025-09-30,  3, 2025-10-11",
    // National Day 2026: Sunday 9-20 worked; Labour Day 2026: Saturday 5-9 worked
    "2026-09-18,  5, 2026-09-24",
    "2026-04-30,  5, 2026-05-11",
    // from a Friday, from a holiday
    "2026-03-06,  1, 2026-03-09",
    "2026-10-03,  1, 2026-10-08",
    // across the turn of a covered year
    "2025-12-20, 20, 2026-01-19",
    "2026-12-01, 20, 2026-12-29",
  })
  void countsWorkingDaysFromTheDayAfter(String from, int n, String expected) {
    assertThat(calendar.deadline(d(from), n)).isEqualTo(new Deadline(d(expected), false));
  }

  @Test
  void aDeadlineRunningIntoAnUncoveredYearIsProvisional() {
    Deadline deadline = calendar.deadline(d("2026-12-15"), 20);
    assertThat(deadline).isEqualTo(new Deadline(d("2027-01-12"), true));
  }

  @Test
  void daysBeforeTheFirstCoveredYearMakeItProvisionalButTheStartDayDoesNot() {
    assertThat(calendar.deadline(d("2024-12-31"), 1))
        .isEqualTo(new Deadline(d("2025-01-02"), false));
    assertThat(calendar.deadline(d("2024-12-30"), 2))
        .isEqualTo(new Deadline(d("2025-01-02"), true));
  }

  @Test
  void anUncoveredYearCountsPlainMondayToFriday() {
    assertThat(calendar.deadline(d("2027-09-30"), 1))
        .isEqualTo(new Deadline(d("2027-10-01"), true));
    assertThat(WorkingCalendar.empty().deadline(d("2026-02-13"), 1))
        .isEqualTo(new Deadline(d("2026-02-16"), true));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void nMustBeAtLeastOne(int n) {
    assertThatThrownBy(() -> calendar.deadline(d("2026-02-10"), n))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo("calendar.deadline.notPositive");
              assertThat(e.args()).containsExactly(n);
            });
  }

  @Test
  void isWorkdayFollowsHolidaysAndMakeUpDays() {
    assertThat(calendar.isWorkday(d("2026-02-14"))).as("make-up Saturday").isTrue();
    assertThat(calendar.isWorkday(d("2026-02-16"))).as("Spring Festival Monday").isFalse();
    assertThat(calendar.isWorkday(d("2026-02-21"))).as("Saturday inside the holiday").isFalse();
    assertThat(calendar.isWorkday(d("2026-03-07"))).as("plain Saturday").isFalse();
    assertThat(calendar.isWorkday(d("2026-03-09"))).as("plain Monday").isTrue();
    assertThat(calendar.isWorkday(d("2027-01-01"))).as("uncovered, a Friday").isTrue();
  }

  @Test
  void workdaysBetweenCountsTheDaysAfterFromUpToTo() {
    assertThat(calendar.workdaysBetween(d("2026-02-10"), d("2026-03-16"))).isEqualTo(20);
    assertThat(calendar.workdaysBetween(d("2026-02-13"), d("2026-02-24"))).isEqualTo(2);
    assertThat(calendar.workdaysBetween(d("2025-09-30"), d("2025-10-11"))).isEqualTo(3);
    assertThat(calendar.workdaysBetween(d("2026-02-10"), d("2026-02-10"))).isZero();
  }

  @Test
  void workdaysBetweenIsNegativeOnceTheDeadlineHasPassed() {
    assertThat(calendar.workdaysBetween(d("2026-03-16"), d("2026-03-12"))).isEqualTo(-2);
  }

  @Test
  void workdaysBetweenAgreesWithDeadline() {
    LocalDate from = d("2024-12-20");
    for (int n = 1; n <= 600; n++) {
      Deadline deadline = calendar.deadline(from, n);
      assertThat(calendar.workdaysBetween(from, deadline.date())).isEqualTo(n);
      assertThat(calendar.coversBetween(from, deadline.date())).isEqualTo(!deadline.provisional());
    }
  }

  @Test
  void coversOnlyDeclaredYears() {
    assertThat(calendar.covers(Year.of(2025))).isTrue();
    assertThat(calendar.covers(d("2026-12-31"))).isTrue();
    assertThat(calendar.covers(Year.of(2027))).isFalse();
    assertThat(calendar.coversBetween(d("2026-12-31"), d("2025-01-01"))).isTrue();
    assertThat(calendar.coversBetween(d("2024-12-31"), d("2026-12-31"))).isTrue();
    assertThat(calendar.coversBetween(d("2024-12-30"), d("2025-01-01"))).isFalse();
  }

  @Test
  void rejectsASpecialDayOutsideTheCoveredYears() {
    assertThatThrownBy(
            () ->
                new WorkingCalendar(
                    Map.of(Year.of(2026), ""),
                    Map.of(d("2027-01-01"), SpecialDay.holiday("元旦"))))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo("calendar.yearNotCovered");
              assertThat(e.args()).containsExactly("2027-01-01", "2027");
            });
  }

  @Test
  void rejectsAMakeUpWorkdayOnAWeekday() {
    assertThatThrownBy(
            () ->
                new WorkingCalendar(
                    Map.of(Year.of(2026), ""), Map.of(d("2026-02-13"), SpecialDay.workday("x"))))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("calendar.makeUpNotWeekend"));
  }

  @Test
  void isAValueWithSortedUnmodifiableMaps() {
    WorkingCalendar a =
        new WorkingCalendar(
            Map.of(Year.of(2026), " 通知 "),
            Map.of(
                d("2026-10-01"), SpecialDay.holiday("国庆节"),
                d("2026-01-01"), SpecialDay.holiday("元旦")));
    WorkingCalendar b =
        new WorkingCalendar(
            Map.of(Year.of(2026), "通知"),
            Map.of(
                d("2026-01-01"), SpecialDay.holiday("元旦"),
                d("2026-10-01"), SpecialDay.holiday("国庆节 ")));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.days().keySet()).containsExactly(d("2026-01-01"), d("2026-10-01"));
    assertThatThrownBy(() -> a.days().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
