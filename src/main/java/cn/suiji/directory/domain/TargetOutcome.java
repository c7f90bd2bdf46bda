package cn.suiji.directory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A result or a follow-up of one of the target's inspections, for its history (issue 13): the
 * task, what it is, its day (the result's date; a follow-up's due day or closing day), the text
 * (the result's labels, or the follow-up's kind and detail) and a note (why a result was
 * superseded). The directory knows nothing of results: the composition root fills these from the
 * inspection feature ({@link TargetOutcomes}).
 */
public record TargetOutcome(String taskCode, Kind kind, @Nullable LocalDate date, String text, String note) {
  /** What the line is. */
  public enum Kind {
    /** The result in force. */
    RESULT,
    /** An earlier version, superseded by a correction. */
    SUPERSEDED_RESULT,
    /** A follow-up still open (the date is its due day, if any). */
    FOLLOW_UP_OPEN,
    /** A follow-up closed (the date is the day it was closed). */
    FOLLOW_UP_CLOSED
  }
}
