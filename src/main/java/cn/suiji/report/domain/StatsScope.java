package cn.suiji.report.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the statistics cover: the tasks of the annual plans of {@code year}, all departments or
 * only the tasks led by the department of {@code departmentCode}. With a period ({@code from}
 * and {@code to}, both or neither) the tasks of the plans of every year from {@code from}'s to
 * {@code to}'s, and of their inspections those whose current result was formed within the
 * period or that have none yet (ADR 0026, addendum): planned stays the tasks' whole Σ k.
 * {@code year} is then {@code from}'s year.
 */
public record StatsScope(int year, @Nullable String departmentCode, @Nullable LocalDate from, @Nullable LocalDate to) {
  public StatsScope {
    departmentCode = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip();
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException("a period needs both ends");
    }
    if (from != null) {
      year = from.getYear();
    }
  }

  public StatsScope(int year, @Nullable String departmentCode) {
    this(year, departmentCode, null, null);
  }

  public static StatsScope year(int year) {
    return new StatsScope(year, null);
  }

  /** The tasks of the plans of {@code from}'s to {@code to}'s year, counted by the day of their results. */
  public static StatsScope period(LocalDate from, LocalDate to, @Nullable String departmentCode) {
    return new StatsScope(from.getYear(), departmentCode, from, to);
  }

  public boolean hasPeriod() {
    return from != null;
  }

  /** The last plan year covered: {@code year}, or {@code to}'s. */
  public int lastYear() {
    return to == null ? year : to.getYear();
  }

}
