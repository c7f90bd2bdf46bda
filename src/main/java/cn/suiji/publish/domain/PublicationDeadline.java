package cn.suiji.publish.domain;

import cn.suiji.shared.time.Deadline;
import cn.suiji.shared.time.WorkingCalendar;
import java.time.LocalDate;

/**
 * The publication deadline of one recorded, unpublished result (企业信息公示暂行条例 art. 6: within
 * N working days of being formed, counted from the next day): due = result date + the rules'
 * {@code publish_workdays} working days on the calendar; working days left on {@code asOf} (0 on
 * the due day, negative once passed); provisional when a day counted lies in a year the calendar
 * does not cover (shown 暂定, never silently computed).
 */
public record PublicationDeadline(long inspectionId, String taskCode, long departmentId, String departmentCode,
    String departmentName, String targetCode, String targetName, LocalDate resultDate, LocalDate dueDate,
    int workdaysLeft, DeadlineState state, boolean provisional) {
  /** Due soon: at most this many working days left. */
  public static final int SOON_WORKDAYS = 5;

  /** The facts of a result as the deadline needs them. */
  public record Pending(long inspectionId, String taskCode, long departmentId, String departmentCode,
      String departmentName, String targetCode, String targetName, LocalDate resultDate) {}

  /** The deadline of {@code p} with {@code workdays} working days, as it stands on {@code asOf}. */
  public static PublicationDeadline of(Pending p, int workdays, WorkingCalendar calendar, LocalDate asOf) {
    Deadline due = calendar.deadline(p.resultDate(), workdays);
    int left = calendar.workdaysBetween(asOf, due.date());
    boolean provisional = due.provisional() || !calendar.coversBetween(asOf, due.date());
    return new PublicationDeadline(p.inspectionId(), p.taskCode(), p.departmentId(), p.departmentCode(),
        p.departmentName(), p.targetCode(), p.targetName(), p.resultDate(), due.date(), left,
        state(asOf, due.date(), left), provisional);
  }

  /** Overdue once the due day has passed; soon from {@value #SOON_WORKDAYS} working days before it. */
  public static DeadlineState state(LocalDate asOf, LocalDate due, int workdaysLeft) {
    if (asOf.isAfter(due)) {
      return DeadlineState.OVERDUE;
    }
    return workdaysLeft <= SOON_WORKDAYS ? DeadlineState.SOON : DeadlineState.OK;
  }
}
