package cn.suiji.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped calendar against the State Council notices and DOMAIN.md §6. */
class BuiltInCalendarTest {
  private final WorkingCalendar calendar = CalendarFile.builtIn();

  @Test
  void covers2025And2026() {
    assertThat(calendar.years().keySet()).containsExactly(Year.of(2025), Year.of(2026));
    assertThat(calendar.years().get(Year.of(2025))).contains("国办发明电〔2024〕12号");
  }

  @Test
  void makeUpWorkdaysAreThoseOfDomainMd() {
    assertThat(daysOf(SpecialDay.Kind.WORKDAY))
        .containsExactly(
            "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
  }

  @Test
  void holidaysHaveTheLengthsOfTheNotices() {
    Map<String, Long> lengths2025 = holidayLengths(2025);
    assertThat(lengths2025)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("元旦", 1L, "春节", 8L, "清明节", 3L, "劳动节", 5L, "端午节", 3L, "国庆节、中秋节", 8L));
    Map<String, Long> lengths2026 = holidayLengths(2026);
    assertThat(lengths2026)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "元旦", 3L, "春节", 9L, "清明节", 3L, "劳动节", 5L, "端午节", 3L, "中秋节", 3L, "国庆节", 7L));
  }

  @Test
  void holidaysStartAndEndOnTheNoticesDates() {
    List<String> holidays = daysOf(SpecialDay.Kind.HOLIDAY);
    assertThat(holidays)
        .contains(
            "2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-04-06", "2025-05-01",
            "2025-05-05", "2025-05-31", "2025-06-02", "2025-10-01", "2025-10-08", "2026-01-01",
            "2026-01-03", "2026-02-15", "2026-02-23", "2026-04-04", "2026-04-06", "2026-05-01",
            "2026-05-05", "2026-06-19", "2026-06-21", "2026-09-25", "2026-09-27", "2026-10-01",
            "2026-10-07")
        .doesNotContain(
            "2025-01-27", "2025-02-05", "2025-10-09", "2026-01-04", "2026-02-14", "2026-02-24",
            "2026-10-08");
  }

  private List<String> daysOf(SpecialDay.Kind kind) {
    return calendar.days().entrySet().stream()
        .filter(e -> e.getValue().kind() == kind)
        .map(e -> e.getKey().toString())
        .toList();
  }

  private Map<String, Long> holidayLengths(int year) {
    return calendar.days().entrySet().stream()
        .filter(e -> e.getKey().getYear() == year)
        .filter(e -> e.getValue().kind() == SpecialDay.Kind.HOLIDAY)
        .collect(Collectors.groupingBy(e -> e.getValue().name(), Collectors.counting()));
  }

  @Test
  void everyMakeUpWorkdayIsAWeekendDay() {
    calendar.days().forEach(
        (LocalDate date, SpecialDay day) -> {
          if (day.kind() == SpecialDay.Kind.WORKDAY) {
            assertThat(WorkingCalendar.isWeekend(date)).as(date.toString()).isTrue();
          }
        });
  }
}
