package cn.suiji.report.domain;

import java.util.List;

/**
 * One grouping's table: a row per group in key order, and the year's total. The total is not
 * the rows' sum where an inspection sits in several groups (a task of two items counts under
 * each item).
 */
public record StatsView(Grouping grouping, List<GroupFigures> rows, GroupFigures total) {
  public StatsView {
    rows = List.copyOf(rows);
  }
}
