package cn.suiji.shared.time.data;

import static cn.suiji.shared.db.generated.Tables.APP_SETTING;
import static cn.suiji.shared.db.generated.Tables.CALENDAR_DAY;
import static cn.suiji.shared.db.generated.Tables.CALENDAR_YEAR;

import cn.suiji.shared.time.SpecialDay;
import cn.suiji.shared.time.WorkingCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** The calendar as stored: covered years and their special days. */
public final class CalendarRepository {
  private static final String SEEDED = "calendar.seeded";

  public WorkingCalendar load(DSLContext dsl) {
    Map<Year, String> years = new HashMap<>();
    dsl.selectFrom(CALENDAR_YEAR).forEach(r -> years.put(Year.of(r.getCalYear()), r.getSource() == null ? "" : r.getSource()));
    Map<LocalDate, SpecialDay> days = new HashMap<>();
    dsl.selectFrom(CALENDAR_DAY).forEach(r -> days.put(r.getSpecialDate(),
        new SpecialDay(SpecialDay.Kind.valueOf(r.getDayType()), r.getName())));
    return new WorkingCalendar(years, days);
  }

  /** Replaces the given years (and their days) by the calendar's entries for them. */
  public void replaceYears(DSLContext tx, WorkingCalendar calendar) {
    for (Map.Entry<Year, String> y : calendar.years().entrySet()) {
      int year = y.getKey().getValue();
      tx.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.SPECIAL_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).execute();
      tx.deleteFrom(CALENDAR_YEAR).where(CALENDAR_YEAR.CAL_YEAR.eq(year)).execute();
      tx.insertInto(CALENDAR_YEAR, CALENDAR_YEAR.CAL_YEAR, CALENDAR_YEAR.SOURCE).values(year, y.getValue()).execute();
    }
    calendar.days().forEach((date, day) -> tx.insertInto(CALENDAR_DAY, CALENDAR_DAY.SPECIAL_DATE, CALENDAR_DAY.DAY_TYPE, CALENDAR_DAY.NAME)
        .values(date, day.kind().name(), day.name()).execute());
  }

  /** Whether the shipped calendar was ever put in this file (so a clerk's deletions stay deleted). */
  public boolean seeded(DSLContext dsl) {
    return dsl.fetchExists(APP_SETTING, APP_SETTING.NAME.eq(SEEDED));
  }

  public void markSeeded(DSLContext tx) {
    tx.insertInto(APP_SETTING, APP_SETTING.NAME, APP_SETTING.SETTING).values(SEEDED, "builtin").execute();
  }
}
