package cn.suiji.report.domain;

import java.util.List;
import java.util.Map;

/** Every statistics view of a scope, the coverage and the share per result code. */
public record YearStats(StatsScope scope, Map<Grouping, StatsView> views, Coverage coverage, List<CodeShare> codes) {
  public YearStats {
    views = Map.copyOf(views);
    codes = List.copyOf(codes);
  }

  public StatsView view(Grouping g) {
    StatsView v = views.get(g);
    if (v == null) {
      throw new IllegalArgumentException(g.name());
    }
    return v;
  }

  /** The year's total (the department view's). */
  public GroupFigures total() {
    return view(Grouping.DEPARTMENT).total();
  }
}
