/**
 * Working days (工作日): the official holiday calendar with its make-up workdays ({@link
 * cn.suiji.shared.time.WorkingCalendar}), its editable file form ({@link
 * cn.suiji.shared.time.CalendarFile}), and deadlines counted in working days such as the 20
 * working days for publishing results (DOMAIN.md §6). No clock anywhere: callers pass the dates.
 * The calendar's rules ({@code WorkingCalendar}, {@code Deadline}, the file form) are pure code;
 * {@code CalendarService} keeps the calendar in the database ({@code data}: CALENDAR_DAY,
 * CALENDAR_YEAR).
 */
@org.jspecify.annotations.NullMarked
package cn.suiji.shared.time;
