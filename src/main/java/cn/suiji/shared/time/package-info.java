/**
 * Working days (工作日): the official holiday calendar with its make-up workdays ({@link
 * cn.suiji.shared.time.WorkingCalendar}), its editable file form ({@link
 * cn.suiji.shared.time.CalendarFile}), and deadlines counted in working days such as the 20
 * working days for publishing results (DOMAIN.md §6). Pure code, no clock: callers pass dates.
 */
@org.jspecify.annotations.NullMarked
package cn.suiji.shared.time;
