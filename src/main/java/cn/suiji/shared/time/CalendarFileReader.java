package cn.suiji.shared.time;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.xlsx.Injection;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one calendar file for {@link CalendarFile#read}, remembering the line of every year and
 * day so that each error names the line a clerk has to fix. One instance per file.
 */
final class CalendarFileReader {
  private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final Map<Year, String> years = new HashMap<>();
  private final Map<Year, Integer> yearLines = new HashMap<>();
  private final Map<LocalDate, SpecialDay> days = new LinkedHashMap<>();
  private final Map<LocalDate, Integer> dayLines = new LinkedHashMap<>();

  WorkingCalendar read(BufferedReader in) throws IOException {
    boolean headerSeen = false;
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (headerSeen) {
        row(fields(stripped, number), number);
      } else if (isHeader(stripped)) {
        headerSeen = true;
      } else {
        throw new SuijiException("calendar.file.header", number, stripped, CalendarFile.HEADER);
      }
    }
    if (!headerSeen) {
      throw new SuijiException("calendar.file.empty", CalendarFile.HEADER);
    }
    for (Map.Entry<LocalDate, Integer> day : dayLines.entrySet()) {
      LocalDate date = day.getKey();
      if (!years.containsKey(Year.from(date))) {
        throw new SuijiException(
            "calendar.file.yearNotCovered",
            day.getValue(),
            date.toString(),
            String.valueOf(date.getYear()));
      }
    }
    return new WorkingCalendar(years, days);
  }

  private static boolean isHeader(String line) {
    List<String> raw = CsvFields.split(line);
    return raw != null
        && raw.stream().map(String::strip).toList().equals(List.of("日期", "类型", "名称"));
  }

  /** The fields stripped, trailing empty ones dropped, padded to three. */
  private static List<String> fields(String line, int number) {
    List<String> raw = CsvFields.split(line);
    if (raw == null) {
      throw new SuijiException("calendar.file.quote", number);
    }
    int size = raw.size();
    while (size > 3 && raw.get(size - 1).isBlank()) {
      size--;
    }
    if (size > 3 || size < 2) {
      throw new SuijiException("calendar.file.columns", number, size);
    }
    String name = size == 3 ? Injection.restore(raw.get(2).strip()) : "";
    return List.of(raw.get(0).strip(), raw.get(1).strip(), name);
  }

  private void row(List<String> fields, int number) {
    String when = fields.get(0);
    String type = fields.get(1);
    String name = fields.get(2);
    switch (type) {
      case CalendarFile.YEAR -> year(when, name, number);
      case CalendarFile.HOLIDAY -> day(when, SpecialDay.holiday(name), number);
      case CalendarFile.WORKDAY -> day(when, SpecialDay.workday(name), number);
      default -> throw new SuijiException("calendar.file.unknownType", number, type);
    }
  }

  private void year(String text, String source, int number) {
    if (!YEAR.matcher(text).matches()) {
      throw new SuijiException("calendar.file.badYear", number, text);
    }
    Year year = Year.of(Integer.parseInt(text));
    Integer earlier = yearLines.putIfAbsent(year, number);
    if (earlier != null) {
      throw new SuijiException("calendar.file.duplicateYear", number, text, earlier);
    }
    years.put(year, source);
  }

  private void day(String text, SpecialDay day, int number) {
    LocalDate date = parseDate(text);
    if (date == null) {
      throw new SuijiException("calendar.file.badDate", number, text);
    }
    Integer earlier = dayLines.putIfAbsent(date, number);
    if (earlier != null) {
      throw new SuijiException("calendar.file.duplicateDate", number, date.toString(), earlier);
    }
    if (day.kind() == SpecialDay.Kind.WORKDAY && !WorkingCalendar.isWeekend(date)) {
      throw new SuijiException("calendar.file.makeUpNotWeekend", number, date.toString());
    }
    days.put(date, day);
  }

  private static @Nullable LocalDate parseDate(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
