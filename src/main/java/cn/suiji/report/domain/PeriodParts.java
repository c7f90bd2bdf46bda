package cn.suiji.report.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A period cut where the pre-aggregate can read it (ADR 0034, addendum): the whole months inside
 * it ({@code firstMonth} to {@code lastMonth}, none when the period lies within one month or two
 * adjacent partial months) and the days at either end that do not fill a month. Each day of the
 * period lies in exactly one part, so the figures of the parts add up to the period's.
 */
public record PeriodParts(@Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, List<Days> days) {
  /** The days {@code from} to {@code to}, both included, within one month. */
  public record Days(LocalDate from, LocalDate to) {}

  public PeriodParts {
    days = List.copyOf(days);
  }

  /** The parts of {@code from} – {@code to} ({@code to} not before {@code from}). */
  public static PeriodParts of(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
    }
    YearMonth start = YearMonth.from(from);
    YearMonth end = YearMonth.from(to);
    boolean fromWhole = from.getDayOfMonth() == 1;
    boolean toWhole = to.getDayOfMonth() == to.lengthOfMonth();
    if (start.equals(end) && !(fromWhole && toWhole)) {
      return new PeriodParts(null, null, List.of(new Days(from, to)));
    }
    List<Days> days = new ArrayList<>();
    YearMonth first = fromWhole ? start : start.plusMonths(1);
    YearMonth last = toWhole ? end : end.minusMonths(1);
    if (!fromWhole) {
      days.add(new Days(from, start.atEndOfMonth()));
    }
    if (!toWhole) {
      days.add(new Days(end.atDay(1), to));
    }
    return first.isAfter(last) ? new PeriodParts(null, null, days) : new PeriodParts(first, last, days);
  }

  public boolean hasMonths() {
    return firstMonth != null;
  }
}
