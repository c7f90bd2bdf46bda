package cn.suiji.report.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the statistics cover: the tasks of the annual plans of {@code year}, all departments or
 * only the tasks led by the department of {@code departmentCode}.
 */
public record StatsScope(int year, @Nullable String departmentCode) {
  public StatsScope {
    departmentCode = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip();
  }

  public static StatsScope year(int year) {
    return new StatsScope(year, null);
  }
}
