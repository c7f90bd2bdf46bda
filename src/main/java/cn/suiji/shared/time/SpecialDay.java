package cn.suiji.shared.time;

/**
 * A day the State Council's arrangement changes: a holiday (放假) or a make-up workday (调休上班,
 * always a Saturday or Sunday). Dates are the keys of {@link WorkingCalendar#days()}.
 *
 * @param kind holiday or make-up workday
 * @param name what it is for, e.g. {@code 春节} or {@code 春节调休上班}; may be empty; stripped,
 *     line breaks become spaces (the calendar file has one day per line)
 */
public record SpecialDay(Kind kind, String name) {

  /** Whether the day is off or on. */
  public enum Kind {
    /** 休: no work although it may be Monday–Friday. */
    HOLIDAY,
    /** 班: work although it is a Saturday or Sunday. */
    WORKDAY
  }

  public SpecialDay {
    name = name.replace('\r', ' ').replace('\n', ' ').strip();
  }

  /** A holiday called {@code name}. */
  public static SpecialDay holiday(String name) {
    return new SpecialDay(Kind.HOLIDAY, name);
  }

  /** A make-up workday called {@code name}. */
  public static SpecialDay workday(String name) {
    return new SpecialDay(Kind.WORKDAY, name);
  }
}
