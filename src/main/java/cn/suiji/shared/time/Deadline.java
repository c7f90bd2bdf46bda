package cn.suiji.shared.time;

import java.time.LocalDate;

/**
 * The last day of a period counted in working days, from {@link WorkingCalendar#deadline}.
 *
 * @param date the last day allowed
 * @param provisional {@code true} when some day counted lies in a year the calendar does not
 *     cover, so the date assumes plain Monday–Friday there and may move once that year's
 *     arrangement is entered; the UI shows it as 暂定 with a warning
 */
public record Deadline(LocalDate date, boolean provisional) {}
