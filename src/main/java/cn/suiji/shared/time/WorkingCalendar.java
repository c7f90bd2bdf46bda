package cn.suiji.shared.time;

import cn.suiji.shared.SuijiException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which days are working days (工作日): Monday to Friday, except holidays, plus make-up workdays
 * (调休上班) on a Saturday or Sunday. For every deadline counted in working days: results
 * published within 20 working days of the end of an inspection, abnormal-list entries within 10
 * (DOMAIN.md §6).
 *
 * <p>The State Council announces each year's arrangement in November, so the calendar knows
 * which years it covers. A year not covered is counted as plain Monday–Friday and any deadline
 * touching it is {@linkplain Deadline#provisional() provisional}. Built from the shipped file
 * ({@link CalendarFile#builtIn()}), an imported one ({@link CalendarFile#read}), or an editor.
 *
 * @param years the covered years, each with the notice it comes from (may be empty)
 * @param days the special days; every one in a covered year, every make-up workday a weekend day
 */
public record WorkingCalendar(Map<Year, String> years, Map<LocalDate, SpecialDay> days) {

  /**
   * Copies both maps, sorted.
   *
   * @throws SuijiException {@code calendar.yearNotCovered} if a special day lies in a year not
   *     covered; {@code calendar.makeUpNotWeekend} if a make-up workday is Monday–Friday
   */
  public WorkingCalendar {
    SortedMap<Year, String> sortedYears = new TreeMap<>();
    years.forEach((year, source) -> sortedYears.put(year, source.strip()));
    SortedMap<LocalDate, SpecialDay> sortedDays = new TreeMap<>(days);
    sortedDays.forEach(
        (date, day) -> {
          if (!sortedYears.containsKey(Year.from(date))) {
            // the year as text: MessageFormat would print an Integer as "2,027"
            throw new SuijiException(
                "calendar.yearNotCovered", date.toString(), String.valueOf(date.getYear()));
          }
          if (day.kind() == SpecialDay.Kind.WORKDAY && !isWeekend(date)) {
            throw new SuijiException("calendar.makeUpNotWeekend", date);
          }
        });
    years = Collections.unmodifiableSortedMap(sortedYears);
    days = Collections.unmodifiableSortedMap(sortedDays);
  }

  /** A calendar that covers no year: every deadline it gives is provisional. */
  public static WorkingCalendar empty() {
    return new WorkingCalendar(Map.of(), Map.of());
  }

  /** Whether the arrangement for {@code year} has been entered. */
  public boolean covers(Year year) {
    return years.containsKey(year);
  }

  /** Whether the arrangement for the year of {@code date} has been entered. */
  public boolean covers(LocalDate date) {
    return covers(Year.from(date));
  }

  /**
   * Whether every day {@link #workdaysBetween} looks at is in a covered year: if not, its count
   * is provisional.
   */
  public boolean coversBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return coversBetween(to, from);
    }
    for (int y = from.plusDays(1).getYear(); y <= to.getYear(); y++) {
      if (!covers(Year.of(y))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether people work on {@code date}: a make-up workday, or Monday–Friday and not a holiday.
   * In a year not covered this is plain Monday–Friday.
   */
  public boolean isWorkday(LocalDate date) {
    SpecialDay special = days.get(date);
    if (special != null) {
      return special.kind() == SpecialDay.Kind.WORKDAY;
    }
    return !isWeekend(date);
  }

  /**
   * The day on which {@code n} working days have passed, counting from the day after {@code
   * from} (the start day is not counted, whatever it is). {@code deadline(2026-02-10, 20)} is
   * 2026-03-16: the Spring Festival holidays are skipped, the make-up Saturdays 2-14 and 2-28
   * count.
   *
   * @param n at least 1
   * @throws SuijiException {@code calendar.deadline.notPositive} if {@code n < 1}
   */
  public Deadline deadline(LocalDate from, int n) {
    if (n < 1) {
      throw new SuijiException("calendar.deadline.notPositive", n);
    }
    LocalDate day = from;
    boolean provisional = false;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      provisional |= !covers(day);
      if (isWorkday(day)) {
        counted++;
      }
    }
    return new Deadline(day, provisional);
  }

  /**
   * The working days after {@code from} up to and including {@code to}: with {@code from} today
   * and {@code to} a deadline, the working days left (0 on the deadline itself). When {@code to}
   * is before {@code from} the result is minus the working days after {@code to} up to and
   * including {@code from}: a deadline passed two working days ago gives −2. Uncovered years
   * count as plain Monday–Friday; see {@link #coversBetween}.
   */
  public int workdaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workdaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkday(day)) {
        count++;
      }
    }
    return count;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
