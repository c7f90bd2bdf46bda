package cn.suiji.publish.domain;

import java.time.LocalDate;

/**
 * The review before publication (发布前审核) of one batch — the results of a task marked published
 * together: who reviewed them (on a one-clerk PC the leader signs the paper list; the app records
 * the name the clerk types) and on which day. Required by {@code PublishService.mark} (ADR 0027).
 */
public record Review(String reviewer, LocalDate reviewedOn) {
  /** The longest name kept (the column's width). */
  public static final int MAX_REVIEWER = 50;
}
