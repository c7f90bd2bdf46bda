package cn.suiji.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarFileTest {
  private static final String HEADER = "日期,类型,名称\n";

  private static WorkingCalendar read(String text) {
    return CalendarFile.read(new StringReader(text));
  }

  private static String write(WorkingCalendar calendar) {
    StringWriter out = new StringWriter();
    CalendarFile.write(out, calendar);
    return out.toString();
  }

  @Test
  void readsTheExampleOfTheClassComment() {
    WorkingCalendar calendar =
        read(
            "# 说明\n"
                + HEADER
                + "2026,覆盖年度,国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）\n"
                + "2026-01-01,休,元旦\n"
                + "2026-01-04,班,元旦调休上班\n");
    assertThat(calendar.years()).containsExactlyEntriesOf(
        Map.of(Year.of(2026), "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）"));
    assertThat(calendar.days())
        .containsExactly(
            Map.entry(LocalDate.of(2026, 1, 1), SpecialDay.holiday("元旦")),
            Map.entry(LocalDate.of(2026, 1, 4), SpecialDay.workday("元旦调休上班")));
  }

  @Test
  void acceptsBomCrLfBlankLinesCommentsAnywhereAndSpaces() {
    WorkingCalendar calendar =
        read(
            "\uFEFF# 2027年\r\n\r\n 日期 , 类型 , 名称 \r\n  \r\n"
                + "2027-01-01 ,休, 元旦\r\n# 年度声明可放在后面\r\n\u3000 2027,覆盖年度,\r\n");
    assertThat(calendar.covers(Year.of(2027))).isTrue();
    assertThat(calendar.days()).containsEntry(LocalDate.of(2027, 1, 1), SpecialDay.holiday("元旦"));
  }

  @Test
  void acceptsDatesAsSpreadsheetsSaveThemAndAMissingName() {
    WorkingCalendar calendar =
        read(HEADER + "2027,覆盖年度\n2027/1/1,休,元旦\n2027-2-6,班\n2027-02-08,休,春节,,\n");
    assertThat(calendar.days().keySet())
        .containsExactly(
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 8));
    assertThat(calendar.days().get(LocalDate.of(2027, 2, 6))).isEqualTo(SpecialDay.workday(""));
  }

  @Test
  void quotedNamesMayHoldCommasAndQuotes() {
    WorkingCalendar calendar =
        read(HEADER + "2027,覆盖年度,\"通知,第1号\"\n2027-01-01,休,\"元旦 \"\"新年\"\"\"\n");
    assertThat(calendar.years().get(Year.of(2027))).isEqualTo("通知,第1号");
    assertThat(calendar.days().get(LocalDate.of(2027, 1, 1)).name()).isEqualTo("元旦 \"新年\"");
    assertThat(read(write(calendar))).isEqualTo(calendar);
  }

  @Test
  void roundTripOfTheBuiltInCalendarIsExact() {
    WorkingCalendar builtIn = CalendarFile.builtIn();
    String text = write(builtIn);
    assertThat(read(text)).isEqualTo(builtIn);
    assertThat(write(read(text))).isEqualTo(text);
  }

  @Test
  void theShippedFileIsExactlyWhatWriteProduces() throws IOException {
    try (InputStream in = CalendarFile.class.getResourceAsStream("holidays-cn.csv")) {
      assertThat(in).isNotNull();
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(write(CalendarFile.builtIn())).isEqualTo(shipped);
    }
  }

  @Test
  void writesBomHeaderYearsThenTheirDaysWithCrLf() {
    WorkingCalendar calendar =
        new WorkingCalendar(
            Map.of(Year.of(2028), "", Year.of(2027), "通知"),
            Map.of(
                LocalDate.of(2028, 1, 1), SpecialDay.holiday("元旦"),
                LocalDate.of(2027, 2, 6), SpecialDay.workday("春节调休上班")));
    String text = write(calendar);
    assertThat(text).startsWith("\uFEFF#").doesNotContain("\n\n");
    assertThat(text.substring(text.indexOf("日期,类型,名称")))
        .isEqualTo(
            "日期,类型,名称\r\n2027,覆盖年度,通知\r\n2027-02-06,班,春节调休上班\r\n"
                + "2028,覆盖年度,\r\n2028-01-01,休,元旦\r\n");
    assertThat(read(text)).isEqualTo(calendar);
  }

  @Test
  void anEmptyCalendarRoundTrips() {
    assertThat(read(write(WorkingCalendar.empty()))).isEqualTo(WorkingCalendar.empty());
    assertThat(read(HEADER)).isEqualTo(WorkingCalendar.empty());
  }

  // --- errors: each names the line to fix ---

  @Test
  void rejectsAFileWithoutHeader() {
    assertError("# 只有说明\n\n", "calendar.file.empty", "日期,类型,名称");
    assertError("", "calendar.file.empty", "日期,类型,名称");
  }

  @Test
  void rejectsRowsBeforeTheHeader() {
    assertError("# x\n2026-01-01,休,元旦\n" + HEADER, "calendar.file.header",
        2, "2026-01-01,休,元旦", "日期,类型,名称");
    assertError("date,type,name\n", "calendar.file.header", 1, "date,type,name", "日期,类型,名称");
  }

  @Test
  void rejectsABadDate() {
    assertError(HEADER + "2026,覆盖年度,\n2026-02-30,休,春节\n", "calendar.file.badDate", 3, "2026-02-30");
    assertError(HEADER + "2026,覆盖年度,\n2026年2月3日,休,春节\n", "calendar.file.badDate", 3, "2026年2月3日");
    assertError(HEADER + "2026,覆盖年度,\n2026-02/03,休,春节\n", "calendar.file.badDate", 3, "2026-02/03");
  }

  @Test
  void rejectsABadYear() {
    assertError(HEADER + "26,覆盖年度,\n", "calendar.file.badYear", 2, "26");
    assertError(HEADER + "2026-01-01,覆盖年度,\n", "calendar.file.badYear", 2, "2026-01-01");
  }

  @Test
  void rejectsAnUnknownType() {
    assertError(HEADER + "2026,覆盖年度,\n\n2026-01-01,假,元旦\n", "calendar.file.unknownType", 4, "假");
  }

  @Test
  void rejectsADateGivenTwice() {
    assertError(
        HEADER + "2026,覆盖年度,\n2026-01-01,休,元旦\n2026-01-01,休,元旦\n",
        "calendar.file.duplicateDate", 4, "2026-01-01", 3);
    assertError(
        HEADER + "2026,覆盖年度,\n2026-01-03,休,元旦\n# \n2026/1/3,班,元旦\n",
        "calendar.file.duplicateDate", 5, "2026-01-03", 3);
  }

  @Test
  void rejectsAYearDeclaredTwice() {
    assertError(HEADER + "2026,覆盖年度,a\n2026,覆盖年度,b\n", "calendar.file.duplicateYear", 3, "2026", 2);
  }

  @Test
  void rejectsAMakeUpWorkdayOnAWeekday() {
    assertError(
        HEADER + "2026,覆盖年度,\n2026-02-13,班,春节调休上班\n",
        "calendar.file.makeUpNotWeekend", 3, "2026-02-13");
  }

  @Test
  void rejectsADayInAYearNotDeclared() {
    assertError(
        HEADER + "2026,覆盖年度,\n2026-01-01,休,元旦\n2027-01-01,休,元旦\n2028-01-01,休,元旦\n",
        "calendar.file.yearNotCovered", 4, "2027-01-01", "2027");
  }

  @Test
  void rejectsTooFewOrTooManyColumns() {
    assertError(HEADER + "2026\n", "calendar.file.columns", 2, 1);
    assertError(HEADER + "2026-01-01,休,元旦,多余\n", "calendar.file.columns", 2, 4);
  }

  @Test
  void rejectsAnUnclosedQuote() {
    assertError(HEADER + "2026,覆盖年度,\"通知\n", "calendar.file.quote", 2);
  }

  @Test
  void reportsAFailingReaderOrWriter() {
    Reader broken =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> CalendarFile.read(broken))
        .isInstanceOfSatisfying(
            SuijiException.class, e -> assertThat(e.key()).isEqualTo("calendar.file.io"));
    Writer brokenWriter =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> CalendarFile.write(brokenWriter, WorkingCalendar.empty()))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo("calendar.file.io");
              assertThat(e.args()).containsExactly("disk full");
            });
  }

  private static void assertError(String text, String key, Object... args) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.args()).containsExactly(args);
            });
  }
}
