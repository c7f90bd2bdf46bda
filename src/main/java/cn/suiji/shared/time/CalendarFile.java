package cn.suiji.shared.time;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.xlsx.Injection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

/**
 * The holiday calendar as a file a clerk can fill in from next year's State Council notice in a
 * few minutes, with a text editor or a spreadsheet. For import and export, and for the calendar
 * shipped with the application ({@link #builtIn()}). Example:
 *
 * <pre>
 * # 以 # 开头的行是说明，读取时跳过；空行也跳过。
 * 日期,类型,名称
 * 2026,覆盖年度,国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）
 * 2026-01-01,休,元旦
 * 2026-01-04,班,元旦调休上班
 * </pre>
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark; lines end in CRLF or LF. Comments ({@code #}
 *       first) and blank lines may stand anywhere.
 *   <li>The first other line is the header {@code 日期,类型,名称}.
 *   <li>Then one row per line, in any order, type one of:
 *       <ul>
 *         <li>{@code 覆盖年度}: the 日期 column holds a year ({@code 2027}), 名称 the notice. It
 *             declares the year's arrangement entered in full: days of that year are then
 *             counted exactly, days of other years as plain Monday–Friday and provisional. A
 *             row rather than a comment, so that commenting it out really un-declares the year.
 *         <li>{@code 休}: a holiday. Listing the weekend days inside a holiday is allowed and
 *             changes nothing.
 *         <li>{@code 班}: a make-up workday; must be a Saturday or Sunday.
 *       </ul>
 *   <li>Dates as {@code 2026-01-04}; {@code 2026-1-4} and {@code 2026/1/4} (what spreadsheets
 *       save) are accepted too. The 名称 column may be empty or left out; a field holding a comma
 *       goes in double quotes. A name that a spreadsheet would take for a formula ({@code =},
 *       {@code +}, {@code -}, {@code @} first) is written with an apostrophe in front, as the
 *       other exports do ({@link Injection#neutralise}); reading drops it again.
 *   <li>A date or a year may appear once; every 休/班 day must lie in a declared year.
 * </ul>
 *
 * <p>{@link #write} writes the years in order, each followed by its days in date order, with a
 * byte-order mark so that spreadsheet programs see UTF-8. Reading what it wrote gives an equal
 * calendar, and writing that again gives the same text.
 */
public final class CalendarFile {
  static final String HEADER = "日期,类型,名称";
  static final String YEAR = "覆盖年度";
  static final String HOLIDAY = "休";
  static final String WORKDAY = "班";

  private static final String RESOURCE = "holidays-cn.csv";

  private static final String[] PREAMBLE = {
    "# 节假日安排表：每年按国务院办公厅的节假日安排通知录入。",
    "# 类型：覆盖年度 = 声明该年安排已完整录入（日期栏填年份，名称栏填通知）；",
    "#       休 = 放假；班 = 调休上班（只能是周六或周日）。",
    "# 日期写作 2026-01-04。未声明覆盖的年度按周一至周五计算，期限显示为“暂定”。",
    "# 以 # 开头的行和空行不读。",
  };

  private CalendarFile() {}

  /**
   * Reads a calendar file (format in the class comment).
   *
   * @throws SuijiException a {@code calendar.file.*} key whose first argument is the 1-based
   *     line number, or {@code calendar.file.empty}, or {@code calendar.file.io}
   */
  public static WorkingCalendar read(Reader in) {
    try {
      return new CalendarFileReader().read(new BufferedReader(in));
    } catch (IOException e) {
      throw new SuijiException(e, "calendar.file.io", String.valueOf(e.getMessage()));
    }
  }

  /**
   * Writes {@code calendar} in the file format, starting with a byte-order mark and a comment
   * that explains the format; lines end in CRLF. Does not close {@code out}.
   *
   * @throws SuijiException {@code calendar.file.io} if writing fails
   */
  public static void write(Writer out, WorkingCalendar calendar) {
    StringBuilder text = new StringBuilder("\uFEFF");
    for (String line : PREAMBLE) {
      line(text, line);
    }
    line(text, HEADER);
    for (Map.Entry<Year, String> year : calendar.years().entrySet()) {
      line(text, year.getKey() + "," + YEAR + "," + CsvFields.quote(Injection.neutralise(year.getValue())));
      for (Map.Entry<LocalDate, SpecialDay> day : calendar.days().entrySet()) {
        if (day.getKey().getYear() == year.getKey().getValue()) {
          SpecialDay special = day.getValue();
          String type = special.kind() == SpecialDay.Kind.HOLIDAY ? HOLIDAY : WORKDAY;
          line(text, day.getKey() + "," + type + "," + CsvFields.quote(Injection.neutralise(special.name())));
        }
      }
    }
    try {
      out.write(text.toString());
      out.flush();
    } catch (IOException e) {
      throw new SuijiException(e, "calendar.file.io", String.valueOf(e.getMessage()));
    }
  }

  /** The calendar shipped with the application (2025 and 2026, from the State Council). */
  public static WorkingCalendar builtIn() {
    return BuiltIn.CALENDAR;
  }

  private static void line(StringBuilder text, String line) {
    text.append(line).append("\r\n");
  }

  private static final class BuiltIn {
    static final WorkingCalendar CALENDAR = load();

    private static WorkingCalendar load() {
      InputStream stream = CalendarFile.class.getResourceAsStream(RESOURCE);
      if (stream == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
