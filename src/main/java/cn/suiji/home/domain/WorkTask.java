package cn.suiji.home.domain;

import java.time.LocalDate;

/**
 * A task the home page lists as work: its plan (lead department and year), its window, and for a
 * drawn task how many of its inspections wait for the notice (AWAITING_NOTICE), for the
 * inspection (NOTIFIED) and for the published result (INSPECTED).
 */
public record WorkTask(String code, String name, String departmentCode, String department, int year,
    LocalDate start, LocalDate end, int awaitingNotice, int awaitingInspection, int awaitingPublication) {
  /** The inspections still waiting for a step. */
  public int waiting() {
    return awaitingNotice + awaitingInspection + awaitingPublication;
  }
}
